package io.virtaudit.report;

/**
 * The one rule for text in the XML the reports write (the workbook's parts, JUnit XML): XML 1.0
 * holds tab, line feed, carriage return and the characters from U+0020 on, but no other control
 * character, no U+FFFE or U+FFFF and no surrogate without its pair; a parser refuses a document
 * that has one, even as a character reference ({@code &#27;}). Such characters in the data (an
 * estate named with an escape sequence) become U+FFFD, the replacement character, so that the
 * reader sees something was there.
 */
public final class XmlText {

    /** What stands for a character XML 1.0 cannot hold. */
    public static final char REPLACEMENT = '\uFFFD';

    private XmlText() {
    }

    /** Whether XML 1.0 can hold the code point (its {@code Char} production). */
    public static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }

    /** The text with every character XML 1.0 cannot hold replaced; the same string when it has none; "" for null. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        int first = firstNotAllowed(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        text.codePoints().skip(text.codePointCount(0, first))
                .forEach(c -> out.appendCodePoint(allowed(c) ? c : REPLACEMENT));
        return out.toString();
    }

    /** The index of the first character (or lone surrogate) XML 1.0 cannot hold, or -1. */
    private static int firstNotAllowed(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!allowed(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }
}
