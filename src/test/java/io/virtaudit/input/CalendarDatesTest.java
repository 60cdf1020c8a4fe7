package io.virtaudit.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Waiver expiries and {@code --as-of}: ISO days of the years 1900 to 9999, refused in plain words otherwise. */
class CalendarDatesTest {

    @Test
    void aDayOfTheYears1900To9999IsRead() {
        assertThat(CalendarDates.parse(" 2027-03-31 ")).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(CalendarDates.parse("1900-01-01")).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(CalendarDates.parse("9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(CalendarDates.parse("2028-02-29")).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void aDayNoCalendarHasSaysWhy() {
        assertThatThrownBy(() -> CalendarDates.parse("2026-02-30")).hasMessage("'2026-02-30' is not a date: February 2026 has 28 days");
        assertThatThrownBy(() -> CalendarDates.parse("2026-13-01")).hasMessage("'2026-13-01' is not a date: there is no month 13");
        assertThatThrownBy(() -> CalendarDates.parse("2026-04-00")).hasMessage("'2026-04-00' is not a date: April 2026 has 30 days");
    }

    @Test
    void theEdgesOfJavasDatesAndYearsOutside1900To9999AreRefused() {
        for (String text : new String[] {"+999999999-12-31", "-999999999-01-01", "1899-12-31", "10000-01-01", "0000-01-01"}) {
            assertThatThrownBy(() -> CalendarDates.parse(text)).as(text)
                    .hasMessage("'" + text + "' is not a date: the year must be between 1900 and 9999");
        }
        assertThatThrownBy(() -> CalendarDates.requireInRange(LocalDate.MAX))
                .hasMessage("+999999999-12-31 is outside the years 1900 to 9999");
    }

    @Test
    void textThatIsNotShapedLikeADateSaysWhatADateLooksLike() {
        for (String text : new String[] {"soon", "31/03/2027", "2027-3-31", "", "2027-03-31T00:00:00Z", "+2027-03-31"}) {
            assertThatThrownBy(() -> CalendarDates.parse(text)).as(text).hasMessageEndingWith("is not a date such as 2027-03-31");
        }
        assertThatThrownBy(() -> CalendarDates.parse("x".repeat(1000))).hasMessageStartingWith("'" + "x".repeat(40) + "…'");
    }

    @Test
    void theProblemOfADateTimeIsInItsDatePart() {
        assertThat(CalendarDates.problem("2026-02-30T08:00:00Z")).isEqualTo("February 2026 has 28 days");
        assertThat(CalendarDates.problem("2026-02-28T25:00:00Z")).isNull();
        assertThat(CalendarDates.problem("yesterday")).isNull();
    }
}
