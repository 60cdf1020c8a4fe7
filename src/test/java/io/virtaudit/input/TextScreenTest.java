package io.virtaudit.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The raw-byte screen in front of every YAML and JSON parser: what it refuses, where it says the
 * problem is, and that it hands on everything else unchanged.
 */
class TextScreenTest {

    /** Reads everything through the screen in chunks of {@code chunk} bytes; what was handed on goes to {@code out}. */
    private static void drain(InputStream screen, int chunk, ByteArrayOutputStream out) throws IOException {
        byte[] buffer = new byte[chunk];
        for (int n = screen.read(buffer); n >= 0; n = screen.read(buffer)) {
            out.write(buffer, 0, n);
        }
    }

    private static TextScreen.Refused refusal(byte[] bytes, boolean yaml) {
        InputStream in = new ByteArrayInputStream(bytes);
        return assertThrows(TextScreen.Refused.class,
                () -> drain(yaml ? TextScreen.yaml(in) : TextScreen.json(in), 4096, new ByteArrayOutputStream()));
    }

    private static String where(String text, boolean yaml) {
        TextScreen.Refused r = refusal(text.getBytes(StandardCharsets.UTF_8), yaml);
        return r.location() + " " + r.getMessage();
    }

    @Test
    void aYamlLineOverOneMebibyteIsRefusedBeforeTheParserSeesAnyOfIt() throws IOException {
        byte[] text = ("a: 1\nb: \"" + "x".repeat(2 << 20) + "\"\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream handedOn = new ByteArrayOutputStream();
        TextScreen.Refused refused = assertThrows(TextScreen.Refused.class,
                () -> drain(TextScreen.yaml(new ByteArrayInputStream(text)), 8000, handedOn));
        assertThat(refused.location()).isEqualTo("2");
        assertThat(refused.getMessage()).startsWith("the line is longer than 1 MiB (1048576 bytes)");
        assertThat(handedOn.toString(StandardCharsets.UTF_8)).as("only the lines before the long one").isEqualTo("a: 1\n");
    }

    @Test
    void aYamlLineOfExactlyOneMebibyteIsRead() throws IOException {
        byte[] text = ("# " + "x".repeat((1 << 20) - 2) + "\r\nb: 1").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        drain(TextScreen.yaml(new ByteArrayInputStream(text)), 3000, out);
        assertThat(out.toByteArray()).isEqualTo(text);
    }

    @Test
    void jsonHasNoLineLimitBecauseCompactJsonIsOneLine() throws IOException {
        byte[] text = ("{\"a\": \"" + "x".repeat(3 << 20) + "\"}").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        drain(TextScreen.json(new ByteArrayInputStream(text)), 8000, out);
        assertThat(out.toByteArray()).isEqualTo(text);
    }

    @Test
    void aYamlFileOverTheSizeLimitIsRefusedByItsSize() {
        assertThat(TextScreen.yamlTooLarge(128L << 20)).isNull();
        assertThat(TextScreen.yamlTooLarge((128L << 20) + 1).getMessage())
                .isEqualTo("the file is 134,217,729 bytes, more than the 128 MiB virtaudit reads as YAML; save an estate"
                        + " this large as JSON (.json), which is read several times faster");
    }

    @Test
    void utf16IsToldByItsByteOrderMarkOrItsZeroBytes() {
        assertThat(refusal("a: 1\n".getBytes(StandardCharsets.UTF_16), true).getMessage())
                .isEqualTo("the file is UTF-16 or UTF-32 text (it starts with the bytes 0xFE 0xFF); save it as UTF-8");
        assertThat(refusal("a: 1\n".getBytes(StandardCharsets.UTF_16LE), true).getMessage())
                .isEqualTo("the file looks like UTF-16 text (every other byte is 0); save it as UTF-8");
        assertThat(refusal("{\"a\": 1}".getBytes(StandardCharsets.UTF_16BE), false).location()).isEqualTo("1:1");
    }

    @Test
    void aNulByteIsNamedWithItsLineColumnAndOffset() {
        assertThat(where("a: 1\r\nb: é\0", true))
                .isEqualTo("2:5 the file contains a NUL byte (at byte offset 11): it is not a text file, or it is damaged");
        assertThat(where("{\"a\":\n\"x\0\"}", false)).startsWith("2:3 the file contains a NUL byte");
    }

    @Test
    void bytesThatAreNotUtf8AreNamedWithTheFirstByteOfTheBadSequence() {
        byte[] latin1 = "a: 1\nb: Corpés\n".getBytes(StandardCharsets.ISO_8859_1);
        TextScreen.Refused r = refusal(latin1, true);
        assertThat(r.location() + " " + r.getMessage())
                .isEqualTo("2:8 the file is not UTF-8 text (byte 0xE9 at byte offset 12); save it as UTF-8");
        for (byte[] bad : List.of(new byte[] {'a', (byte) 0xc0, (byte) 0x80}, // overlong NUL
                new byte[] {'a', (byte) 0xed, (byte) 0xa0, (byte) 0x80}, // a surrogate
                new byte[] {'a', (byte) 0xf5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
                new byte[] {'a', (byte) 0xe2, (byte) 0x82})) { // cut off at the end of the file
            assertThat(refusal(bad, false).getMessage()).as(Arrays.toString(bad)).startsWith("the file is not UTF-8 text");
            assertThat(refusal(bad, false).location()).isEqualTo("1:2");
        }
    }

    @Test
    void controlCharactersAreRefusedAndYamlAlsoRefusesWhatSnakeYamlCannotPrint() {
        assertThat(where("a: b\u0007c", true)).isEqualTo("1:5 the file holds the control character U+0007, which YAML allows only"
                + " written as an escape (\\u0007) inside a quoted text");
        assertThat(where("a: é\u0081", true)).isEqualTo("1:5 the file holds the character U+0081, which YAML does not allow; remove it");
        assertThat(where("a: \u007f", true)).startsWith("1:4 the file holds the control character U+007F");
        assertThat(where("{\"a\": \"\u001b\"}", false)).startsWith("1:8 the file holds the control character U+001B, which JSON");
    }

    @Test
    void jsonAllowsWhatOnlyYamlRefuses() throws IOException {
        byte[] text = "{\"a\": \"\u007f\u0081\uffff\", \"b\": \"\t\ud83d\ude00\"}".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        drain(TextScreen.json(new ByteArrayInputStream(text)), 1, out);
        assertThat(out.toByteArray()).isEqualTo(text);
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("ab: -\n\r\t#{}[]\"'"),
                Arbitraries.strings().withCharRange('\u00a0', '\ud7ff'), Arbitraries.strings().withChars("é€😀\u0085"))
                .list().ofMaxSize(20).map(parts -> String.join("", parts));
    }

    @Property(tries = 200)
    void textItAcceptsIsHandedOnUnchangedWhateverTheReadSizes(@ForAll("text") String text,
                                                             @ForAll @IntRange(min = 1, max = 17) int chunk) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (boolean yaml : new boolean[] {true, false}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            InputStream in = new ByteArrayInputStream(bytes);
            drain(yaml ? TextScreen.yaml(in) : TextScreen.json(in), chunk, out);
            assertThat(out.toByteArray()).isEqualTo(bytes);
        }
    }
}
