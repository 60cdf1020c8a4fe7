package io.virtaudit.report.xlsx;

import java.io.IOException;
import java.io.Writer;

/** Text as SpreadsheetML cell content, escaped the way POI escapes it so both writers agree. */
final class SheetXml {

    private SheetXml() {
    }

    /**
     * Writes {@code text} escaped: markup characters as entities, line breaks and tabs as character
     * references, and what XML 1.0 cannot hold (control characters, U+FFFE, U+FFFF, a lone
     * surrogate) as {@code ?}. Text with nothing to escape is written in one call.
     */
    static void escape(String text, Writer out) throws IOException {
        int length = text.length();
        int plain = 0;
        while (plain < length && ordinary(text.charAt(plain))) {
            plain++;
        }
        if (plain == length) {
            out.write(text);
            return;
        }
        out.write(text, 0, plain);
        for (int i = plain; i < length; i++) {
            char c = text.charAt(i);
            if (ordinary(c)) {
                out.write(c);
                continue;
            }
            switch (c) {
                case '<' -> out.write("&lt;");
                case '>' -> out.write("&gt;");
                case '&' -> out.write("&amp;");
                case '"' -> out.write("&quot;");
                case '\n' -> out.write("&#xa;");
                case '\r' -> out.write("&#xd;");
                case '\t' -> out.write("&#x9;");
                case '\u00a0' -> out.write("&#xa0;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.write(c);
                        out.write(text.charAt(++i));
                    } else {
                        out.write('?');
                    }
                }
            }
        }
    }

    /** A character written as it is. */
    private static boolean ordinary(char c) {
        return c >= 0x20 && c != '<' && c != '>' && c != '&' && c != '"' && c != '\u00a0'
                && !Character.isSurrogate(c) && c < '\uFFFE';
    }
}
