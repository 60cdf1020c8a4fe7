package io.virtaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.TestEstates;
import io.virtaudit.engine.CompiledRules;
import io.virtaudit.engine.RuleCompiler;
import io.virtaudit.engine.RulePackReader;
import io.virtaudit.report.Reporter;
import io.virtaudit.report.Reporters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarmUpTest {

    private static final long MINUTE = 60_000;

    @TempDir
    Path dir;

    @Test
    void autoWarmsUpForLargeInputsOnSeveralCoresOnly() {
        assertThat(WarmUp.worthIt("auto", WarmUp.MIN_INPUT_BYTES, 2)).isTrue();
        assertThat(WarmUp.worthIt("auto", WarmUp.MIN_INPUT_BYTES - 1, 2)).isFalse();
        assertThat(WarmUp.worthIt("auto", WarmUp.MIN_INPUT_BYTES * 10, 1)).isFalse();
        assertThat(WarmUp.worthIt("anything else", WarmUp.MIN_INPUT_BYTES, 2)).isTrue();
    }

    @Test
    void onAndOffOverrideTheSize() {
        assertThat(WarmUp.worthIt("on", 0, 1)).isTrue();
        assertThat(WarmUp.worthIt(" TRUE ", 0, 2)).isTrue();
        assertThat(WarmUp.worthIt("off", Long.MAX_VALUE, 2)).isFalse();
        assertThat(WarmUp.worthIt("false", Long.MAX_VALUE, 2)).isFalse();
    }

    @Test
    void theSystemPropertyGivesTheSetting() {
        String before = System.getProperty(WarmUp.SWITCH);
        try {
            System.setProperty(WarmUp.SWITCH, "off");
            assertThat(WarmUp.setting()).isEqualTo("off");
            System.clearProperty(WarmUp.SWITCH);
            assertThat(WarmUp.setting()).isEqualTo(System.getenv().getOrDefault(WarmUp.ENVIRONMENT, "auto"));
        } finally {
            if (before != null) {
                System.setProperty(WarmUp.SWITCH, before);
            }
        }
    }

    @Test
    void smallInputsStartNoThread() {
        WarmUp warmUp = WarmUp.startIfWorthIt("auto", 1000, Optional::empty, List::of, TestEstates.CLOCK);
        assertThat(warmUp.started()).isFalse();
    }

    @Test
    void aWarmUpRunsEveryStageAndLeavesNoFileBehind() throws Exception {
        List<Path> before = warmUpFiles();
        WarmUp warmUp = WarmUp.startIfWorthIt("on", 0, WarmUpTest::builtIn, reporters("json", "xlsx"),
                TestEstates.CLOCK);

        assertThat(warmUp.started()).isTrue();
        assertThat(warmUp.awaitDone(MINUTE)).containsExactly("parse", "evaluate", "write json", "write xlsx");
        assertThat(warmUpFiles()).isEqualTo(before);
    }

    @Test
    void itDoesNothingOnceTheRunEvaluates() throws Exception {
        CountDownLatch runEvaluates = new CountDownLatch(1);
        AtomicReference<WarmUp> started = new AtomicReference<>();
        AtomicBoolean asked = new AtomicBoolean();
        Supplier<Optional<CompiledRules>> rules = () -> {
            asked.set(true);
            try {
                runEvaluates.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return builtIn();
        };
        started.set(WarmUp.startIfWorthIt("on", 0, rules, reporters("json"), TestEstates.CLOCK));
        started.get().reached(WarmUp.Stage.EVALUATING);
        runEvaluates.countDown();

        assertThat(started.get().awaitDone(MINUTE)).containsExactly("parse");
        assertThat(asked).isTrue();
    }

    @Test
    void rulesThatFailedStopItQuietly() throws Exception {
        AtomicBoolean asked = new AtomicBoolean();
        WarmUp warmUp = WarmUp.startIfWorthIt("on", 0, () -> {
            asked.set(true);
            return Optional.empty();
        }, reporters("json"), TestEstates.CLOCK);

        assertThat(warmUp.awaitDone(MINUTE)).containsExactly("parse");
        assertThat(asked).isTrue();
    }

    @Test
    void theRunWritesTheSameReportsWithAndWithoutIt() throws IOException {
        Path estate = Path.of("sample-data/acme-estate.yaml");
        Path on = dir.resolve("on");
        Path off = dir.resolve("off");
        check(estate, on, "on");
        check(estate, off, "off");

        for (String report : List.of("virtaudit-report.json", "virtaudit-report.xlsx")) {
            assertThat(Files.readAllBytes(on.resolve(report))).as(report)
                    .isEqualTo(Files.readAllBytes(off.resolve(report)));
        }
    }

    private static void check(Path estate, Path out, String warmUp) throws IOException {
        Files.createDirectories(out);
        String before = System.getProperty(WarmUp.SWITCH);
        System.setProperty(WarmUp.SWITCH, warmUp);
        try {
            CliRun run = CliRun.of("check", estate.toString(), "--format", "json,xlsx", "--output-dir", out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
        } finally {
            if (before == null) {
                System.clearProperty(WarmUp.SWITCH);
            } else {
                System.setProperty(WarmUp.SWITCH, before);
            }
        }
    }

    private static Optional<CompiledRules> builtIn() {
        return Optional.of(RuleCompiler.compile(List.of(RulePackReader.builtIn())));
    }

    private static Supplier<List<Reporter>> reporters(String... formats) {
        return () -> Stream.of(formats).map(f -> Reporters.forFormat(f, null).orElseThrow()).toList();
    }

    private static List<Path> warmUpFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("virtaudit-warm-up")).sorted().toList();
        }
    }
}
