package io.virtaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress line while phases overlap, as the reports do when written beside each other. */
class PhaseProgressTest {

    private final StringWriter err = new StringWriter();
    private final PhaseProgress progress = new PhaseProgress(new PrintWriter(err, true),
            System.nanoTime() - PhaseProgress.QUIET_NANOS - 1);

    @Test
    void showsThePhaseBegunLastThatIsStillGoing() {
        progress.started("write xlsx", -1);
        progress.started("write json", -1);
        progress.draw();
        assertThat(lastLine()).contains("write json");
        progress.finished("write json", 250_000_000L);
        assertThat(err.toString()).contains("write json").contains("0.3 s");
        progress.draw();
        assertThat(lastLine()).contains("write xlsx").doesNotContain("json");
        progress.finished("write xlsx", 1_000_000_000L);
        err.getBuffer().setLength(0);
        progress.draw();
        assertThat(err.toString()).as("nothing going on, nothing drawn").isEmpty();
    }

    @Test
    void aPhaseEndingFirstLeavesTheOneBegunBeforeItOnTheLine() {
        progress.started("write json", -1);
        progress.started("write xlsx", -1);
        progress.finished("write json", 100_000_000L);
        progress.draw();
        assertThat(lastLine()).contains("write xlsx");
    }

    @Test
    void quietForTheFirstTwoSeconds() {
        PhaseProgress fresh = new PhaseProgress(new PrintWriter(err, true), System.nanoTime());
        fresh.started("parse and cross-check", 1000);
        fresh.draw();
        assertThat(err.toString()).isEmpty();
    }

    private String lastLine() {
        String all = err.toString();
        return all.substring(all.lastIndexOf('\r') + 1);
    }
}
