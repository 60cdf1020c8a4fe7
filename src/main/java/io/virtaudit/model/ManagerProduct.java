package io.virtaudit.model;

/** The product of a management server hosts are registered with. */
public enum ManagerProduct implements Wire {
    VCENTER, SCVMM, OVIRT_ENGINE, HMC, OTHER;

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
