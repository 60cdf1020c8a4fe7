package io.virtaudit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.TestEstates;
import io.virtaudit.cli.Main;
import io.virtaudit.engine.PhaseProgress;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What bench/run.sh reads from {@code check --timings}: one line per phase, then the total. */
class BenchmarkPhasesTest {

    @TempDir
    Path dir;

    @Test
    void checkPrintsEveryPhaseOfTheBenchmark() throws IOException {
        Path estate = dir.resolve("estate.json");
        new EstateGenerator(300, 3).write(estate);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(TestEstates.CLOCK, new PrintWriter(out, true), new PrintWriter(err, true),
                "check", estate.toString(), "--format", "json,xlsx", "--output-dir", dir.toString(), "--timings");
        assertThat(code).as(err.toString()).isZero();
        List<String> phases = err.toString().lines().filter(l -> l.startsWith("timing "))
                .map(l -> l.substring("timing ".length()).replaceAll("\\s+\\d+ ms$", "").strip()).toList();
        // the rules compile beside the parse and are recorded when the parse is done
        assertThat(phases).containsExactly("parse and cross-check", "load rules (KieBase)", "derive facts",
                "insert facts", "fire rules", "sort findings", "assemble report", "write json", "write xlsx", "total");
    }

    @Test
    void withoutTheOptionNothingIsPrinted() throws IOException {
        Path estate = dir.resolve("estate.json");
        new EstateGenerator(50, 3).write(estate);
        StringWriter err = new StringWriter();
        Main.run(TestEstates.CLOCK, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "check", estate.toString());
        assertThat(err.toString()).doesNotContain("timing").doesNotContain("virtaudit:");
    }

    @Test
    void noProgressLineOutsideAnInteractiveTerminal() {
        assertThat(PhaseProgress.interactive()).as("tests run without a console").isFalse();
    }
}
