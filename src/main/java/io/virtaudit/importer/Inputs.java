package io.virtaudit.importer;

import io.virtaudit.input.InputError;
import io.virtaudit.input.InputException;
import io.virtaudit.input.InputNames;
import io.virtaudit.model.Estate;
import io.virtaudit.model.EstateInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns a run's inputs into one checked estate: each input is read by the importers of the
 * registry that accept it, several inputs are merged in their order, then references are
 * cross-checked.
 */
public final class Inputs {

    private final ImporterRegistry importers;
    private final Clock clock;
    private final Consumer<InputError> warnings;

    /** Inputs read by the built-in importers, their warnings not shown (tests). */
    public Inputs(Clock clock) {
        this(ImporterRegistry.builtIn(), clock, warning -> { });
    }

    /**
     * Inputs read by these importers; each warning of a third-party export (a cell left unknown)
     * goes to {@code warnings}, after the inputs are merged.
     */
    public Inputs(ImporterRegistry importers, Clock clock, Consumer<InputError> warnings) {
        this.importers = importers;
        this.clock = clock;
        this.warnings = warnings;
    }

    /** The inputs read, merged and cross-checked. */
    public Estate load(List<Path> inputs) {
        return new EstateAssembler(clock).assemble(merged(inputs));
    }

    /** The inputs read and merged, before the cross-checks. */
    public SourcedDocument merged(List<Path> inputs) {
        List<SourcedDocument> documents = new ArrayList<>();
        Map<JointImporter, Joint> joint = new LinkedHashMap<>();
        int estateDocument = -1;
        for (Path input : inputs) {
            String name = InputNames.display(input);
            if (!Files.exists(input)) {
                throw new InputException(name, "", "no such file");
            }
            List<Importer> readers = importers.readersOf(input);
            if (readers.isEmpty()) {
                throw new InputException(name, "", "unknown input type: give " + importers.expected());
            }
            if (readers.get(0).namesEstate() && estateDocument < 0) {
                estateDocument = documents.size();
            }
            for (Importer importer : readers) {
                if (importer instanceof JointImporter together) {
                    joint.computeIfAbsent(together, j -> new Joint()).add(input, name, documents.size());
                    documents.add(null);
                } else {
                    documents.add(importer.read(input, name));
                }
            }
        }
        joint.forEach((importer, inputsOf) -> inputsOf.readInto(importer, documents));
        SourcedDocument merged = EstateMerger.merge(documents, estateDocument);
        merged.warnings().forEach(warnings);
        return estateDocument >= 0 ? merged : named(merged, inputs.get(0));
    }

    /** The inputs a {@link JointImporter} reads together, and their places among the documents. */
    private static final class Joint {
        private final List<Path> paths = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private final List<Integer> places = new ArrayList<>();

        void add(Path path, String name, int place) {
            paths.add(path);
            names.add(name);
            places.add(place);
        }

        void readInto(JointImporter importer, List<SourcedDocument> documents) {
            List<SourcedDocument> read = importer.readTogether(paths, names);
            for (int k = 0; k < places.size(); k++) {
                documents.set(places.get(k), read.get(k));
            }
        }
    }

    /**
     * RVTools exports and CSV inventories may carry no estate name: when no estate document is among
     * the inputs, the first input's name, without its extension, stands in for it.
     */
    private static SourcedDocument named(SourcedDocument sourced, Path first) {
        EstateDocument doc = sourced.document();
        if (doc.estate() != null && doc.estate().name() != null && !doc.estate().name().isBlank()) {
            return sourced;
        }
        String name = first.toAbsolutePath().normalize().getFileName().toString().replaceFirst("\\.[^.]+$", "");
        EstateInfo info = doc.estate() == null ? new EstateInfo(name, null, null, null)
                : new EstateInfo(name, doc.estate().collectedAt(), doc.estate().source(), doc.estate().sources());
        EstateDocument renamed = new EstateDocument(doc.formatVersion(), info, doc.managers(), doc.clusters(), doc.hosts(), doc.vms(),
                doc.luns(), doc.multipath(), doc.vlans(), doc.portGroups());
        return new SourcedDocument(sourced.inputs(), renamed, sourced.locator(), sourced.warnings());
    }
}
