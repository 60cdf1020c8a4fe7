package io.virtaudit.audit;

import io.virtaudit.concurrent.Uninterruptibles;
import io.virtaudit.engine.CompiledRules;
import io.virtaudit.engine.RuleCompiler;
import io.virtaudit.engine.RunTimings;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.FutureTask;

/**
 * The rule packs compiled on a thread of their own while the inputs are parsed, so that building
 * the KieBase costs nothing when there is a second core (docs/performance.md, item 2). Its errors come out when
 * the rules are first needed, as they would have in the foreground.
 */
final class RuleLoading {

    static final String PHASE = "load rules (KieBase)";

    private final FutureTask<CompiledRules> task;
    private volatile long nanos;

    /** Starts compiling {@code ruleDirs} on a thread of its own. */
    private RuleLoading(List<Path> ruleDirs) {
        this.task = new FutureTask<>(() -> {
            long t0 = System.nanoTime();
            try {
                return RuleCompiler.builtInAnd(ruleDirs);
            } finally {
                nanos = System.nanoTime() - t0;
            }
        });
        Thread thread = new Thread(task, "virtaudit-rules");
        thread.setDaemon(true);
        thread.start();
    }

    /** Compiling {@code ruleDirs}, started now. */
    static RuleLoading of(List<Path> ruleDirs) {
        return new RuleLoading(ruleDirs);
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
