package io.virtaudit.report.md;

/**
 * The one place text from the data enters the Markdown report: characters Markdown or HTML would
 * act on are backslash-escaped and line breaks become spaces, so a value stays one literal run of
 * text in a bullet or a table cell.
 */
final class MarkdownText {

    private static final String SPECIAL = "\\*_[]<>|#`";

    private MarkdownText() {
    }

    static String of(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                out.append(' ');
            } else {
                if (SPECIAL.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
