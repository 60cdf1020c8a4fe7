package io.virtaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.engine.RunTimings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in pack starts loading before the command line is read only for a check or a diff
 * that wants no other pack, and the run takes it once; any other run loads what it asks for.
 */
class RuleLoadingTest {

    @Test
    void aCheckWithTheBuiltInPackTakesTheLoadingStartedEarly() {
        RuleLoading.startEarly(List.of("check", "estate.yaml", "--format", "json"));
        RuleLoading loading = RuleLoading.of(List.of());
        assertThat(loading.early()).isTrue();
        assertThat(loading.rules(RunTimings.recording()).rules()).hasSizeGreaterThan(60);
        assertThat(RuleLoading.of(List.of()).early()).as("taken once").isFalse();

        RuleLoading.startEarly(List.of("diff", "now.yaml", "proposed.yaml"));
        assertThat(RuleLoading.of(List.of()).early()).isTrue();
    }

    @Test
    void otherRunsLoadWhatTheyAskFor() {
        for (List<String> args : List.of(List.of("validate", "estate.yaml"),
                List.of("check", "estate.yaml", "--rules", "packs/site"), List.of("check", "--rules=packs/site", "e.yaml"),
                List.of("check", "@args.txt"), List.of("generate", "--vms", "10"), List.<String>of())) {
            RuleLoading.startEarly(args);
            assertThat(RuleLoading.of(List.of()).early()).as(String.join(" ", args)).isFalse();
        }
        RuleLoading.startEarly(List.of("check", "estate.yaml"));
        assertThat(RuleLoading.of(List.of(Path.of("packs/site"))).early()).as("another pack asked for").isFalse();
        assertThat(RuleLoading.of(List.of()).early()).as("the early one is dropped").isFalse();
    }
}
