package io.virtaudit.report;

import io.virtaudit.concurrent.Uninterruptibles;
import io.virtaudit.input.InputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.FutureTask;

/**
 * Writes reports to temporary files beside their targets and moves them into place only once all
 * are complete, so a failed run leaves no half-written report and replaces no existing one.
 * Missing output directories are created as {@code mkdir -p} would, and removed again when the
 * run fails, so a failed run leaves nothing behind ({@link OutputDirectories}, {@link PartFiles},
 * {@link Replacement}).
 */
public final class ReportFiles {

    /** What goes into one file, written to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** One file to write: its content and its target. */
    public record Output(Content content, Path target) {

        /** A report rendered by a reporter. */
        public static Output of(Reporter reporter, Report report, Path target) {
            return new Output(out -> reporter.write(report, out), target);
        }
    }

    private ReportFiles() {
    }

    /**
     * Writes every output, or none. The first is rendered on this thread and the others, in order,
     * on one thread beside it: a report's writer is mostly one thread, so the JSON is written
     * beside the workbook (docs/performance.md, item 27). When one fails, the other is still
     * awaited, so that no part file is left behind, and the failure of the first output in the
     * list is the one thrown.
     */
    public static void writeAll(List<Output> outputs) {
        writeAll(outputs, Replacement.RENAME);
    }

    /** {@link #writeAll(List)} with the move of each finished report given (tests fail one on purpose). */
    static void writeAll(List<Output> outputs, Replacement.Move move) {
        List<Path> parts = new ArrayList<>(Collections.nCopies(outputs.size(), null));
        OutputDirectories directories = new OutputDirectories();
        boolean written = false;
        try {
            outputs.forEach(output -> directories.createFor(output.target()));
            renderAll(outputs, parts);
            Replacement.replaceAll(parts, outputs.stream().map(Output::target).toList(), move);
            written = true;
        } finally {
            parts.stream().filter(part -> part != null).forEach(PartFiles::delete);
            if (!written) {
                directories.removeCreated();
            }
        }
    }

    /**
     * Refuses an output that cannot be written, before a run does its work: a path on the way that
     * exists and is not a directory, or a target that is a folder, a pipe or a device.
     */
    public static void checkDirectory(Path target) {
        OutputDirectories.check(target);
    }

    private static void renderAll(List<Output> outputs, List<Path> temps) {
        if (outputs.size() < 2) {
            for (int i = 0; i < outputs.size(); i++) {
                temps.set(i, render(outputs.get(i)));
            }
            return;
        }
        FutureTask<Void> others = new FutureTask<>(() -> {
            for (int i = 1; i < outputs.size(); i++) {
                temps.set(i, render(outputs.get(i)));
            }
            return null;
        });
        Thread thread = new Thread(others, "virtaudit-reports");
        thread.setDaemon(true);
        thread.start();
        Throwable failure = null;
        try {
            temps.set(0, render(outputs.get(0)));
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        try {
            Uninterruptibles.get(others);
        } catch (RuntimeException | Error e) {
            failure = failure == null ? e : failure;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    private static Path render(Output output) {
        Path target = output.target();
        Path part;
        try {
            part = PartFiles.create(target);
            PartFiles.takePermissionsOf(part, target.toAbsolutePath());
        } catch (IOException e) {
            throw new InputException(target.toString(), "", "cannot write to the output directory: "
                    + IoMessages.reason(e), e);
        }
        // no CREATE: a part the shutdown hook has deleted (SIGTERM while this thread runs on) must
        // not be made again, or it would outlive the process
        try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            output.content().writeTo(out);
            return part;
        } catch (IOException | RuntimeException e) {
            PartFiles.delete(part);
            if (e instanceof InputException ie) {
                throw ie;
            }
            if (e instanceof IOException io) {
                throw new InputException(target.toString(), "", "cannot write the report: " + IoMessages.reason(io), e);
            }
            throw (RuntimeException) e;
        }
    }
}
