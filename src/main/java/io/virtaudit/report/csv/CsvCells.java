package io.virtaudit.report.csv;

/**
 * The one place a CSV cell's text is made safe to open in a spreadsheet: text that a spreadsheet
 * would read as a formula gets a leading single quote, as OWASP's CSV-injection guidance says.
 */
final class CsvCells {

    private CsvCells() {
    }

    /** The cell text; null is an empty cell. */
    static String of(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return startsLikeAFormula(text) ? "'" + text : text;
    }

    private static boolean startsLikeAFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
