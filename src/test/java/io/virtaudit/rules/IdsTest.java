package io.virtaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ids as findings list them. */
class IdsTest {

    @Test
    void eachOnceSorted() {
        assertThat(Ids.sorted(List.of("h3", "h1", "h3", "h10"))).containsExactly("h1", "h10", "h3");
        assertThat(Ids.sorted(List.of(120, 20, 120))).containsExactly(20, 120);
        assertThat(Ids.sorted(List.of())).isEmpty();
    }
}
