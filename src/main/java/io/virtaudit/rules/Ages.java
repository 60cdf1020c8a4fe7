package io.virtaudit.rules;

import java.time.Duration;
import java.time.Instant;

/**
 * Ages measured against the estate's reference time (collectedAt), for age-based rules, and how
 * messages write them: the one place for both. DRL imports these as functions
 * ({@code import function io.virtaudit.rules.Ages.hoursBetween}); a {@code @message} writes a
 * number of hours or days in words with {@code {ageHours:hours}} and {@code {daysOff:days}}.
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

    /** {@link #hoursBetween}, or null when {@code from} is unknown. */
    public static Double hoursSince(Instant from, Instant to) {
        return from == null ? null : hoursBetween(from, to);
    }

    /** A time as evidence writes it, ISO-8601 ({@code 2026-11-20T08:00:00Z}), or null when unknown. */
    public static String iso(Instant at) {
        return at == null ? null : at.toString();
    }

    /**
     * A duration in hours in words, to the minute: {@code 25 h}, {@code 24 h 1 min}, and from two
     * days on, to the hour: {@code 7 days 1 h}.
     */
    public static String inWords(double hours) {
        long minutes = Math.round(hours * 60);
        long days = minutes / 1440;
        if (days >= 2) {
            long h = (minutes % 1440) / 60;
            return days + " days" + (h > 0 ? " " + h + " h" : "");
        }
        return (minutes / 60) + " h" + (minutes % 60 > 0 ? " " + (minutes % 60) + " min" : "");
    }
}
