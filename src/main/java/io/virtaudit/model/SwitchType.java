package io.virtaudit.model;

/** Virtual switch kind of a host network. */
public enum SwitchType implements Wire {
    STANDARD, DISTRIBUTED;

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
