package io.virtaudit.model;

/** What a VLAN carries. */
public enum VlanPurpose implements Wire {
    MANAGEMENT, VMOTION, STORAGE, VM, BACKUP, FT, REPLICATION;

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
