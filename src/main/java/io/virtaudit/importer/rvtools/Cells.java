package io.virtaudit.importer.rvtools;

import io.virtaudit.model.SourceRef;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The cells of one row read as estate values: whole numbers, sizes in MiB (or MB) as GiB, RVTools'
 * {@code True}/{@code False}, dates as date cells or text. A cell that cannot be read is an input
 * error at its row and the value is left unknown.
 */
final class Cells {

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

    boolean has(Column column) {
        return tab.has(column);
    }

    /** The trimmed text, null when empty or when the column is missing. */
    String text(Column column) {
        return tab.text(row, column);
    }

    /** The text split at commas, semicolons or spaces: an empty cell is an empty list. */
    List<String> list(Column column) {
        String text = text(column);
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    Integer integer(Column column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.replace(" ", ""));
        } catch (NumberFormatException e) {
            Double d = parseDouble(text);
            if (d != null && d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE) {
                return d.intValue();
            }
            invalid(column, text, "a whole number");
            return null;
        }
    }

    /** A size in MiB (RVTools' {@code MB} columns hold MiB too) as GiB. */
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
        return mib / 1024.0;
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
        errors.add(ref(), "invalid value '" + text + "' in column '" + column.name() + "': expected " + expected);
    }

    private static Double parseDouble(String text) {
        try {
            double d = Double.parseDouble(text.replace(" ", ""));
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
