package io.virtaudit.model;

/** vSphere latency sensitivity of a VM: {@code high} asks the scheduler for exclusive physical cores. */
public enum LatencySensitivity implements Wire {
    LOW, NORMAL, MEDIUM, HIGH, CUSTOM;

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
