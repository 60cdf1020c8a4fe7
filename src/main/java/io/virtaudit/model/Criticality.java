package io.virtaudit.model;

/** Business criticality of a VM; critical escalates several findings by one level. */
public enum Criticality implements Wire {
    CRITICAL, HIGH, MEDIUM, LOW;

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
