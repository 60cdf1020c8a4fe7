package io.virtaudit.model;

import java.util.List;

/**
 * A management server hosts are registered with (vCenter, SCVMM, oVirt engine, HMC). Where a
 * document lists managers, {@link Host#managedBy()} names one of them.
 *
 * @param licenses the licence keys it holds; empty = none, null = unknown
 */
public record Manager(String id, String name, ManagerProduct product, String version, String build,
                      List<License> licenses) implements NamedObject {

    /** The product's wire name ({@code vcenter}), for the lifecycle table. */
    public String productName() {
        return product == null ? null : product.wireName();
    }

    /** The version as major.minor ({@code 8.0}), or null when unknown. */
    public String versionLine() {
        return Versions.majorMinor(version);
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.MANAGER;
    }

    /** A licence key: {@code total} units (or unlimited), {@code used} of them, until {@code expires} (or never). */
    public record License(String name, LicenseTotal total, Integer used, LicenseExpiry expires) {
    }
}
