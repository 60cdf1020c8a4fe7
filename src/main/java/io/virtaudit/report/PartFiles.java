package io.virtaudit.report;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hidden {@code .NAME.RANDOM.part} files a report is written to beside its target. They are
 * made with the permissions any new file of the user gets (the umask's), not the owner-only ones
 * of a temporary file, and take the permissions of the report they replace; those still on disk
 * when the process is stopped (SIGTERM, Ctrl-C) are deleted by a shutdown hook.
 */
final class PartFiles {

    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static final SecureRandom RANDOM = new SecureRandom();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(PartFiles::deleteLive, "virtaudit-part-files"));
    }

    private PartFiles() {
    }

    /** A new, empty part file beside {@code target}, made as the user's new files are. */
    static Path create(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        for (int attempt = 0; ; attempt++) {
            byte[] random = new byte[6];
            RANDOM.nextBytes(random);
            Path part = dir.resolve("." + name + "." + HexFormat.of().formatHex(random) + ".part");
            // registered before it exists, so that a signal between the two leaves nothing behind
            LIVE.add(part);
            try {
                Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return part;
            } catch (FileAlreadyExistsException e) {
                LIVE.remove(part);
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /**
     * A copy of an existing report beside it, to put back if a later report of the run cannot be
     * moved into place: a second hard link where the file system has them (instant, no space),
     * else a copy.
     */
    static Path keepCopy(Path target) throws IOException {
        Path copy = create(target);
        Files.delete(copy);
        try {
            Files.createLink(copy, target);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(target, copy, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
        return copy;
    }

    /** Gives the part file the permissions of the report it replaces, where there is one. */
    static void takePermissionsOf(Path part, Path target) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view != null && Files.isRegularFile(target)) {
            Files.setPosixFilePermissions(part, view.readAttributes().permissions());
        }
    }

    /** The part file is gone (moved into place or deleted): the hook leaves it alone. */
    static void forget(Path part) {
        LIVE.remove(part);
    }

    /** Deletes a part file that is no longer wanted. */
    static void delete(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException ignored) {
            // already gone, or its folder is: nothing left to clean
        }
        LIVE.remove(part);
    }

    private static void deleteLive() {
        for (Path part : LIVE) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the process is ending: nothing more to do
            }
        }
    }
}
