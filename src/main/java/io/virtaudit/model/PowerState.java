package io.virtaudit.model;

/** Power state of a VM. YAML 1.1 reads a bare {@code on} as true, so loaders map booleans here. */
public enum PowerState implements Wire {
    ON, OFF, SUSPENDED;

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
