package io.virtaudit.input;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as RVTools writes them into text: ISO-8601 (date cells are read as such), year first with
 * slashes ({@code 2026/11/20 08:00:00}), the US order of the default locale
 * ({@code 11/20/2026 8:00:00 AM}, read day first when the first number exceeds 12) and the dotted
 * or dashed day-first orders of European locales ({@code 20.11.2026 08:00}). RVTools writes the
 * local time of the machine it ran on, without a zone; it is taken as UTC, as the estate format
 * takes local times. Other tools that export from vCenter (and the custom attributes of backup
 * products, {@link BackupAttributes}) write the same shapes.
 */
public final class ExportDates {

    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})");
    private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})");
    private static final Pattern TIME = Pattern.compile("(?:T|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?(?:\\s*([AaPp][Mm]))?");

    private ExportDates() {
    }

    /** The instant, or null when the text is no date RVTools writes. */
    public static Instant parse(String text) {
        String s = text.strip();
        Instant iso = Times.parse(s);
        if (iso != null) {
            return iso;
        }
        try {
            return parseLocal(s);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Instant parseLocal(String s) {
        int year;
        int month;
        int day;
        int end;
        Matcher first = YEAR_FIRST.matcher(s);
        Matcher last = YEAR_LAST.matcher(s);
        if (first.lookingAt()) {
            year = Integer.parseInt(first.group(1));
            month = Integer.parseInt(first.group(2));
            day = Integer.parseInt(first.group(3));
            end = first.end();
        } else if (last.lookingAt()) {
            int a = Integer.parseInt(last.group(1));
            int b = Integer.parseInt(last.group(3));
            boolean monthFirst = "/".equals(last.group(2)) && a <= 12;
            month = monthFirst ? a : b;
            day = monthFirst ? b : a;
            year = Integer.parseInt(last.group(4));
            end = last.end();
        } else {
            return null;
        }
        int hour = 0;
        int minute = 0;
        int second = 0;
        String rest = s.substring(end);
        if (!rest.isBlank()) {
            Matcher time = TIME.matcher(rest);
            if (!time.matches()) {
                return null;
            }
            hour = Integer.parseInt(time.group(1));
            minute = Integer.parseInt(time.group(2));
            second = time.group(3) == null ? 0 : Integer.parseInt(time.group(3));
            if (time.group(4) != null) {
                boolean pm = time.group(4).toLowerCase(Locale.ROOT).equals("pm");
                if (hour < 1 || hour > 12) {
                    return null;
                }
                hour = hour % 12 + (pm ? 12 : 0);
            }
        }
        return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
    }
}
