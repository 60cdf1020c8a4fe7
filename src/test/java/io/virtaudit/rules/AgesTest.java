package io.virtaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Ages against the reference time, and the words messages write them in. */
class AgesTest {

    private static final Instant T = Instant.parse("2026-11-20T08:00:00Z");

    @Test
    void hoursAndDaysBetweenTwoTimesAreFractional() {
        assertThat(Ages.hoursBetween(Instant.parse("2026-11-19T07:30:00Z"), T)).isEqualTo(24.5);
        assertThat(Ages.daysBetween(Instant.parse("2026-11-17T20:00:00Z"), T)).isEqualTo(2.5);
        assertThat(Ages.hoursBetween(T.plusSeconds(3600), T)).isEqualTo(-1.0);
    }

    @Test
    void anUnknownTimeHasNoAgeAndNoText() {
        assertThat(Ages.hoursSince(null, T)).isNull();
        assertThat(Ages.hoursSince(Instant.parse("2026-11-20T07:00:00Z"), T)).isEqualTo(1.0);
        assertThat(Ages.iso(null)).isNull();
        assertThat(Ages.iso(T)).isEqualTo("2026-11-20T08:00:00Z");
    }

    @Test
    void aDurationInWordsIsToTheMinuteUnderTwoDaysThenToTheHour() {
        assertThat(Ages.inWords(25)).isEqualTo("25 h");
        assertThat(Ages.inWords(24 + 1 / 60.0)).isEqualTo("24 h 1 min");
        assertThat(Ages.inWords(0.25)).isEqualTo("0 h 15 min");
        assertThat(Ages.inWords(47.99)).isEqualTo("47 h 59 min");
        assertThat(Ages.inWords(48)).isEqualTo("2 days");
        assertThat(Ages.inWords(7 * 24 + 1)).isEqualTo("7 days 1 h");
        assertThat(Ages.inWords(7 * 24 + 0.5)).as("from two days on, minutes are dropped").isEqualTo("7 days");
        assertThat(Ages.inWords(30 * 24)).isEqualTo("30 days");
    }
}
