package io.virtaudit.cli;

import io.virtaudit.input.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Refuses an output path that names a file the run reads: a report must never replace its data.
 * Every file is compared by its real path (symbolic links and {@code ..} resolved), and a folder
 * the run reads (a folder of inventories or RVTools tabs, a rule pack) protects every file in it.
 */
final class OutputGuard {

    /** The real path of each file the run reads, with the name the user gave it by. */
    private final Map<Path, String> protectedFiles = new HashMap<>();

    private OutputGuard() {
    }

    /** A guard over these files and folders; null entries (options not given) are skipped. */
    static OutputGuard over(List<Path> read) {
        OutputGuard guard = new OutputGuard();
        read.stream().filter(Objects::nonNull).forEach(guard::protect);
        return guard;
    }

    /** Refuses {@code output} if it is, or links to, a file this run reads. */
    void refuse(Path output) {
        String read = protectedFiles.get(realPath(output));
        if (read != null) {
            String which = read.equals(output.toString()) ? "an input" : read + ", which this run reads";
            throw new InputException(output.toString(), "", "the output would overwrite " + which
                    + "; choose another path");
        }
    }

    /** Shorthand: refuses {@code output} when it is one of the files or in one of the folders read. */
    static void refuseInputs(Path output, List<Path> read) {
        over(read).refuse(output);
    }

    private void protect(Path path) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                files.filter(Files::isRegularFile).forEach(file -> protectedFiles.put(realPath(file), file.toString()));
            } catch (IOException | UncheckedIOException e) {
                // an unreadable folder fails when it is read, with its own error
            }
        } else if (Files.exists(path)) {
            protectedFiles.put(realPath(path), path.toString());
        }
    }

    /**
     * The file a path names once every link is followed: for a path that does not exist yet, the
     * real path of its nearest existing folder with the rest appended.
     */
    static Path realPath(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        List<String> rest = new ArrayList<>();
        for (Path at = path.toAbsolutePath(); at != null; at = at.getParent()) {
            if (Files.exists(at, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Path real = at.toRealPath();
                    for (int i = rest.size() - 1; i >= 0; i--) {
                        real = real.resolve(rest.get(i));
                    }
                    return real.normalize();
                } catch (IOException e) {
                    return absolute;
                }
            }
            if (at.getFileName() != null) {
                rest.add(at.getFileName().toString());
            }
        }
        return absolute;
    }
}
