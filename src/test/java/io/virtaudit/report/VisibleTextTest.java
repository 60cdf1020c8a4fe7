package io.virtaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import org.junit.jupiter.api.Test;

/** What a terminal or a Markdown reader would act on is spelt out; text is left as it is. */
class VisibleTextTest {

    @Test
    void escapeSequencesAndOtherControlsAreSpeltAsEscapes() {
        assertThat(VisibleText.of("a\u001b[2Jb\u001b]0;title\u0007c")).isEqualTo("a\\u001b[2Jb\\u001b]0;title\\u0007c");
        assertThat(VisibleText.of("nul\u0000 del\u007f csi\u009b line\nfeed\r sep\u2028 rlo\u202e lri\u2066"))
                .isEqualTo("nul\\u0000 del\\u007f csi\\u009b line\\nfeed\\r sep\\u2028 rlo\\u202e lri\\u2066");
        assertThat(VisibleText.of("\uFFFE\uFFFF lone\uD800 low\uDC00"))
                .isEqualTo("\\ufffe\\uffff lone\\ud800 low\\udc00");
    }

    @Test
    void textTabsAndPairedSurrogatesAreLeftAlone() {
        String text = "vm-01\tGröße \uD83D\uDE00 ñ — «»";
        assertThat(VisibleText.of(text)).isSameAs(text);
        assertThat(VisibleText.of(null)).isNull();
    }

    @Property(tries = 2000)
    void theResultHoldsNoControlCharacter(@ForAll @CharRange(from = 0, to = 0xFFFF) String text) {
        String shown = VisibleText.of(text);
        assertThat(shown.chars().filter(c -> c < 0x20 && c != '\t' || c >= 0x7f && c <= 0x9f)).isEmpty();
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertThat(i + 1 < shown.length() && Character.isLowSurrogate(shown.charAt(i + 1))).isTrue();
                i++;
            } else {
                assertThat(Character.isLowSurrogate(c)).as("lone low surrogate at %d", i).isFalse();
            }
        }
    }
}
