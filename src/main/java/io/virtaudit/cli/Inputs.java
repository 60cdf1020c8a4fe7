package io.virtaudit.cli;

import io.virtaudit.importer.EstateAssembler;
import io.virtaudit.importer.Importer;
import io.virtaudit.importer.InputException;
import io.virtaudit.importer.document.DocumentImporter;
import io.virtaudit.model.Estate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** Turns the command line's INPUT arguments into one checked estate. */
final class Inputs {

    private final List<Importer> importers = List.of(new DocumentImporter());
    private final Clock clock;

    Inputs(Clock clock) {
        this.clock = clock;
    }

    Estate load(List<Path> inputs) {
        if (inputs.size() > 1) {
            throw new InputException(display(inputs.get(1)), "",
                    "several inputs cannot be merged yet: give one estate document (.yaml, .yml or .json)");
        }
        Path input = inputs.get(0);
        String name = display(input);
        if (!Files.exists(input)) {
            throw new InputException(name, "", "no such file");
        }
        if (Files.isDirectory(input)) {
            throw new InputException(name, "", "is a directory; CSV folders are not supported yet");
        }
        Importer importer = importers.stream().filter(i -> i.accepts(input)).findFirst()
                .orElseThrow(() -> new InputException(name, "", unsupported(input)));
        return new EstateAssembler(clock).assemble(importer.read(input, name));
    }

    /** The input as the user named it, without a leading {@code ./}. */
    static String display(Path input) {
        String text = input.toString();
        return text.startsWith("./") ? text.substring(2) : text;
    }

    private static String unsupported(Path input) {
        String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".csv")) {
            return "RVTools exports and CSV inventories are not supported yet: give an estate document (.yaml, .yml or .json)";
        }
        return "unknown input type: give an estate document (.yaml, .yml or .json)";
    }
}
