package io.virtaudit.model;

/** HA admission control policy of a cluster. */
public enum AdmissionControl implements Wire {
    DISABLED, HOSTS, PERCENT, SLOTS, DEDICATED;

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
