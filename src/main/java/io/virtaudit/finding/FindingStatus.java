package io.virtaudit.finding;

import io.virtaudit.model.Wire;

/** A finding's standing against a baseline: new, already there last time, or gone since. */
public enum FindingStatus implements Wire {
    NEW, PERSISTING, RESOLVED;

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
