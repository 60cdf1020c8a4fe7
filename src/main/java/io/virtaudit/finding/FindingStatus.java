package io.virtaudit.finding;

import io.virtaudit.model.Wire;

/** A finding's standing against a baseline: new, or already there last time. */
public enum FindingStatus implements Wire {
    NEW, PERSISTING;

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
