package io.virtaudit.model;

/** A distributed port group's port binding; {@code dynamic} is the deprecated late binding. */
public enum PortBinding implements Wire {
    STATIC, EPHEMERAL, DYNAMIC;

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
