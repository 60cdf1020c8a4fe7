package io.virtaudit.model.derived;

import static io.virtaudit.model.ModelFacts.hostWithNtp;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A host's NTP sources, and the hosts of a cluster grouped by them (TIM-002, TIM-003). */
class NtpSourceSetsTest {

    @Test
    void aHostsSourcesAreDistinctTrimmedLowerCasedAndSorted() {
        assertThat(hostWithNtp("h1", Arrays.asList(" NTP2.example ", "ntp1.example", "ntp2.EXAMPLE", "", null)).ntpSources())
                .containsExactly("ntp1.example", "ntp2.example");
        assertThat(hostWithNtp("h1", Arrays.asList(" NTP2.example ", "ntp2.example")).ntpSourceCount()).isEqualTo(1);
        assertThat(hostWithNtp("h1", null).ntpSources()).isEmpty();
    }

    @Test
    void hostsAreGroupedBySetSetsAndIdsSorted() {
        NtpSourceSets sets = NtpSourceSets.of(List.of(hostWithNtp("h3", List.of("b", "A")), hostWithNtp("h1", List.of("c")),
                hostWithNtp("h2", List.of("a", "b")), hostWithNtp("h4", List.of())));
        assertThat(sets.hostsBySet()).containsExactly(Map.entry("[]", List.of("h4")), Map.entry("[a, b]", List.of("h2", "h3")),
                Map.entry("[c]", List.of("h1")));
        assertThat(sets.describe()).isEqualTo("h4: []; h2, h3: [a, b]; h1: [c]");
    }
}
