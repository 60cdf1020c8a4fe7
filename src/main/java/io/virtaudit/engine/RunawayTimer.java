package io.virtaudit.engine;

import java.time.Duration;
import org.kie.api.runtime.KieSession;

/**
 * Halts a session whose rules fire past the evaluation's time limit. Drools stops between two
 * firings when halted from another thread, so a rule that re-fires itself ends at the limit; the
 * evaluation then reports it instead of running on.
 */
final class RunawayTimer {

    private final Thread thread;
    private boolean cancelled;
    private boolean expired;

    private RunawayTimer(KieSession session, Duration limit) {
        this.thread = new Thread(() -> {
            try {
                Thread.sleep(Math.max(1, limit.toMillis()));
                synchronized (this) {
                    if (!cancelled) {
                        expired = true;
                        session.halt();
                    }
                }
            } catch (InterruptedException e) {
                // cancelled: the rules finished in time
            }
        }, "virtaudit-evaluation-limit");
        thread.setDaemon(true);
    }

    static RunawayTimer start(KieSession session, Duration limit) {
        RunawayTimer timer = new RunawayTimer(session, limit);
        timer.thread.start();
        return timer;
    }

    /** Called when the rules returned: from then on the timer halts nothing. */
    synchronized void cancel() {
        cancelled = true;
        thread.interrupt();
    }

    synchronized boolean expired() {
        return expired;
    }
}
