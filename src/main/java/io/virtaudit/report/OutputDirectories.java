package io.virtaudit.report;

import io.virtaudit.input.InputException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The folders a run writes into: missing ones are created as {@code mkdir -p} would, and those a
 * run created are removed again when it fails, so that a failed run leaves nothing behind.
 */
final class OutputDirectories {

    /** The folders this run created, outermost first. */
    private final List<Path> created = new ArrayList<>();

    /**
     * Refuses a target that cannot be written as a file: a path on the way that exists and is not
     * a folder, or a target that exists and is not a regular file (a pipe, a device, a folder).
     */
    static void check(Path target) {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            throw new InputException(target.toString(), "", Files.isDirectory(absolute) ? "the output path is a directory"
                    : "the output path exists and is not a regular file (a pipe or a device?); give a file name");
        }
        for (Path dir = absolute.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir)) {
                return;
            }
            if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) || Files.exists(dir)) {
                throw new InputException(target.toString(), "", dir + " exists and is not a directory");
            }
        }
    }

    /** Creates the target's missing folders, outermost first. */
    void createFor(Path target) {
        check(target);
        List<Path> missing = new ArrayList<>();
        for (Path dir = target.toAbsolutePath().getParent(); dir != null && !Files.isDirectory(dir);
                dir = dir.getParent()) {
            missing.add(0, dir);
        }
        for (Path dir : missing) {
            try {
                Files.createDirectory(dir);
                created.add(dir);
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(dir)) {
                    throw new InputException(target.toString(), "", dir + " exists and is not a directory");
                }
            } catch (IOException e) {
                throw new InputException(target.toString(), "", "cannot create the output directory " + dir + ": "
                        + IoMessages.reason(e), e);
            }
        }
    }

    /** Removes the folders this run created, innermost first, as long as they are empty. */
    void removeCreated() {
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(created.get(i));
            } catch (IOException ignored) {
                // not empty (something else wrote there meanwhile) or gone: leave it
            }
        }
        created.clear();
    }
}
