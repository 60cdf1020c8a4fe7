package io.virtaudit.cli;

import io.virtaudit.importer.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Refuses an output path that names one of the inputs: a report must never replace its data. */
final class OutputGuard {

    private OutputGuard() {
    }

    static void refuseInputs(Path output, List<Path> inputs) {
        Path target = output.toAbsolutePath().normalize();
        for (Path input : inputs) {
            Path in = input.toAbsolutePath().normalize();
            if (target.equals(in) || sameFile(target, in)) {
                throw new InputException(output.toString(), "", "the output would overwrite an input; choose another path");
            }
        }
    }

    static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
