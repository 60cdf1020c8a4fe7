package io.virtaudit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
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

    /** Counting without cutting the text up gives what cutting it at line breaks and spaces gives. */
    @Property(tries = 2000)
    void countsAsSplittingTheTextWould(@ForAll @StringLength(max = 200) @CharRange(from = 'a', to = 'c')
            @CharRange(from = ' ', to = ' ') @CharRange(from = '\n', to = '\n') String text,
            @ForAll @IntRange(min = 1, max = 40) int width) {
        assertThat(RowHeights.lines(text, width)).isEqualTo(bySplitting(text, width));
    }

    /** The count as the first version made it, with {@code String.split}. */
    private static int bySplitting(String text, int width) {
        int perLine = Math.max(4, (int) Math.floor(Math.max(1, width - 1) * 1.2));
        if (text.length() <= perLine && text.indexOf('\n') < 0) {
            return 1;
        }
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int wrapped;
            if (paragraph.length() <= perLine) {
                wrapped = paragraph.isEmpty() ? 0 : 1;
            } else {
                wrapped = 1;
                int used = 0;
                for (String word : paragraph.split(" ")) {
                    int length = word.length();
                    if (used > 0 && used + 1 + length > perLine) {
                        wrapped++;
                        used = 0;
                    }
                    while (length > perLine) {
                        wrapped++;
                        length -= perLine;
                    }
                    used += (used > 0 ? 1 : 0) + length;
                    if (wrapped * RowHeights.LINE > RowHeights.MAX) {
                        break;
                    }
                }
            }
            lines += Math.max(1, wrapped);
            if (lines * RowHeights.LINE > RowHeights.MAX) {
                break;
            }
        }
        return lines;
    }
}
