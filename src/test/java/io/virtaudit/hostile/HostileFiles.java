package io.virtaudit.hostile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hostile files made at test time rather than committed: bombs, deep nesting, huge strings. */
final class HostileFiles {

    private static final String HEADER = "formatVersion: 1\nestate: {name: hostile, collectedAt: 2026-11-20T08:00:00Z}\n";

    private HostileFiles() {
    }

    static void generate(String kind, Path file) throws IOException {
        switch (kind) {
            case "deep-yaml" -> Files.writeString(file, HEADER + "hosts: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
            case "deep-json" -> Files.writeString(file, "{\"formatVersion\": 1, \"estate\": {\"name\": \"x\"}, \"hosts\": "
                    + "[".repeat(5000) + "]".repeat(5000) + "}");
            case "alias-bomb" -> Files.writeString(file, aliasBomb());
            case "huge-string" -> Files.writeString(file, "formatVersion: 1\nestate: {name: \"" + "x".repeat(2_000_000) + "\"}\n");
            case "many-vlans-dup" -> Files.writeString(file, HEADER + "vlans: [{id: 10}, {id: 10}]\n");
            case "zip-bomb-xlsx" -> zipBomb(file);
            case "xlsx-not-rvtools" -> workbook(file, "Budget", new String[][] {{"Item", "Cost"}, {"servers", "1200"}});
            case "rvtools-without-vm-column" -> workbook(file, "vInfo", new String[][] {{"Powerstate", "Host", "CPUs"},
                {"poweredOn", "esx01", "4"}});
            case "xxe-xlsx" -> xxeWorkbook(file);
            case "garbage" -> {
                byte[] bytes = new byte[4096];
                new java.util.Random(7).nextBytes(bytes);
                Files.write(file, bytes);
            }
            case "template-cell-on-last-row" -> HostileTemplates.cellOnLastRow(file, "Findings");
            case "macro-enabled-template" -> HostileTemplates.repackaged(file, HostileTemplates.MACRO_WORKBOOK, true);
            case "yaml-long-value", "yaml-long-comment", "waivers-long-line", "yaml-long-block-value", "json-long-text",
                    "json-long-key", "yaml-over-128-mib", "waiver-sheet-serial-1e10" -> HostileDocuments.generate(kind, file);
            case "xlsx-sheets-named-alike", "xlsx-cell-past-xfd", "xlsx-row-past-excel", "xlsx-missing-shared-string",
                    "xlsx-130-million-shared-strings", "xlsx-million-row-dimension", "xlsx-broken-sheet-xml",
                    "xlsx-zip-without-workbook", "xlsx-password-protected" ->
                    HostileSheets.generate(kind, file);
            case "sparse-3-gib" -> {
                // holes only: the size is refused before a byte is read, and the disk holds nothing
                try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(file.toFile(), "rw")) {
                    sparse.setLength(3L << 30);
                }
            }
            default -> throw new IllegalArgumentException("no generator " + kind);
        }
    }

    /** Ten levels of anchors, each nine times the one before: 9^10 items if a reader expanded them. */
    private static String aliasBomb() {
        StringBuilder bomb = new StringBuilder(HEADER + "hosts: [{id: h1, hypervisor: {product: kvm}}]\nvms:\n"
                + "  - {id: v0, host: h1, networks: &a [1, 1, 1, 1, 1, 1, 1, 1, 1]}\n");
        for (int i = 1; i <= 9; i++) {
            bomb.append("  - {id: v").append(i).append(", host: h1, networks: &").append((char) ('a' + i)).append(" [");
            for (int j = 0; j < 9; j++) {
                bomb.append(j == 0 ? "" : ", ").append('*').append((char) ('a' + i - 1));
            }
            bomb.append("]}\n");
        }
        return bomb.toString();
    }

    /** An .xlsx whose one sheet inflates to 200 MB of blanks: POI's ZipSecureFile must refuse it. */
    private static void zipBomb(Path file) throws IOException {
        minimalWorkbook(file, zip -> {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetData>").getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(blanks);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        });
    }

    /** A workbook whose sheet declares external and nested entities: the parser must not resolve them. */
    private static void xxeWorkbook(Path file) throws IOException {
        minimalWorkbook(file, zip -> put(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><!DOCTYPE x ["
                + "<!ENTITY e SYSTEM \"file:///etc/passwd\"><!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>VM</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&e;&c;</t></is></c></row>"
                + "</sheetData></worksheet>"));
    }

    /** Writes the entries of a one-sheet (vInfo) workbook package; {@code sheet} writes the sheet part. */
    private static void minimalWorkbook(Path file, SheetWriter sheet) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"vInfo\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            sheet.write(zip);
        }
    }

    /** Writes one sheet part into a workbook package. */
    @FunctionalInterface
    private interface SheetWriter {
        void write(ZipOutputStream zip) throws IOException;
    }

    private static void workbook(Path file, String sheetName, String[][] rows) throws IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             OutputStream out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet(sheetName);
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
