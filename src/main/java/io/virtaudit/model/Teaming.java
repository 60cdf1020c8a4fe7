package io.virtaudit.model;

/** NIC teaming of a host network. */
public enum Teaming implements Wire {
    PORT_ID, ACTIVE_STANDBY, IP_HASH, LACP, NONE;

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
