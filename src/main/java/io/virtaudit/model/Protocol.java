package io.virtaudit.model;

/** How a datastore or LUN is reached. */
public enum Protocol implements Wire {
    FC, ISCSI, NFS3, NFS41, LOCAL, VSAN, NVMEOF,
    /** An external SAS array cabled to several hosts; a disk behind one host's controller is {@link #LOCAL}. */
    SAS;

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
