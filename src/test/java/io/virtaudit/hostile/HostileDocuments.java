package io.virtaudit.hostile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Hostile YAML and JSON documents for the reading limits ({@code Documents}, {@code TextScreen}):
 * long lines, long values, oversized files, and a waiver sheet with an absurd date serial.
 */
final class HostileDocuments {

    static final String ESTATE_HEAD = "formatVersion: 1\n";

    private HostileDocuments() {
    }

    static void generate(String kind, Path file) throws IOException {
        switch (kind) {
            // 8 MB on one line: SnakeYAML took 16-32 s to scan it
            case "yaml-long-value" -> Files.writeString(file, ESTATE_HEAD + "estate: {name: \"" + "x".repeat(8_000_000) + "\"}\n");
            // 50 MB of comment on one line: SnakeYAML never finished
            case "yaml-long-comment" -> {
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    out.write(ESTATE_HEAD + "# ");
                    String chunk = "x".repeat(1 << 20);
                    for (int i = 0; i < 50; i++) {
                        out.write(chunk);
                    }
                    out.write("\nestate: {name: a}\n");
                }
            }
            case "waivers-long-line" -> Files.writeString(file, "waivers:\n  - {rule: TIM-001, approvedBy: a, expires: 2027-01-01,"
                    + " justification: \"" + "j".repeat(8_000_000) + "\"}\n");
            // 70,000 characters over 1,000 short lines: no long line, but a value past the 64 KiB limit
            case "yaml-long-block-value" -> Files.writeString(file, ESTATE_HEAD + "estate:\n  name: |\n"
                    + ("    " + "y".repeat(69) + "\n").repeat(1_000));
            case "json-long-text" -> Files.writeString(file, "{\"formatVersion\": 1, \"estate\": {\"name\": \"" + "x".repeat(2_000_000) + "\"}}");
            case "json-long-key" -> Files.writeString(file, "{\"formatVersion\": 1, \"estate\": {\"" + "k".repeat(70_000) + "\": 1}}");
            // a sparse file: the size is refused before a byte is read
            case "yaml-over-128-mib" -> {
                try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
                    sparse.write(ESTATE_HEAD.getBytes(StandardCharsets.UTF_8));
                    sparse.setLength((128L << 20) + 1);
                }
            }
            case "waiver-sheet-serial-1e10" -> waiverSheet(file, 1e10);
            default -> throw new IllegalArgumentException("no generator " + kind);
        }
    }

    /** A waiver register whose one waiver expires on a date cell holding {@code serial}. */
    static void waiverSheet(Path file, double serial) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Waivers");
            String[] header = {"Rule", "Subject", "Justification", "Approved by", "Expires"};
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                top.createCell(c).setCellValue(header[c]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("TIM-001");
            row.createCell(1).setCellValue("h1");
            row.createCell(2).setCellValue("accepted");
            row.createCell(3).setCellValue("CAB-7");
            XSSFCellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            row.createCell(4).setCellValue(serial);
            row.getCell(4).setCellStyle(date);
            wb.write(out);
        }
    }
}
