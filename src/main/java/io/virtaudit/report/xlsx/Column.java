package io.virtaudit.report.xlsx;

/**
 * One column of a list sheet: its heading, the width the built-in template gives it (in
 * characters) and how the writer styles its cells.
 */
public record Column(String heading, int width, Kind kind) {

    /** How a column's cells are written. */
    public enum Kind {
        /** Plain text or a whole number. */
        TEXT,
        /** Long text, wrapped. */
        WRAP,
        /** A number with one decimal. */
        DECIMAL,
        /** A fraction shown as a percentage. */
        PERCENT,
        /** Text that links to another sheet's row. */
        LINK
    }

    static Column text(String heading, int width) {
        return new Column(heading, width, Kind.TEXT);
    }

    static Column wrap(String heading, int width) {
        return new Column(heading, width, Kind.WRAP);
    }

    static Column decimal(String heading, int width) {
        return new Column(heading, width, Kind.DECIMAL);
    }

    static Column percent(String heading, int width) {
        return new Column(heading, width, Kind.PERCENT);
    }

    static Column link(String heading, int width) {
        return new Column(heading, width, Kind.LINK);
    }
}
