package io.virtaudit.cli;

import io.virtaudit.importer.EstateAssembler;
import io.virtaudit.importer.EstateDocument;
import io.virtaudit.importer.csv.CsvInventoryImporter;
import io.virtaudit.importer.rvtools.RvtoolsImporter;
import io.virtaudit.model.EstateInfo;
import io.virtaudit.importer.EstateMerger;
import io.virtaudit.importer.Importer;
import io.virtaudit.input.InputException;
import io.virtaudit.importer.SourcedDocument;
import io.virtaudit.importer.document.DocumentImporter;
import io.virtaudit.model.Estate;
import java.io.PrintWriter;
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

    private final DocumentImporter nativeImporter = new DocumentImporter();
    private final RvtoolsImporter rvtools = new RvtoolsImporter();
    private final CsvInventoryImporter inventories = new CsvInventoryImporter();
    private final List<Importer> importers = List.of(nativeImporter, rvtools, inventories);
    private final Clock clock;
    private final PrintWriter err;

    /** Inputs whose warnings are not shown (the warm-up's synthetic estate, tests). */
    Inputs(Clock clock) {
        this(clock, null);
    }

    /** Inputs that print each warning of a third-party export to {@code err}, one line each. */
    Inputs(Clock clock, PrintWriter err) {
        this.clock = clock;
        this.err = err;
    }

    Estate load(List<Path> inputs) {
        return new EstateAssembler(clock).assemble(merged(inputs));
    }

    /** The inputs read and merged, before the cross-checks. */
    SourcedDocument merged(List<Path> inputs) {
        List<SourcedDocument> documents = new ArrayList<>();
        int estateDocument = -1;
        List<Path> exports = new ArrayList<>();
        List<Integer> exportAt = new ArrayList<>();
        for (Path input : inputs) {
            boolean document = Files.exists(input) && nativeImporter.accepts(input);
            if (document && estateDocument < 0) {
                estateDocument = documents.size();
            }
            boolean export = !document && Files.exists(input) && rvtools.accepts(input);
            if (export) {
                exports.add(input);
                exportAt.add(documents.size());
                documents.add(null);
                // a folder of RVTools tabs may hold the CMDB's inventories too: both are read, the
                // inventories after the export they enrich, rather than the inventories ignored
                if (Files.isDirectory(input) && inventories.accepts(input)) {
                    documents.add(inventories.read(input, display(input)));
                }
            } else {
                documents.add(read(input));
            }
        }
        readExportsTogether(exports, exportAt, documents);
        SourcedDocument merged = EstateMerger.merge(documents, estateDocument);
        if (err != null) {
            merged.warnings().forEach(w -> err.println("warning: " + w.render()));
            err.flush();
        }
        return estateDocument >= 0 ? merged : named(merged, inputs.get(0));
    }

    /**
     * RVTools exports are read together, so that names two vCenters share are qualified in both
     * ({@link RvtoolsImporter#readTogether}); each keeps its place among the inputs.
     */
    private void readExportsTogether(List<Path> exports, List<Integer> at, List<SourcedDocument> documents) {
        if (exports.isEmpty()) {
            return;
        }
        List<SourcedDocument> read = rvtools.readTogether(exports, exports.stream().map(Inputs::display).toList());
        for (int k = 0; k < exports.size(); k++) {
            documents.set(at.get(k), read.get(k));
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
        EstateDocument renamed = new EstateDocument(doc.formatVersion(), info, doc.clusters(), doc.hosts(), doc.vms(), doc.luns(), doc.multipath(), doc.vlans(), doc.portGroups());
        return new SourcedDocument(sourced.inputs(), renamed, sourced.locator(), sourced.warnings());
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
