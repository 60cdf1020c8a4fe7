package io.virtaudit.importer.rvtools;

import io.virtaudit.importer.DocumentBinder;
import io.virtaudit.importer.Importer;
import io.virtaudit.importer.InputException;
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
public final class RvtoolsImporter implements Importer {

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
        return DocumentBinder.bind(List.of(displayName), mapped.document(), mapped.locator());
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
