package io.virtaudit.engine;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The phases of one run and how long each took: printed by {@code check --timings} for the
 * benchmark, and followed by the progress line on an interactive terminal.
 */
public final class RunTimings {

    /** Told when a phase starts and ends (the progress line). */
    public interface Listener {
        void started(String phase, long expectedBytes);

        void finished(String phase, long nanos);
    }

    /** One finished phase. */
    public record Phase(String name, long nanos) {
        public long millis() {
            return Math.round(nanos / 1e6);
        }
    }

    private static final Listener SILENT = new Listener() {
        @Override
        public void started(String phase, long expectedBytes) {
        }

        @Override
        public void finished(String phase, long nanos) {
        }
    };

    /** The time of a phase {@link #expect expected} and not run yet. */
    private static final long EXPECTED = -1;
    private final List<Phase> phases = new ArrayList<>();
    private final Listener listener;
    private final long start = System.nanoTime();

    private RunTimings(Listener listener) {
        this.listener = listener;
    }

    /** Records phases and tells nobody. */
    public static RunTimings recording() {
        return new RunTimings(SILENT);
    }

    /** Records phases and tells the listener. */
    public static RunTimings reportingTo(Listener listener) {
        return new RunTimings(listener);
    }

    /** Runs one phase and records its time, also when it fails. */
    public <T> T time(String phase, Supplier<T> work) {
        return time(phase, -1, work);
    }

    /** Runs one phase that reads about {@code expectedBytes} (for a progress bar); -1 when unknown. */
    public <T> T time(String phase, long expectedBytes, Supplier<T> work) {
        listener.started(phase, expectedBytes);
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            long nanos = System.nanoTime() - t0;
            synchronized (phases) {
                phases.add(new Phase(phase, nanos));
            }
            listener.finished(phase, nanos);
        }
    }

    /** Work that may fail with an {@link IOException}, such as writing a report. */
    @FunctionalInterface
    public interface Output {
        void write() throws IOException;
    }

    /**
     * Keeps the places of phases that will run beside each other, in this order, so that they are
     * listed the same way whichever ends first; a phase kept and never run is not listed.
     */
    public void expect(List<String> names) {
        synchronized (phases) {
            names.forEach(name -> phases.add(new Phase(name, EXPECTED)));
        }
    }

    /** Runs one phase that writes, recording its time; its {@link IOException} passes through. */
    public void write(String phase, Output work) throws IOException {
        listener.started(phase, -1);
        long t0 = System.nanoTime();
        try {
            work.write();
        } finally {
            long nanos = System.nanoTime() - t0;
            synchronized (phases) {
                int kept = phases.indexOf(new Phase(phase, EXPECTED));
                if (kept >= 0) {
                    phases.set(kept, new Phase(phase, nanos));
                } else {
                    phases.add(new Phase(phase, nanos));
                }
            }
            listener.finished(phase, nanos);
        }
    }

    /** Records a phase that ran elsewhere (on another thread, beside the others), without telling the listener. */
    public void record(String phase, long nanos) {
        synchronized (phases) {
            phases.add(new Phase(phase, nanos));
        }
    }

    public void run(String phase, Runnable work) {
        time(phase, () -> {
            work.run();
            return null;
        });
    }

    public List<Phase> phases() {
        synchronized (phases) {
            return phases.stream().filter(p -> p.nanos() != EXPECTED).toList();
        }
    }

    /** Nanoseconds since this recorder was made, the start of the run. */
    public long elapsed() {
        return System.nanoTime() - start;
    }

    /** One line per phase, then the total, in a form the benchmark script reads. */
    public void print(PrintWriter out) {
        for (Phase phase : phases()) {
            out.println(String.format(Locale.ROOT, "timing %-22s %8d ms", phase.name(), phase.millis()));
        }
        out.println(String.format(Locale.ROOT, "timing %-22s %8d ms", "total", Math.round(elapsed() / 1e6)));
        out.flush();
    }
}
