package io.virtaudit.model;

/** The environment a VM serves; production raises the stakes of most rules. */
public enum Environment implements Wire {
    PRODUCTION, TEST, DEVELOPMENT, DR, OTHER;

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
