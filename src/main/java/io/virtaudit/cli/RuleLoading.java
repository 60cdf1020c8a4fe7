package io.virtaudit.cli;

import io.virtaudit.concurrent.Uninterruptibles;
import io.virtaudit.engine.CompiledRules;
import io.virtaudit.engine.RunTimings;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rule packs compiled on a thread of their own while the inputs are parsed: on a 100,000-VM
 * estate the KieBase (0.7 s) costs nothing when there is a second core. Its errors come out when
 * the rules are first needed, as they would have in the foreground.
 */
final class RuleLoading {

    static final String PHASE = "load rules (KieBase)";

    /** The built-in pack, started as the process began ({@link #startEarly}), for the run to take once. */
    private static final AtomicReference<RuleLoading> EARLY = new AtomicReference<>();

    private final FutureTask<CompiledRules> task;
    private final boolean early;
    private volatile long nanos;

    /** Starts compiling {@code ruleDirs} on a thread of its own, {@code early} when before the command line was read. */
    private RuleLoading(List<Path> ruleDirs, boolean early) {
        this.early = early;
        this.task = new FutureTask<>(() -> {
            long t0 = System.nanoTime();
            try {
                return RulePacks.compile(ruleDirs);
            } finally {
                nanos = System.nanoTime() - t0;
            }
        });
        Thread thread = new Thread(task, "virtaudit-rules");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Starts compiling the built-in pack before the command line is read, when it is a check or a
     * diff without {@code --rules} (or an {@code @file} that might hold one): picocli takes 0.2 s
     * to read it, on one core, and the pack is what such a run needs first.
     */
    static void startEarly(List<String> args) {
        if (!args.isEmpty() && (args.get(0).equals("check") || args.get(0).equals("diff"))
                && args.stream().noneMatch(a -> a.startsWith("--rules") || a.startsWith("@"))) {
            EARLY.compareAndSet(null, new RuleLoading(List.of(), true));
        }
    }

    /** Compiling {@code ruleDirs}: the pack started early when it is the one wanted, else started now. */
    static RuleLoading of(List<Path> ruleDirs) {
        RuleLoading early = EARLY.getAndSet(null);
        return early != null && ruleDirs.isEmpty() ? early : new RuleLoading(ruleDirs, false);
    }

    /** Whether this loading began before the command line was read. */
    boolean early() {
        return early;
    }

    /** The compiled rules, waiting for them if need be; empty when they failed (the run reports why). */
    Optional<CompiledRules> quietly() {
        try {
            return Optional.of(Uninterruptibles.get(task));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The compiled rules, waiting for them if need be, their loading time recorded in
     * {@code timings}; a pack's error is thrown as it was raised.
     */
    CompiledRules rules(RunTimings timings) {
        try {
            return Uninterruptibles.get(task);
        } finally {
            timings.record(PHASE, nanos);
        }
    }
}
