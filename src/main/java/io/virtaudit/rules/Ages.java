package io.virtaudit.rules;

import java.time.Duration;
import java.time.Instant;

/**
 * Ages measured against the estate's reference time (collectedAt), for age-based rules: DRL
 * imports these as functions ({@code import function io.virtaudit.rules.Ages.hoursBetween}).
 */
public final class Ages {

    private Ages() {
    }

    /** Hours from {@code from} to {@code to}, fractional; negative when {@code from} is later. */
    public static double hoursBetween(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 3_600_000.0;
    }

    /** Days from {@code from} to {@code to}, fractional. */
    public static double daysBetween(Instant from, Instant to) {
        return hoursBetween(from, to) / 24.0;
    }
}
