package io.virtaudit.cli;

import io.virtaudit.engine.CompiledRules;
import io.virtaudit.engine.DroolsRuleEngine;
import io.virtaudit.engine.EvaluationLimits;
import io.virtaudit.engine.Evaluation;
import io.virtaudit.engine.RunTimings;
import io.virtaudit.report.Report;
import io.virtaudit.report.ReportAssembler;
import io.virtaudit.generate.EstateGenerator;
import io.virtaudit.model.Estate;
import io.virtaudit.report.Reporter;
import io.virtaudit.rules.Policy;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A check of a small generated estate, run and thrown away on the second core while a large
 * estate is parsed on the first, which leaves the second idle once the rules are loaded. By the
 * time the real estate reaches them, Drools has compiled the rules' constraints to bytecode (it
 * does so for a constraint after its twentieth evaluation, and interprets it until then), the JIT
 * has compiled the paths of the engine and of the reporters, and their classes are loaded. On
 * 100,000 VMs this takes about a third off {@code fire rules} and 0.5-0.9 s off the whole check.
 *
 * <p>It touches nothing of the run: its own estate, sessions and reporter instances, its reports
 * written to nowhere, its failures swallowed. It generates and parses its estate while the rules
 * load (waiting for the rules first was 0.2-0.4 s slower in alternated runs), and gives up at the
 * first stage the run has already reached, where warming up would only compete with the run.
 * The system property {@value #SWITCH} or the environment variable {@value #ENVIRONMENT} turns it
 * {@code off}, or {@code on} whatever the input's size; the default, {@code auto}, runs it for
 * inputs of at least {@link #MIN_INPUT_BYTES} when the machine has a second core.
 */
final class WarmUp {

    /** Where the run is; the warm-up skips what the run has begun. */
    enum Stage { PARSING, EVALUATING, WRITING }

    static final String SWITCH = "virtaudit.warmUp";
    static final String ENVIRONMENT = "VIRTAUDIT_WARM_UP";
    /** Below this the parse (about 0.5 s for 10,000 VMs, 7.8 MB) ends before a warm-up could. */
    static final long MIN_INPUT_BYTES = 16L << 20;
    /**
     * VMs of the generated estate: every rule of the built-in pack fires on it, and enough rows
     * reach the reporters for their loops to be compiled. On 100,000 VMs, medians of five
     * alternated runs: 200 VMs 8.07 s, 600 7.89 s, 1,500 7.20 s (6.97 s in a second series),
     * 3,000 7.24 s, 6,000 7.09 s.
     */
    static final int VMS = 1500;
    private static final long SEED = 7;
    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);

    private final Supplier<Optional<CompiledRules>> rules;
    private final List<Reporter> reporters;
    private final Clock clock;
    private final List<String> done = Collections.synchronizedList(new ArrayList<>());
    private volatile Stage reached = Stage.PARSING;
    private Thread thread;

    private WarmUp(Supplier<Optional<CompiledRules>> rules, List<Reporter> reporters, Clock clock) {
        this.rules = rules;
        this.reporters = reporters;
        this.clock = clock;
    }

    /**
     * Starts a warm-up when it can pay: see the class comment.
     *
     * @param setting   {@code on}, {@code off} or {@code auto} (the value of {@value #SWITCH})
     * @param rules     the run's rules once they are loaded, empty when they failed
     * @param reporters fresh reporters of the formats the run writes, for the warm-up alone
     */
    static WarmUp startIfWorthIt(String setting, long inputBytes, Supplier<Optional<CompiledRules>> rules,
                                 Supplier<List<Reporter>> reporters, Clock clock) {
        if (!worthIt(setting, inputBytes, Runtime.getRuntime().availableProcessors())) {
            return new WarmUp(rules, List.of(), clock);
        }
        WarmUp warmUp = new WarmUp(rules, reporters.get(), clock);
        warmUp.thread = new Thread(warmUp::run, "virtaudit-warm-up");
        warmUp.thread.setDaemon(true);
        warmUp.thread.setUncaughtExceptionHandler((t, e) -> LOG.debug("the warm-up failed", e));
        warmUp.thread.start();
        return warmUp;
    }

    /** {@code on}, {@code off} or {@code auto}: the system property, else the environment's {@value #ENVIRONMENT}. */
    static String setting() {
        String environment = System.getenv(ENVIRONMENT);
        return System.getProperty(SWITCH, environment == null ? "auto" : environment);
    }

    static boolean worthIt(String setting, long inputBytes, int processors) {
        return switch (setting.strip().toLowerCase(Locale.ROOT)) {
            case "on", "true" -> true;
            case "off", "false" -> false;
            default -> processors > 1 && inputBytes >= MIN_INPUT_BYTES;
        };
    }

    /** The run has reached {@code stage}: the warm-up does not start it or any before it. */
    void reached(Stage stage) {
        if (stage.compareTo(reached) > 0) {
            reached = stage;
        }
    }

    /** Whether a warm-up thread was started. */
    boolean started() {
        return thread != null;
    }

    /** Waits for the warm-up to end (for tests); the stages it completed, in order. */
    List<String> awaitDone(long millis) throws InterruptedException {
        if (thread != null) {
            thread.join(millis);
        }
        return List.copyOf(done);
    }

    private void run() {
        Path file = null;
        try {
            file = Files.createTempFile("virtaudit-warm-up", ".json");
            file.toFile().deleteOnExit();
            new EstateGenerator(VMS, SEED).write(file);
            Estate estate = new Inputs(clock).load(List.of(file));
            done.add("parse");
            Optional<CompiledRules> compiled = rules.get();
            if (compiled.isEmpty() || reached != Stage.PARSING) {
                return;
            }
            Evaluation evaluation = new DroolsRuleEngine(compiled.get(), Policy.defaults(), EvaluationLimits.DEFAULT,
                    RunTimings.recording()).evaluate(estate);
            done.add("evaluate");
            Report report = ReportAssembler.assemble(Version.current(), List.of(), estate,
                    evaluation.rulesEvaluated(), evaluation.findings(),
                    ReportAssembler.Workflow.plain(LocalDate.now(clock)));
            for (Reporter reporter : reporters) {
                if (reached == Stage.WRITING) {
                    return;
                }
                reporter.write(report, OutputStream.nullOutputStream());
                done.add("write " + reporter.format());
            }
        } catch (IOException | RuntimeException | LinkageError | StackOverflowError e) {
            LOG.debug("the warm-up stopped; the run goes on without it", e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.debug("cannot delete {}", file, e);
                }
            }
        }
    }
}
