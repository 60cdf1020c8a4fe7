package io.virtaudit.model;

import java.util.List;

/**
 * When a host service starts. vSphere writes {@code on}, {@code off} and {@code automatic} for the
 * three, and YAML 1.1 reads a bare {@code on} as true, so those spellings and booleans are read too.
 */
public enum StartPolicy implements Wire {
    /** Starts and stops with the host (vSphere's {@code on}). */
    WITH_HOST,
    /** Started and stopped by hand (vSphere's {@code off}). */
    MANUAL,
    /** Starts and stops with the use of its firewall ports (vSphere's {@code automatic}). */
    WITH_PORTS;

    @Override
    public String wireName() {
        return Wire.of(this);
    }

    @Override
    public List<String> alternativeSpellings() {
        return switch (this) {
            case WITH_HOST -> List.of("on");
            case MANUAL -> List.of("off");
            case WITH_PORTS -> List.of("automatic");
        };
    }
}
