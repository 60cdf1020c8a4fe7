package io.virtaudit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class Utf8BufferTest {

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

    @Test
    void longTextCrossesTheBufferWhole() throws IOException {
        String text = "é<".repeat(50_000);
        assertThat(escaped(text)).isEqualTo("é&lt;".repeat(50_000));
    }

    @Property(tries = 3000)
    void digitsSpellAWholeNumberAsLongToStringDoes(@ForAll long value) {
        assertThat(digits(value)).isEqualTo(Long.toString(value));
    }

    @Test
    void digitsAtTheEdges() {
        for (long value : new long[] {0, 9, 10, 99, 100, -1, -10, 999_999_999_999_999L, 1_000_000_000_000_000_000L,
                Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertThat(digits(value)).isEqualTo(Long.toString(value));
        }
    }

    private static String digits(long value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Buffer out = new Utf8Buffer(bytes);
        out.ascii("x".repeat(65_530));
        out.digits(value);
        out.flush();
        return bytes.toString(StandardCharsets.US_ASCII).substring(65_530);
    }

    private static String escaped(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Buffer out = new Utf8Buffer(bytes);
        out.text(text);
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
