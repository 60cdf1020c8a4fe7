package io.virtaudit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SheetXmlTest {

    @Test
    void markupBreaksAndTabsAreEscaped() throws IOException {
        assertThat(escaped("a<b>&\"c\"\nd\re\tf\u00a0g")).isEqualTo("a&lt;b&gt;&amp;&quot;c&quot;&#xa;d&#xd;e&#x9;f&#xa0;g");
    }

    @Test
    void whatXmlCannotHoldBecomesAQuestionMark() throws IOException {
        assertThat(escaped("bell\u0007 nul\u0000 \uFFFE\uFFFF lone\uD800 low\uDC00")).isEqualTo("bell? nul? ?? lone? low?");
    }

    @Test
    void surrogatePairsAndOrdinaryTextPassThrough() throws IOException {
        assertThat(escaped("vm-01 \uD83D\uDE00 Größe")).isEqualTo("vm-01 \uD83D\uDE00 Größe");
    }

    private static String escaped(String text) throws IOException {
        StringWriter out = new StringWriter();
        SheetXml.escape(text, out);
        return out.toString();
    }
}
