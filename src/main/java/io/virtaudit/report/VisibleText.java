package io.virtaudit.report;

import java.util.Locale;

/**
 * Text from the data made inert where control characters act. A terminal obeys an escape sequence
 * in an estate's name ({@code ESC [2J} clears the screen, {@code ESC ]0;… BEL} retitles the window)
 * and a Markdown report is read in terminals and pasted into tickets, so every character that is
 * not text is spelt as an escape: line feed and carriage return as {@code \n} and {@code \r}, the
 * others as <code>&#92;u001b</code>. Those are the C0 controls but tab (white space everywhere),
 * DEL and the C1 controls (U+009B starts a sequence too), the line and paragraph separators, the
 * bidirectional embeddings, overrides and isolates (which reorder what is shown around them),
 * U+FFFE, U+FFFF and surrogates without their pair. Input errors spell quoted values the same way.
 */
public final class VisibleText {

    private VisibleText() {
    }

    /** The text with every character that is not text spelt as an escape; the same string when it has none. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (!pair && hidden(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                escape(c, out);
            } else if (out != null) {
                out.append(c);
            }
            if (pair) {
                i++;
                if (out != null) {
                    out.append(text.charAt(i));
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** Whether a character (a surrogate taken alone) is not shown as text. */
    private static boolean hidden(char c) {
        return c < 0x20 && c != '\t' || c >= 0x7f && c <= 0x9f || c == 0x2028 || c == 0x2029
                || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 || c == 0xfffe || c == 0xffff
                || Character.isSurrogate(c);
    }

    private static void escape(char c, StringBuilder out) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            default -> out.append("\\u").append(String.format(Locale.ROOT, "%04x", (int) c));
        }
    }
}
