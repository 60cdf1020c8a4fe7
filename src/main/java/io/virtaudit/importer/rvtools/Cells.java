package io.virtaudit.importer.rvtools;

import io.virtaudit.importer.ValueRange;
import io.virtaudit.input.ExportDates;
import io.virtaudit.model.SourceRef;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cells of one row read as estate values: whole numbers, sizes in MiB (or MB) as GiB, RVTools'
 * {@code True}/{@code False}, dates as date cells or text. A cell that cannot be read, or holds a
 * value outside its field's range, is an input error naming the cell and the value is left unknown.
 */
final class Cells {

    private static final int MAX_QUOTED = 60;

    private final TabRows tab;
    private final TabRows.Row row;
    private final CellErrors errors;

    Cells(TabRows tab, TabRows.Row row, CellErrors errors) {
        this.tab = tab;
        this.row = row;
        this.errors = errors;
    }

    SourceRef ref() {
        return tab.ref(row);
    }

    TabRows tab() {
        return tab;
    }

    TabRows.Row row() {
        return row;
    }

    boolean has(Column column) {
        return tab.has(column);
    }

    /** The trimmed text, null when empty or when the column is missing. */
    String text(Column column) {
        return tab.text(row, column);
    }

    /** The row's cells of its tab's {@link TabRows.Span} by header, empty ones left out; null when the tab has no span. */
    Map<String, String> span() {
        return tab.span(row);
    }

    /** A warning about a cell of the span, quoting it: the field it would give is left unknown. */
    void invalidSpan(String spanHeader, String value, String problem) {
        String oneLine = value.replaceAll("\\R+", " ");
        errors.warn(tab.ref(row, spanHeader), "custom attribute '" + spanHeader + "' value '" + quoted(oneLine) + "' "
                + problem);
    }

    /** The text split at commas, semicolons or spaces: an empty cell is an empty list. */
    List<String> list(Column column) {
        String text = text(column);
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    /** A whole number of the column from {@code min} to {@code max}, the estate format's range for its field. */
    /** A whole number within the format's range for a field ({@link ValueRange}). */
    Integer integer(Column column, ValueRange range) {
        return integer(column, (int) range.min(), (int) Math.min(Integer.MAX_VALUE, range.max()));
    }

    Integer integer(Column column, int min, int max) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        Double d = parseDouble(text);
        if (d == null || d != Math.rint(d)) {
            invalid(column, text, "a whole number");
            return null;
        }
        return inRange(column, text, "", d, min, max) ? d.intValue() : null;
    }

    /** A count: a whole number that is not negative. */
    Integer count(Column column) {
        return integer(column, 0, Integer.MAX_VALUE);
    }

    /** A size in MiB (RVTools' {@code MB} columns hold MiB too) as GiB; a size is not negative. */
    Double gibFromMib(Column column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        Double mib = parseDouble(text);
        if (mib == null) {
            invalid(column, text, "a number of MiB");
            return null;
        }
        return inRange(column, text, " MiB", mib, 0, Double.MAX_VALUE) ? mib / 1024.0 : null;
    }

    /** A non-negative amount in the column's unit (MHz, MiB), as written. */
    Double amount(Column column, String unit) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        Double value = parseDouble(text);
        if (value == null) {
            invalid(column, text, "a number of " + unit);
            return null;
        }
        return inRange(column, text, " " + unit, value, 0, Double.MAX_VALUE) ? value : null;
    }

    /**
     * A share from 0 to 100 ({@code Free %}). A share never reaches a thousand, so a comma that does
     * not read as a decimal point's grouping ({@code 12,5}, or {@code 12,500} as a {@code ;} file's
     * locale writes twelve and a half) is the decimal mark: the cell's file need not be known.
     */
    Double percent(Column column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        Double value = GroupedNumbers.decimal(text, false);
        if ((value == null || value > 100) && text.contains(",")) {
            value = GroupedNumbers.decimal(text, true);
        }
        if (value == null) {
            value = parseDouble(text);
        }
        if (value == null) {
            invalid(column, text, "a share from 0 to 100");
            return null;
        }
        return inRange(column, text, " %", value, 0, 100) ? value : null;
    }

    /** Whether the cell is RVTools' {@code -1}: no limit. */
    boolean unlimited(Column column) {
        String text = text(column);
        Double value = text == null ? null : parseDouble(text);
        return value != null && value == -1;
    }

    /**
     * Whether a value read is within its field's range; if not, the error quotes the cell as written
     * with its unit ({@code Memory -1 MiB is negative}), not the value converted to the estate's unit.
     */
    private boolean inRange(Column column, String text, String unit, double value, double min, double max) {
        String cell = column.name() + " " + quoted(text) + unit;
        if (value < min) {
            errors.warn(ref(column), cell + (min == 0 ? " is negative" : " is below the minimum of " + number(min)));
            return false;
        }
        if (value > max) {
            errors.warn(ref(column), cell + " is above the maximum of " + number(max));
            return false;
        }
        return true;
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    Boolean bool(Column column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> {
                return Boolean.TRUE;
            }
            case "false", "no" -> {
                return Boolean.FALSE;
            }
            default -> {
                invalid(column, text, "True or False");
                return null;
            }
        }
    }

    Instant time(Column column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        Instant at = ExportDates.parse(text);
        if (at == null) {
            invalid(column, text, "a date such as 2026-11-20 08:00:00");
        }
        return at;
    }

    void invalid(Column column, String text, String expected) {
        errors.warn(ref(column), "invalid value '" + quoted(text) + "' in column '" + column.name() + "': expected "
                + expected);
    }

    /** Where one cell of the row is, for errors about its value: {@code vInfo!E7}, or the CSV line. */
    SourceRef ref(Column column) {
        return tab.ref(row, column);
    }

    /** A cell's text as a message quotes it: a long one is cut, so the message stays one readable line. */
    private static String quoted(String text) {
        return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "…";
    }

    /**
     * A number as a cell holds it: digit groups as Windows locales write them into per-tab CSV
     * ({@code 16,384}, {@code 16.384}, {@code 16 384}: {@link GroupedNumbers}), else Java's own
     * spelling, which is how a numeric workbook cell reads ({@code 1.048576E6}).
     */
    private static Double parseDouble(String text) {
        Double grouped = GroupedNumbers.parse(text, false);
        if (grouped != null) {
            return grouped;
        }
        try {
            double d = Double.parseDouble(text.strip());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
