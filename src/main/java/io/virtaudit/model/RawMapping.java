package io.virtaudit.model;

/** Whether a virtual disk is a raw device mapping, and in which compatibility mode (physical: no snapshots). */
public enum RawMapping implements Wire {
    NONE, VIRTUAL, PHYSICAL;

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
