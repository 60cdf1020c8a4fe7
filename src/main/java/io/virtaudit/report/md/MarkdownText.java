package io.virtaudit.report.md;

import io.virtaudit.report.VisibleText;

/**
 * The one place text from the data enters the Markdown report: characters Markdown or HTML would
 * act on are backslash-escaped and line breaks become spaces, so a value stays one literal run of
 * text in a bullet or a table cell; other control characters (an escape sequence in a name) are
 * spelt as {@link VisibleText} spells them (<code>&#92;u001b</code>), since the report is read in
 * terminals too.
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
        return VisibleText.of(out.toString());
    }
}
