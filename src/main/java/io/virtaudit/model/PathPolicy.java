package io.virtaudit.model;

/** Path selection policy of a multipath device. */
public enum PathPolicy implements Wire {
    ROUND_ROBIN, MRU, FIXED, OTHER;

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
