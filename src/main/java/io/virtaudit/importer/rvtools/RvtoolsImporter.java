package io.virtaudit.importer.rvtools;

import io.virtaudit.importer.DocumentBinder;
import io.virtaudit.importer.JointImporter;
import io.virtaudit.input.InputException;
import io.virtaudit.importer.SourcedDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads an RVTools export, the usual inventory dump of a VMware estate, into an estate document:
 * an {@code .xlsx} workbook (streamed sheet by sheet, never loaded whole), one per-tab
 * {@code RVTools_tab<Tab>.csv} file, or a folder of them. Every object and field keeps its sheet
 * and row ({@code RVTools_export.xlsx:vInfo!233}, or {@code RVTools_tabvInfo.csv:233}).
 *
 * <p>Ids are the names RVTools shows (VM, host, cluster, datastore). An export that merges several
 * vCenters may hold the same name under two {@code VI SDK Server}s; only such names are qualified,
 * as {@code server/name} (e.g. {@code vc02.acme.local/datastore1}), with the plain name kept as the
 * object's {@code name}. Other ids stay plain so that CSV inventories keyed by name still match;
 * the same name twice under one server is a duplicate-id input error.
 */
public final class RvtoolsImporter implements JointImporter {

    @Override
    public String name() {
        return "rvtools";
    }

    @Override
    public String description() {
        return "an RVTools export (.xlsx, RVTools_tab*.csv or their folder)";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public boolean accepts(Path input) {
        if (Files.isDirectory(input)) {
            return !CsvTabReader.tabFiles(input).isEmpty();
        }
        String name = input.getFileName() == null ? "" : input.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || CsvTabReader.isTabFile(input);
    }

    @Override
    public SourcedDocument read(Path input, String displayName) {
        Export export = readExport(input, displayName);
        ExportMapping.Mapped mapped = ExportMapping.map(export, displayName);
        return DocumentBinder.bind(List.of(displayName), mapped.document(), mapped.locator()).warnedOf(mapped.warnings());
    }

    /**
     * Reads several exports to be merged (two vCenters, or two sites): a name that two of them
     * hold under different vCenters ({@code datastore1}, a VM restored at the other site) is
     * qualified in each as {@code server/name}, as within one export that holds several vCenters,
     * instead of two objects conflicting as one.
     */
    @Override
    public List<SourcedDocument> readTogether(List<Path> inputs, List<String> displayNames) {
        List<Export> exports = new java.util.ArrayList<>();
        Names names = new Names();
        for (int i = 0; i < inputs.size(); i++) {
            Export export = readExport(inputs.get(i), displayNames.get(i));
            ExportMapping.noteNames(export, names);
            exports.add(export);
        }
        List<SourcedDocument> documents = new java.util.ArrayList<>();
        for (int i = 0; i < exports.size(); i++) {
            ExportMapping.Mapped mapped = ExportMapping.map(exports.get(i), displayNames.get(i), names);
            documents.add(DocumentBinder.bind(List.of(displayNames.get(i)), mapped.document(), mapped.locator())
                    .warnedOf(mapped.warnings()));
        }
        return documents;
    }

    private static Export readExport(Path input, String displayName) {
        if (!Files.exists(input)) {
            throw new InputException(displayName, "", "no such file");
        }
        if (Files.isDirectory(input)) {
            return CsvTabReader.readFolder(input, displayName);
        }
        if (CsvTabReader.isTabFile(input)) {
            return CsvTabReader.readFile(input, displayName);
        }
        return WorkbookReader.read(input, displayName);
    }
}
