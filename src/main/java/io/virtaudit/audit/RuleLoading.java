package io.virtaudit.audit;

import io.virtaudit.concurrent.Uninterruptibles;
import io.virtaudit.engine.CompiledRules;
import io.virtaudit.engine.RuleCompiler;
import io.virtaudit.engine.RulePack;
import io.virtaudit.engine.RulePackReader;
import io.virtaudit.engine.RunTimings;
import io.virtaudit.input.InputNames;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.FutureTask;

/**
 * The rule packs compiled on a thread of their own while the inputs are parsed: on a 100,000-VM
 * estate the KieBase (0.7 s) costs nothing when there is a second core. Its errors come out when
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
                return compile(ruleDirs);
            } finally {
                nanos = System.nanoTime() - t0;
            }
        });
        Thread thread = new Thread(task, "virtaudit-rules");
        thread.setDaemon(true);
        thread.start();
    }

    /** The built-in pack plus the extra pack folders, compiled into one KieBase. */
    private static CompiledRules compile(List<Path> extraDirs) {
        List<RulePack> packs = new ArrayList<>();
        packs.add(RulePackReader.builtIn());
        for (Path dir : extraDirs) {
            packs.add(RulePackReader.directory(dir, InputNames.display(dir)));
        }
        return RuleCompiler.compile(packs);
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
