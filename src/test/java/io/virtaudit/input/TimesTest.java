package io.virtaudit.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The UTC-seconds form is read without a formatter: it must give what the formatters give. */
class TimesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-20T08:00:00Z", "2024-02-29T23:59:59Z", "2023-02-29T00:00:00Z",
            "2026-04-31T00:00:00Z", "2026-12-31T24:00:00Z", "2026-01-01T23:60:00Z", "2026-01-01T23:59:60Z",
            "2026-13-01T00:00:00Z", "2026-00-10T00:00:00Z", "2026-01-00T00:00:00Z", "0000-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z", "2026-11-20T08:00:00z", "2026-11-20 08:00:00Z", "2026-11-20T08:00:00.5Z",
            "2026-11-20T08:00Z", "2026-11-20T08:00:00+02:00", "2026-11-20T08:00:00", "2026-11-20",
            "2026-1-20T08:00:00Z", "２026-11-20T08:00:00Z", "  2026-11-20T08:00:00Z  ", "20261120T080000Z"})
    void readsEveryFormAsTheFormattersDo(String text) {
        assertThat(Times.parse(text)).isEqualTo(byFormatters(text));
    }

    /** The three formatters in turn, as {@link Times} tried them before it had a fast path. */
    private static Instant byFormatters(String text) {
        String s = text.trim();
        String t = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
