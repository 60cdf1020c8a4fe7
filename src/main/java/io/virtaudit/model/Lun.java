package io.virtaudit.model;

import java.util.List;
import java.util.Map;

/** A block LUN or a file datastore. */
public record Lun(String id, String name, Protocol protocol, Array array, Double capacityGb,
                  Double freeGb, String nfsExport, List<String> hosts, Map<String, String> labels)
        implements EstateObject {

    /** The storage array behind the LUN; {@code mode: alua} means the array offers ALUA. */
    public record Array(String vendor, String model, ArrayMode mode) {
    }

    /** FC or iSCSI: the protocols whose paths the host multipaths. */
    public boolean block() {
        return protocol == Protocol.FC || protocol == Protocol.ISCSI;
    }

    public ArrayMode arrayMode() {
        return array == null ? null : array.mode();
    }

    public String arrayVendor() {
        return array == null ? null : array.vendor();
    }

    /** The array vendor in lower case, as the vendor table names it; null when unknown. */
    public String vendorKey() {
        return array == null || array.vendor() == null ? null : array.vendor().strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Used share of the capacity (0–1), or null when capacity or free space is unknown. */
    public Double usedFraction() {
        if (capacityGb == null || freeGb == null || capacityGb <= 0) {
            return null;
        }
        return (capacityGb - freeGb) / capacityGb;
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.LUN;
    }

    @Override
    public String subjectId() {
        return id;
    }

    @Override
    public String displayName() {
        return name != null ? name : id;
    }
}
