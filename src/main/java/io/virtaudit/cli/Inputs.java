package io.virtaudit.cli;

import io.virtaudit.importer.EstateAssembler;
import io.virtaudit.importer.EstateMerger;
import io.virtaudit.importer.Importer;
import io.virtaudit.importer.InputException;
import io.virtaudit.importer.SourcedDocument;
import io.virtaudit.importer.document.DocumentImporter;
import io.virtaudit.model.Estate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the command line's INPUT arguments into one checked estate: each input is read by the
 * importer that accepts it, several inputs are merged, then references are cross-checked.
 */
final class Inputs {

    private final List<Importer> importers = List.of(new DocumentImporter());
    private final Clock clock;

    Inputs(Clock clock) {
        this.clock = clock;
    }

    Estate load(List<Path> inputs) {
        return new EstateAssembler(clock).assemble(merged(inputs));
    }

    /** The inputs read and merged, before the cross-checks. */
    SourcedDocument merged(List<Path> inputs) {
        List<SourcedDocument> documents = new ArrayList<>();
        for (Path input : inputs) {
            documents.add(read(input));
        }
        return EstateMerger.merge(documents);
    }

    private SourcedDocument read(Path input) {
        String name = display(input);
        if (!Files.exists(input)) {
            throw new InputException(name, "", "no such file");
        }
        Importer importer = importers.stream().filter(i -> i.accepts(input)).findFirst()
                .orElseThrow(() -> new InputException(name, "", "unknown input type: give an estate document"
                        + " (.yaml, .yml, .json), an RVTools export (.xlsx, RVTools_tab*.csv or their folder),"
                        + " or CSV inventories (hosts.csv, vms.csv, … or their folder)"));
        return importer.read(input, name);
    }

    /** The input as the user named it, without a leading {@code ./}. */
    static String display(Path input) {
        String text = input.toString();
        return text.startsWith("./") ? text.substring(2) : text;
    }
}
