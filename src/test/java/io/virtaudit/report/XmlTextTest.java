package io.virtaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The characters XML 1.0 cannot hold become U+FFFD; everything else stays. */
class XmlTextTest {

    @Test
    void whatXmlCannotHoldIsReplaced() {
        assertThat(XmlText.of("a\u0000b\u0007c\u001b[2Jd\u000be\uFFFEf\uFFFFg\uD800h\uDC00"))
                .isEqualTo("a\uFFFDb\uFFFDc\uFFFD[2Jd\uFFFDe\uFFFDf\uFFFDg\uFFFDh\uFFFD");
    }

    @Test
    void tabsLineBreaksAndPairedSurrogatesStay() {
        String text = "a\tb\nc\rd \u0085 \u007f \uD83D\uDE00 \uFFFD";
        assertThat(XmlText.of(text)).isSameAs(text);
        assertThat(XmlText.of(null)).isEmpty();
    }
}
