package io.virtaudit.report.xlsx;

/**
 * One column of a list sheet: its heading, the width the built-in template gives it (in
 * characters), how the writer styles its cells and whether its values repeat down the list (host
 * ids, cluster names, guest OSs, rule titles): those cells refer to the workbook's shared strings
 * ({@link io.virtaudit.ooxml.SharedStrings}) instead of spelling the text out in each.
 */
public record Column(String heading, int width, Kind kind, boolean repeated) {

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
        return new Column(heading, width, Kind.TEXT, false);
    }

    static Column wrap(String heading, int width) {
        return new Column(heading, width, Kind.WRAP, false);
    }

    static Column decimal(String heading, int width) {
        return new Column(heading, width, Kind.DECIMAL, false);
    }

    static Column percent(String heading, int width) {
        return new Column(heading, width, Kind.PERCENT, false);
    }

    static Column link(String heading, int width) {
        return new Column(heading, width, Kind.LINK, false);
    }

    /** This column, its values repeating down the list. */
    Column repeating() {
        return new Column(heading, width, kind, true);
    }
}
