package io.virtaudit.hostile;

import static io.virtaudit.importer.rvtools.WorkbookParts.inline;
import static io.virtaudit.importer.rvtools.WorkbookParts.row;

import io.virtaudit.importer.rvtools.RvtoolsExportWriter;
import io.virtaudit.importer.rvtools.WorkbookParts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Hostile workbooks for the corpus: RVTools exports and decision tables no spreadsheet program writes. */
final class HostileSheets {

    private static final String HEADER = row(1, "A1", "VM", "B1", "Memory", "C1", "Host");

    private HostileSheets() {
    }

    static void generate(String kind, Path file) throws IOException {
        switch (kind) {
            case "xlsx-sheets-named-alike" -> WorkbookParts.sheets("vInfo", HEADER + row(2, "A2", "a", "C2", "esx01"),
                    "VINFO", HEADER + row(2, "A2", "b", "C2", "esx01")).write(file);
            case "xlsx-cell-past-xfd" -> WorkbookParts.sheets("vInfo", HEADER + row(2, "A2", "a", "ZZZZZ2", "x")).write(file);
            case "xlsx-row-past-excel" -> WorkbookParts.sheets("vInfo", HEADER + row(1_048_577, "A1048577", "a")).write(file);
            case "xlsx-missing-shared-string" -> WorkbookParts.sheets("vInfo", HEADER
                    + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row>").sharedStrings(List.of("VM")).write(file);
            case "xlsx-130-million-shared-strings" -> WorkbookParts.sheets("vInfo", HEADER)
                    .text("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
                            + "spreadsheetml/2006/main\" count=\"130000000\" uniqueCount=\"130000000\"><si><t>VM</t></si></sst>")
                    .write(file);
            case "xlsx-million-row-dimension" -> WorkbookParts.sheets("vInfo", "").sheetXml(1,
                    "<dimension ref=\"A1:C1048576\"/><sheetData>" + HEADER + row(2, "A2", "a", "C2", "esx01") + "</sheetData>")
                    .write(file);
            case "xlsx-broken-sheet-xml" -> WorkbookParts.sheets("vInfo", HEADER + "<row r=\"2\">" + inline("A2", "a")).write(file);
            case "xlsx-zip-without-workbook" -> WorkbookParts.zip(Map.of("readme.txt", "hello".getBytes()), file);
            case "xlsx-password-protected" -> password(file);
            default -> throw new IllegalArgumentException("no generator " + kind);
        }
    }

    /** An RVTools export saved with a password, as Excel encrypts it. */
    private static void password(Path file) throws IOException {
        RvtoolsExportWriter export = new RvtoolsExportWriter();
        export.tab("vInfo", "VM", "Host").row("web01", "esx01");
        Path plain = export.writeXlsx(file.resolveSibling("plain-" + file.getFileName()));
        try {
            WorkbookParts.encrypt(plain, file);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
        Files.delete(plain);
    }
}
