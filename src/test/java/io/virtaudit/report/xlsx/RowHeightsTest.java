package io.virtaudit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How many lines a wrapped cell takes, which sets the height of its row. */
class RowHeightsTest {

    @Test
    void shortTextTakesOneLine() {
        // a column 20 wide holds 22 characters a line
        assertThat(RowHeights.lines("web01.example.com", 20)).isEqualTo(1);
        assertThat(RowHeights.lines("x".repeat(22), 20)).isEqualTo(1);
    }

    @Test
    void longTextWrapsAtWordsAndLinesBreakAtNewlines() {
        assertThat(RowHeights.lines("x".repeat(23), 20)).as("one word longer than a line").isEqualTo(2);
        assertThat(RowHeights.lines("alpha beta gamma delta epsilon", 20)).isEqualTo(2);
        assertThat(RowHeights.lines("a\nb", 20)).as("a short text with a line break").isEqualTo(2);
        assertThat(RowHeights.lines("a\n\nb", 20)).as("an empty line counts").isEqualTo(3);
    }

    @Test
    void aRowIsNeverTallerThanExcelAllows() {
        int lines = RowHeights.lines("word ".repeat(5000), 20);
        assertThat(RowHeights.points(lines)).isEqualTo(RowHeights.MAX);
    }
}
