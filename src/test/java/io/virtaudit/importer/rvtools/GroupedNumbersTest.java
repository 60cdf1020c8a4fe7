package io.virtaudit.importer.rvtools;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Numbers as Windows locales write them into RVTools' per-tab CSV files. */
class GroupedNumbersTest {

    @Test
    void digitGroupsOfThreeAreDroppedWhateverTheSeparator() {
        assertThat(GroupedNumbers.parse("16,384", false)).isEqualTo(16384.0);
        assertThat(GroupedNumbers.parse("206,057", false)).isEqualTo(206057.0);
        assertThat(GroupedNumbers.parse("16.384", true)).isEqualTo(16384.0);
        assertThat(GroupedNumbers.parse("16.384", false)).as("one dot group outside a ;-file is a decimal")
                .isEqualTo(16.384);
        assertThat(GroupedNumbers.parse("1.048.576", false)).isEqualTo(1048576.0);
        assertThat(GroupedNumbers.parse("16'384", false)).isEqualTo(16384.0);
        assertThat(GroupedNumbers.parse("16 384", false)).isEqualTo(16384.0);
        assertThat(GroupedNumbers.parse("16\u00A0384", false)).isEqualTo(16384.0);
        assertThat(GroupedNumbers.parse("1\u202F048\u202F576", false)).isEqualTo(1048576.0);
        assertThat(GroupedNumbers.parse("1,048,576.5", false)).isEqualTo(1048576.5);
        assertThat(GroupedNumbers.parse("1.048.576,25", true)).isEqualTo(1048576.25);
        assertThat(GroupedNumbers.parse("-1", false)).isEqualTo(-1.0);
    }

    @Test
    void aSeparatorThatDoesNotMakeGroupsOfThreeIsADecimalMarkOrNothing() {
        assertThat(GroupedNumbers.parse("1.5", false)).isEqualTo(1.5);
        assertThat(GroupedNumbers.parse("42.25", false)).isEqualTo(42.25);
        assertThat(GroupedNumbers.parse("42,25", true)).isEqualTo(42.25);
        assertThat(GroupedNumbers.parse("42,25", false)).as("a comma is no decimal mark in a comma-separated file")
                .isNull();
        assertThat(GroupedNumbers.parse("16,38", false)).isNull();
        assertThat(GroupedNumbers.parse("1,2,3", false)).isNull();
        assertThat(GroupedNumbers.parse("16,384.000,5", false)).isNull();
        assertThat(GroupedNumbers.parse("abc", false)).isNull();
        assertThat(GroupedNumbers.parse("", false)).isNull();
    }

    @Test
    void aShareTakesTheFilesDecimalMark() {
        assertThat(GroupedNumbers.decimal("16,384", true)).isEqualTo(16.384);
        assertThat(GroupedNumbers.decimal("16.384", false)).isEqualTo(16.384);
        assertThat(GroupedNumbers.decimal("1,016.5", false)).isEqualTo(1016.5);
        assertThat(GroupedNumbers.decimal("1.016,5", true)).isEqualTo(1016.5);
        assertThat(GroupedNumbers.decimal("42", true)).isEqualTo(42.0);
        assertThat(GroupedNumbers.decimal("4,2", false)).isNull();
    }

    @Property
    void everyWholeNumberWrittenWithGroupsReadsBack(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long n) {
        String us = String.format(java.util.Locale.US, "%,d", n);
        String german = String.format(java.util.Locale.GERMANY, "%,d", n);
        assertThat(GroupedNumbers.parse(us, false)).isEqualTo((double) n);
        assertThat(GroupedNumbers.parse(german, true)).isEqualTo((double) n);
        assertThat(GroupedNumbers.parse(us.replace(',', '\''), false)).isEqualTo((double) n);
    }
}
