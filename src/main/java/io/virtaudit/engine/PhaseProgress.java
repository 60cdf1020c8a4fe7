package io.virtaudit.engine;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The progress line of a long run on an interactive terminal: quiet for the first two seconds,
 * then the current phase with its elapsed time, a bar while the inputs are parsed (from the bytes
 * the process has read) and the megabytes written while reports are written. Finished phases stay
 * on screen one per line; while phases overlap (reports written beside each other) the line shows
 * the one begun last that is still going. Never used when standard error is redirected or in CI.
 */
public final class PhaseProgress implements RunTimings.Listener {

    /** A run shorter than this shows nothing. */
    static final long QUIET_NANOS = 2_000_000_000L;
    private static final long TICK_MILLIS = 200;
    private static final int BAR = 24;
    private static final Path PROC_IO = Path.of("/proc/self/io");

    private final PrintWriter err;
    private final long start;
    /** The phases going on, in the order they began. */
    private final List<Active> active = new ArrayList<>();
    private boolean shown;

    private record Active(String name, long start, long expectedBytes, long readAtStart, long writtenAtStart) {
    }

    /** A progress line on {@code err} for a run begun at {@code start} ({@link System#nanoTime}). */
    PhaseProgress(PrintWriter err, long start) {
        this.err = err;
        this.start = start;
    }

    /** A progress line on {@code err} when the terminal is interactive; otherwise a silent listener. */
    public static RunTimings timings(PrintWriter err) {
        if (!interactive()) {
            return RunTimings.recording();
        }
        PhaseProgress progress = new PhaseProgress(err, System.nanoTime());
        Thread ticker = new Thread(progress::tick, "virtaudit-progress");
        ticker.setDaemon(true);
        ticker.start();
        return RunTimings.reportingTo(progress);
    }

    /** A console, standard error on a terminal, and not CI. */
    public static boolean interactive() {
        if ("true".equalsIgnoreCase(System.getenv("CI")) || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        return System.console() != null && stderrIsTerminal();
    }

    private static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return true;
        }
    }

    @Override
    public synchronized void started(String name, long expected) {
        long[] io = io();
        active.add(new Active(name, System.nanoTime(), expected, io[0], io[1]));
    }

    @Override
    public synchronized void finished(String name, long nanos) {
        if (shown) {
            err.print("\r\033[K" + String.format(Locale.ROOT, "virtaudit: %-22s %6.1f s%n", name, nanos / 1e9));
            err.flush();
        }
        active.removeIf(a -> a.name().equals(name));
    }

    private void tick() {
        while (true) {
            try {
                Thread.sleep(TICK_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            draw();
        }
    }

    synchronized void draw() {
        if (active.isEmpty() || System.nanoTime() - start < QUIET_NANOS) {
            return;
        }
        shown = true;
        Active current = active.get(active.size() - 1);
        String phase = current.name();
        double seconds = (System.nanoTime() - current.start()) / 1e9;
        long[] io = io();
        String detail = "";
        if (current.expectedBytes() > 0 && io[0] >= 0) {
            double done = Math.min(1.0, (io[0] - current.readAtStart()) / (double) current.expectedBytes());
            int filled = (int) Math.round(done * BAR);
            detail = "[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + Math.round(done * 100) + " %";
        } else if (phase.startsWith("write") && io[1] >= 0) {
            detail = String.format(Locale.ROOT, "%.1f MB written", (io[1] - current.writtenAtStart()) / 1e6);
        }
        err.print("\r\033[K" + String.format(Locale.ROOT, "virtaudit: %-22s %6.1f s  %s", phase, seconds, detail));
        err.flush();
    }

    /** Bytes read and written by the process so far (Linux), or -1 where the system does not say. */
    private static long[] io() {
        long[] out = {-1, -1};
        try {
            List<String> lines = Files.readAllLines(PROC_IO);
            for (String line : lines) {
                if (line.startsWith("rchar:")) {
                    out[0] = Long.parseLong(line.substring(6).strip());
                } else if (line.startsWith("wchar:")) {
                    out[1] = Long.parseLong(line.substring(6).strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            return out;
        }
        return out;
    }
}
