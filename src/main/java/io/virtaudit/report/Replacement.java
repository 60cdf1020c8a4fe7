package io.virtaudit.report;

import io.virtaudit.input.InputException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves a run's finished reports onto their targets all together or not at all: when one cannot
 * be moved into place, the reports already moved are taken back and the files they replaced put
 * back, so an existing report is never replaced unless every report of the run is.
 */
final class Replacement {

    /** One move of a finished part file onto its target. */
    @FunctionalInterface
    interface Move {
        void move(Path part, Path target) throws IOException;
    }

    /** A rename where the file system can do one atomically (it always can within one folder). */
    static final Move RENAME = (part, target) -> {
        try {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    };

    private Replacement() {
    }

    /** Moves {@code parts.get(i)} onto {@code targets.get(i)} for every i, or none of them. */
    static void replaceAll(List<Path> parts, List<Path> targets, Move move) {
        List<Path> kept = new ArrayList<>();
        int moved = 0;
        try {
            for (Path target : targets) {
                kept.add(Files.isRegularFile(target) ? PartFiles.keepCopy(target) : null);
            }
            for (int i = 0; i < parts.size(); i++) {
                move.move(parts.get(i), targets.get(i).toAbsolutePath());
                PartFiles.forget(parts.get(i));
                moved++;
            }
        } catch (IOException e) {
            Path failed = targets.get(Math.min(moved, targets.size() - 1));
            putBack(targets, kept, moved);
            throw new InputException(failed.toString(), "", "cannot move the report into place: " + IoMessages.reason(e)
                    + (moved > 0 ? "; the reports moved before it were taken back" : ""), e);
        } finally {
            kept.stream().filter(k -> k != null).forEach(PartFiles::delete);
        }
    }

    /** Takes back the first {@code moved} reports: the file each replaced goes back, or the new one goes. */
    private static void putBack(List<Path> targets, List<Path> kept, int moved) {
        for (int i = 0; i < moved; i++) {
            Path target = targets.get(i).toAbsolutePath();
            try {
                if (i < kept.size() && kept.get(i) != null) {
                    RENAME.move(kept.get(i), target);
                    PartFiles.forget(kept.get(i));
                } else {
                    Files.deleteIfExists(target);
                }
            } catch (IOException ignored) {
                // best effort: the error names the report that could not be moved
            }
        }
    }
}
