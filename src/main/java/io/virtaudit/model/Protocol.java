package io.virtaudit.model;

/** How a datastore or LUN is reached. */
public enum Protocol implements Wire {
    FC, ISCSI, NFS3, NFS41, LOCAL, VSAN, NVMEOF;

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
