package io.virtaudit.generate.rvtools;

import java.nio.charset.StandardCharsets;

/** The few XML spellings the workbook's parts need: namespaces and escaped text. */
final class Xml {

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

    private Xml() {
    }

    /** The text as UTF-8 with {@code &}, {@code <} and {@code >} escaped. */
    static byte[] escaped(String text) {
        boolean plain = true;
        for (int i = 0; i < text.length() && plain; i++) {
            char c = text.charAt(i);
            plain = c != '&' && c != '<' && c != '>';
        }
        String s = plain ? text : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
