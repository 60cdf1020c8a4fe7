package io.virtaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Globs match as the shell's do, in time that does not depend on the glob's shape. */
class GlobsTest {

    /** The definition, by recursion: slow (exponential on some globs) and obviously right, for small inputs. */
    private static boolean reference(String glob, int g, String text, int t) {
        if (g == glob.length()) {
            return t == text.length();
        }
        char c = glob.charAt(g);
        if (c == '*') {
            for (int k = t; k <= text.length(); k++) {
                if (reference(glob, g + 1, text, k)) {
                    return true;
                }
            }
            return false;
        }
        return t < text.length() && (c == '?' || fold(c) == fold(text.charAt(t))) && reference(glob, g + 1, text, t + 1);
    }

    private static char fold(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    @Provide
    Arbitrary<String> globs() {
        return Arbitraries.strings().withChars("aAb*?-").ofMaxLength(9);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("aAbB-*?").ofMaxLength(12);
    }

    @Property(tries = 3000)
    void matchesAsTheDefinitionDoes(@ForAll("globs") String glob, @ForAll("texts") String text) {
        assertThat(Globs.matches(glob, text)).as("%s against %s", glob, text).isEqualTo(reference(glob, 0, text, 0));
    }

    @Property(tries = 300)
    void aGlobLongerThanOneWordOfStatesMatchesAsTheDefinitionDoes(@ForAll("texts") String text) {
        String glob = "*" + "?".repeat(70) + "*";
        String longText = text.repeat(8);
        assertThat(Globs.matches(glob, longText)).isEqualTo(longText.length() >= 70);
        String literal = "a".repeat(65) + "*b";
        assertThat(Globs.matches(literal, "A".repeat(65) + longText + "b")).isTrue();
        assertThat(Globs.matches(literal, "a".repeat(64) + "b")).isFalse();
    }

    @Test
    void theGlobsOfWaiversAndPolicies() {
        assertThat(Globs.matches("AVL-*", "AVL-004")).isTrue();
        assertThat(Globs.matches("avl-00?", "AVL-004")).as("ASCII case does not count").isTrue();
        assertThat(Globs.matches("AVL-*", "CMP-001")).isFalse();
        assertThat(Globs.matches("vm-?", "vm-😀")).as("? is one character, even outside the BMP").isTrue();
        assertThat(Globs.matches("", "")).isTrue();
        assertThat(Globs.matches("", "a")).isFalse();
        assertThat(Globs.matches("**", "")).isTrue();
        assertThat(Globs.matches("a.b", "axb")).as("no regular expression: a dot is a dot").isFalse();
        assertThat(Globs.matches("[a]", "[a]")).isTrue();
    }

    @Test
    void aGlobThatMadeTheRegularExpressionBacktrackFinishes() {
        String glob = "*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b";
        String subject = "a".repeat(100_000);
        boolean matched = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Globs.matches(glob, subject));
        assertThat(matched).isFalse();
        assertThat(Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Globs.matches(glob, subject + "b"))).isTrue();
        String wide = "*" + "a*".repeat(2_000) + "b";
        assertThat(Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Globs.matches(wide, subject))).isFalse();
    }
}
