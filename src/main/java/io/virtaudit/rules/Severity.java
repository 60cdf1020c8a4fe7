package io.virtaudit.rules;

import io.virtaudit.model.Wire;

/** Severity of a finding, most severe first; the declaration order is the sort order of reports. */
public enum Severity implements Wire {
    CRITICAL, HIGH, MEDIUM, LOW, INFO;

    /** One level more severe (the catalogue's ↑crit); critical stays critical. */
    public Severity escalate() {
        return this == CRITICAL ? CRITICAL : values()[ordinal() - 1];
    }

    /** Whether this is as severe as {@code threshold} or more. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
