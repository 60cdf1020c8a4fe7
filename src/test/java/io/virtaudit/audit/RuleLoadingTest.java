package io.virtaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.virtaudit.engine.RunTimings;
import io.virtaudit.input.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packs compile on a thread of their own while the inputs are parsed; the run gets them, with
 * their loading time, or the pack's error as it was raised.
 */
class RuleLoadingTest {

    @Test
    void theBuiltInPackLoadsAndItsTimeIsRecorded() {
        RunTimings timings = RunTimings.recording();
        assertThat(RuleLoading.of(List.of()).rules(timings).rules()).hasSizeGreaterThan(60);
        assertThat(timings.phases()).extracting(RunTimings.Phase::name).contains(RuleLoading.PHASE);
    }

    @Test
    void aBrokenPackThrowsItsErrorWhenTheRulesAreNeeded(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.drl"), "package site\nrule \"no end\"\nwhen\nthen\n");
        RuleLoading loading = RuleLoading.of(List.of(dir));
        assertThatThrownBy(() -> loading.rules(RunTimings.recording())).isInstanceOf(InputException.class)
                .hasMessageContaining("broken.drl");
    }
}
