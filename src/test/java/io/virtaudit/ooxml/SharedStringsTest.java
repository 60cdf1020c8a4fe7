package io.virtaudit.ooxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The shared string table: each text once, in the order first added, before POI's own strings. */
class SharedStringsTest {

    @Test
    void eachTextOnceInTheOrderFirstAddedAndNothingButText() {
        SharedStrings strings = new SharedStrings();
        for (Object value : new Object[] {"guest <OS>", " padded ", "guest <OS>", 42, null, "", "new", " padded "}) {
            strings.add(value);
        }
        assertThat(strings.size()).isEqualTo(3);
        assertThat(strings.indexOf("guest <OS>")).isZero();
        assertThat(strings.indexOf(" padded ")).isEqualTo(1);
        assertThat(strings.indexOf("new")).isEqualTo(2);
        assertThat(strings.indexOf("42")).isEqualTo(-1);
        assertThat(strings.indexOf("")).isEqualTo(-1);
    }

    @Test
    void theTableStartsWithTheStreamedStringsThenPoisStrings() throws Exception {
        SharedStrings strings = new SharedStrings();
        strings.add("guest <OS>");
        strings.add(" padded ");
        strings.add("new");

        String poi = "<?xml version=\"1.0\"?>\n<sst count=\"3\" uniqueCount=\"1\" xmlns=\"m\"><si><t>Cover</t></si></sst>";
        assertThat(new String(ZipPackage.sharedStrings(poi, strings), StandardCharsets.UTF_8))
                .isEqualTo("<?xml version=\"1.0\"?>\n<sst uniqueCount=\"4\" xmlns=\"m\"><si><t>guest &lt;OS&gt;</t></si>"
                        + "<si><t xml:space=\"preserve\"> padded </t></si><si><t>new</t></si>"
                        + "<si><t>Cover</t></si></sst>");
        SharedStrings two = new SharedStrings();
        two.add("guest <OS>");
        two.add(" padded ");
        assertThat(new String(ZipPackage.sharedStrings("<sst count=\"0\" uniqueCount=\"0\" xmlns=\"m\"/>", two),
                StandardCharsets.UTF_8)).isEqualTo("<sst uniqueCount=\"2\" xmlns=\"m\"><si><t>guest &lt;OS&gt;</t></si>"
                        + "<si><t xml:space=\"preserve\"> padded </t></si></sst>");
    }

    @Test
    void poisSharedCellsMoveOnPastTheStreamedStrings() {
        String xml = "<row r=\"1\"><c r=\"A1\" t=\"s\" s=\"1\"><v>3</v></c><c r=\"B1\" s=\"2\"><v>3</v></c>"
                + "<c r=\"C1\" s=\"1\" t=\"s\"><v>0</v></c><c r=\"D1\" t=\"str\"><f>A1</f><v>7</v></c></row>";
        assertThat(ZipPackage.shifted(xml, 40)).isEqualTo("<row r=\"1\"><c r=\"A1\" t=\"s\" s=\"1\"><v>43</v></c>"
                + "<c r=\"B1\" s=\"2\"><v>3</v></c><c r=\"C1\" s=\"1\" t=\"s\"><v>40</v></c>"
                + "<c r=\"D1\" t=\"str\"><f>A1</f><v>7</v></c></row>");
    }
}
