package io.virtaudit.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** ISO-8601 times as the estate format allows them: a bare date is midnight UTC. */
public final class Times {

    /** The shape of {@link #utcSeconds}: 9 stands for any digit. */
    private static final String UTC_SECONDS = "9999-99-99T99:99:99Z";

    private Times() {
    }

    /** The instant the text names, or null when it is not an ISO-8601 date or date-time. */
    public static Instant parse(String text) {
        String s = text.trim();
        if (s.isEmpty()) {
            return null;
        }
        Instant utc = utcSeconds(s);
        if (utc != null) {
            return utc;
        }
        String t = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    /**
     * The form inventories write nearly every time in, {@code 2026-11-20T08:00:00Z}, read without
     * a formatter; null for any other form or a field out of range, which the formatters then judge.
     */
    private static Instant utcSeconds(String s) {
        if (s.length() != UTC_SECONDS.length()) {
            return null;
        }
        for (int i = 0; i < UTC_SECONDS.length(); i++) {
            char c = s.charAt(i);
            char expected = UTC_SECONDS.charAt(i);
            if (expected == '9' ? c < '0' || c > '9' : c != expected) {
                return null;
            }
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))
                || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        return Instant.ofEpochSecond(LocalDateTime.of(year, month, day, hour, minute, second).toEpochSecond(ZoneOffset.UTC));
    }

    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + s.charAt(i) - '0';
        }
        return value;
    }
}
