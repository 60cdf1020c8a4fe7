package io.virtaudit.model.derived;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.model.EstateInfo;
import io.virtaudit.model.SourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DAT-002's fact: the rows a source left out, counted per tab, the first few named. */
class SourceSkipsTest {

    private static EstateInfo.Source source(List<EstateInfo.SkippedRow> rows) {
        return new EstateInfo.Source("vc1", SourceKind.values()[0], null, null, null, "site-b.xlsx", rows);
    }

    @Test
    void aSourceThatSkippedNothingHasNoFact() {
        assertThat(SourceSkips.of(source(List.of()))).isNull();
    }

    @Test
    void countsPerTabAndTheFirstRowsInWords() {
        SourceSkips skips = SourceSkips.of(source(List.of(new EstateInfo.SkippedRow("vInfo!10", "no Host"),
                new EstateInfo.SkippedRow("vHost!3", "no name"), new EstateInfo.SkippedRow("vHost!4", "no name"))));
        assertThat(skips.byTab()).containsExactly(Map.entry("vInfo", 1), Map.entry("vHost", 2));
        assertThat(skips.rowsByTab()).isEqualTo("1 vInfo row, 2 vHost rows");
        assertThat(skips.firstRows()).isEqualTo("vInfo!10 no Host; vHost!3 no name; vHost!4 no name");
        assertThat(skips.more()).isFalse();
    }

    @Test
    void moreRowsThanNamed() {
        List<EstateInfo.SkippedRow> rows = new ArrayList<>();
        for (int i = 1; i <= SourceSkips.NAMED + 2; i++) {
            rows.add(new EstateInfo.SkippedRow("vms.csv:" + i, "no host"));
        }
        SourceSkips skips = SourceSkips.of(source(rows));
        assertThat(skips.first()).hasSize(SourceSkips.NAMED);
        assertThat(skips.more()).isTrue();
        assertThat(skips.rowsByTab()).isEqualTo("7 vms.csv rows");
    }
}
