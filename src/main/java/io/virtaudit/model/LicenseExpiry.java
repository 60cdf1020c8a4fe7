package io.virtaudit.model;

import java.time.Instant;

/** When a licence expires, or {@code never}: a perpetual licence. */
public record LicenseExpiry(Instant at) {

    public static final String NEVER_WORD = "never";
    public static final LicenseExpiry NEVER = new LicenseExpiry(null);

    public boolean never() {
        return at == null;
    }

    @Override
    public String toString() {
        return never() ? NEVER_WORD : at.toString();
    }
}
