package io.virtaudit.model;

/** State of one storage path; standby is not a fault. */
public enum PathState implements Wire {
    ACTIVE, STANDBY, DEAD;

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
