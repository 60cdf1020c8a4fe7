package io.virtaudit.ooxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import org.junit.jupiter.api.Test;

class Utf8BufferTest {

    @Test
    void markupBreaksAndTabsAreEscaped() throws IOException {
        assertThat(escaped("a<b>&\"c\"\nd\re\tf\u00a0g")).isEqualTo("a&lt;b&gt;&amp;&quot;c&quot;&#xa;d&#xd;e&#x9;f&#xa0;g");
    }

    @Test
    void whatXmlCannotHoldBecomesTheReplacementCharacter() throws IOException {
        assertThat(escaped("bell\u0007 nul\u0000 esc\u001b \uFFFE\uFFFF lone\uD800 low\uDC00"))
                .isEqualTo("bell\uFFFD nul\uFFFD esc\uFFFD \uFFFD\uFFFD lone\uFFFD low\uFFFD");
    }

    /** Any text reads back with exactly the characters XML 1.0 cannot hold replaced. */
    @Property(tries = 2000)
    void anyTextReadsBackWithWhatXmlCannotHoldReplaced(@ForAll @CharRange(from = 0, to = 0xFFFF) String text)
            throws Exception {
        String xml = "<t>" + escaped(text) + "</t>";
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        String read = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement().getTextContent();
        assertThat(read).isEqualTo(xml10(text));
    }

    /** The text as XML 1.0 holds it: each character outside its Char production (or lone surrogate) U+FFFD. */
    static String xml10(String text) {
        StringBuilder held = new StringBuilder();
        text.codePoints().forEach(c -> held.appendCodePoint(c == 0x9 || c == 0xA || c == 0xD
                || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF
                ? c : 0xFFFD));
        return held.toString();
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
