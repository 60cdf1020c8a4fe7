package io.virtaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** DAT-001 names the first objects with a gap and says when there are more. */
class DataGapTest {

    @Test
    void moreWhenTheGapIsWiderThanTheNamedIds() {
        assertThat(new DataGap("vm", "vm.tools", 3, 10, List.of("a", "b", "c")).more()).isFalse();
        assertThat(new DataGap("vm", "vm.tools", 4, 10, List.of("a", "b", "c")).more()).isTrue();
    }
}
