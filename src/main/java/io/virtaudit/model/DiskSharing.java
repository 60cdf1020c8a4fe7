package io.virtaudit.model;

/** Whether several VMs may open a virtual disk for writing. */
public enum DiskSharing implements Wire {
    NONE, MULTI_WRITER;

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
