package io.virtaudit.report;

import io.virtaudit.concurrent.Uninterruptibles;
import io.virtaudit.finding.Report;
import io.virtaudit.importer.InputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.FutureTask;

/**
 * Writes reports to temporary files beside their targets and moves them into place only once all
 * are complete, so a failed run leaves no half-written report and replaces no existing one.
 * Missing output directories are created as {@code mkdir -p} would, and removed again when the
 * run fails, so a failed run leaves nothing behind.
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
     * on one thread beside it: a report's writer is mostly one thread, and at 100,000 VMs writing
     * the JSON beside the workbook took 0.25-0.4 s off the check (medians of six and eight
     * alternated runs). When one fails, the other is still awaited, so that no temporary file is
     * left behind, and the failure of the first output in the list is the one thrown.
     */
    public static void writeAll(List<Output> outputs) {
        List<Path> temps = new ArrayList<>(Collections.nCopies(outputs.size(), null));
        List<Path> created = new ArrayList<>();
        boolean written = false;
        try {
            for (Output output : outputs) {
                created.addAll(createDirectories(output.target()));
            }
            renderAll(outputs, temps);
            for (int i = 0; i < outputs.size(); i++) {
                moveIntoPlace(temps.get(i), outputs.get(i).target());
            }
            written = true;
        } finally {
            for (Path temp : temps) {
                try {
                    if (temp != null) {
                        Files.deleteIfExists(temp);
                    }
                } catch (IOException ignored) {
                    // already moved into place, or gone
                }
            }
            if (!written) {
                removeEmpty(created);
            }
        }
    }

    /**
     * Refuses an output whose directory cannot be made: a path on the way that exists and is not a
     * directory. Called before a run does its work, so such a mistake costs nothing.
     */
    public static void checkDirectory(Path target) {
        for (Path dir = target.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir)) {
                return;
            }
            if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) || Files.exists(dir)) {
                throw new InputException(target.toString(), "", dir + " exists and is not a directory");
            }
        }
    }

    /** Creates the target's missing directories, outermost first; returns those it created, in that order. */
    private static List<Path> createDirectories(Path target) {
        checkDirectory(target);
        List<Path> missing = new ArrayList<>();
        for (Path dir = target.toAbsolutePath().getParent(); dir != null && !Files.isDirectory(dir);
                dir = dir.getParent()) {
            missing.add(0, dir);
        }
        List<Path> created = new ArrayList<>();
        for (Path dir : missing) {
            try {
                Files.createDirectory(dir);
                created.add(dir);
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(dir)) {
                    removeEmpty(created);
                    throw new InputException(target.toString(), "", dir + " exists and is not a directory");
                }
            } catch (IOException e) {
                removeEmpty(created);
                throw new InputException(target.toString(), "", "cannot create the output directory " + dir + " ("
                        + e.getClass().getSimpleName() + ")", e);
            }
        }
        return created;
    }

    /** Removes directories this run created, innermost first, as long as they are empty. */
    private static void removeEmpty(List<Path> created) {
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(created.get(i));
            } catch (IOException ignored) {
                // not empty (something else wrote there meanwhile) or gone: leave it
            }
        }
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
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new InputException(target.toString(), "", "the output path is a directory");
        }
        Path temp;
        try {
            temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".part");
        } catch (IOException e) {
            throw new InputException(target.toString(), "", "cannot write to the output directory ("
                    + e.getClass().getSimpleName() + ")", e);
        }
        try (OutputStream out = Files.newOutputStream(temp)) {
            output.content().writeTo(out);
            return temp;
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // best effort
            }
            if (e instanceof InputException ie) {
                throw ie;
            }
            if (e instanceof IOException) {
                throw new InputException(target.toString(), "", "cannot write the report: " + e.getMessage(), e);
            }
            throw (RuntimeException) e;
        }
    }

    private static void moveIntoPlace(Path temp, Path target) {
        Path absolute = target.toAbsolutePath();
        try {
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new InputException(target.toString(), "", "cannot move the report into place: " + e.getMessage(), e);
        }
    }
}
