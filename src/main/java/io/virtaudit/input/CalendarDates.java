package io.virtaudit.input;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a waiver expires on and a run is dated ({@code --as-of}): ISO {@code YYYY-MM-DD} of the
 * years {@value #FIRST_YEAR} to {@value #LAST_YEAR}, the years an estate's dates may take too.
 * Java's dates reach a billion years either way, and at those edges the arithmetic of reports
 * overflows (a day after {@code +999999999-12-31} does not exist; an instant of that year has no
 * milliseconds since 1970 that fit a long); nothing a waiver or a run is dated needs more than the
 * years an Excel date can hold, so a date outside them is an input error, said plainly, as is a
 * day that no calendar has ({@code 2026-02-30}: "February 2026 has 28 days").
 */
public final class CalendarDates {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 9999;
    /** A date's shape, whatever its numbers: an optional sign, then year, month and day. */
    private static final Pattern SHAPE = Pattern.compile("([+-]?\\d+)-(\\d{1,2})-(\\d{1,2})");

    /** A date that is not one, with the reason in plain words. */
    public static final class NotADate extends IllegalArgumentException {
        public NotADate(String message) {
            super(message);
        }
    }

    private CalendarDates() {
    }

    /** The day {@code text} names, or {@link NotADate} saying why it names none. */
    public static LocalDate parse(String text) {
        String s = text.strip();
        Matcher m = SHAPE.matcher(s);
        if (!m.matches() || m.group(2).length() != 2 || m.group(3).length() != 2) {
            throw new NotADate(JacksonErrors.quote(text) + " is not a date such as 2027-03-31");
        }
        String problem = problem(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        if (problem != null) {
            throw new NotADate(JacksonErrors.quote(text) + " is not a date: " + problem);
        }
        if (m.group(1).length() != 4) {
            throw new NotADate(JacksonErrors.quote(text) + " is not a date such as 2027-03-31");
        }
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /**
     * Why text shaped like an ISO date or date-time ({@code 2026-02-30}, {@code 2026-13-01T00:00:00Z})
     * names no day virtaudit accepts, or null when its date part is fine or it is not so shaped.
     */
    public static String problem(String text) {
        String s = text.strip();
        int end = s.indexOf('T', 1);
        Matcher m = SHAPE.matcher(end < 0 ? s : s.substring(0, end));
        if (!m.matches()) {
            return null;
        }
        return problem(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    private static String problem(String yearText, int month, int day) {
        if (!inRange(yearText)) {
            return "the year must be between " + FIRST_YEAR + " and " + LAST_YEAR;
        }
        int year = Integer.parseInt(yearText);
        if (month < 1 || month > 12) {
            return "there is no month " + month;
        }
        int days = Month.of(month).length(Year.isLeap(year));
        if (day < 1 || day > days) {
            return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has " + days + " days";
        }
        return null;
    }

    private static boolean inRange(String yearText) {
        String digits = yearText.startsWith("+") ? yearText.substring(1) : yearText;
        if (digits.startsWith("-") || digits.length() > 4) {
            return false;
        }
        int year = Integer.parseInt(digits);
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** The date, or {@link NotADate} when its year is outside the years virtaudit accepts. */
    public static LocalDate requireInRange(LocalDate date) {
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new NotADate(date + " is outside the years " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return date;
    }
}
