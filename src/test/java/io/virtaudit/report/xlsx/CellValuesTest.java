package io.virtaudit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.model.PowerState;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How report values read in a cell. */
class CellValuesTest {

    @Test
    void listsJoinWithSemicolonsKeepingEmptyItems() {
        assertThat(CellValues.text(List.of("ds-01", "ds-02"))).isEqualTo("ds-01; ds-02");
        assertThat(CellValues.text(Arrays.asList("a", "", null, "b"))).isEqualTo("a; ; null; b");
        assertThat(CellValues.text(List.of(List.of(true, false), PowerState.ON))).isEqualTo("yes; no; on");
        assertThat(CellValues.text(List.of())).isEmpty();
    }

    @Test
    void mapsJoinAsPairs() {
        Map<String, Object> pairs = new LinkedHashMap<>();
        pairs.put("a", 1);
        pairs.put("b", null);
        assertThat(CellValues.text(pairs)).isEqualTo("a=1; b=");
    }

    @Test
    void anEmptyListLeavesTheCellBlank() {
        assertThat(CellValues.content(List.of())).isNull();
        assertThat(CellValues.content(List.of("x"))).isEqualTo("x");
    }
}
