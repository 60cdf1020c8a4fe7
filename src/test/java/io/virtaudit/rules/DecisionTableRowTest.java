package io.virtaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.TestEstates;
import io.virtaudit.engine.CompiledRules;
import io.virtaudit.engine.DroolsRuleEngine;
import io.virtaudit.engine.RuleCompiler;
import io.virtaudit.engine.RulePackReader;
import io.virtaudit.finding.Finding;
import io.virtaudit.model.Estate;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an auditor does: copy a decision table, add a row in Excel (here with POI), and see the
 * new row take effect on the next run, with no code change.
 */
class DecisionTableRowTest {

    @TempDir
    Path dir;

    private static final String ESTATE = """
            formatVersion: 1
            estate: {name: rows, collectedAt: 2026-11-20T08:00:00Z}
            hosts:
              - {id: h1, hypervisor: {product: esxi, version: 8.0.2}}
              - {id: xen1, hypervisor: {product: xen, version: 8.2.1}}
            luns:
              - {id: hit01, protocol: fc, array: {vendor: hitachi, mode: active-active}}
            multipath:
              - {host: h1, lun: hit01, policy: mru}
            """;

    @Test
    void aNewVendorRowMakesStoSixFireForThatVendor() throws IOException {
        Path pack = copy("vendor-multipath.drl.xlsx");
        assertThat(findings(pack, "STO-006")).isEmpty();
        addRowAfter(pack.resolve("vendor-multipath.drl.xlsx"), "STO-006 netapp", "STO-006 hitachi", "hitachi");
        assertThat(findings(pack, "STO-006")).extracting(f -> f.subject().id()).containsExactly("h1:hit01");
    }

    @Test
    void aNewLifecycleRowMakesSecSevenFireForThatProduct() throws IOException {
        Path pack = copy("lifecycle.drl.xlsx");
        assertThat(findings(pack, "SEC-007")).isEmpty();
        Path table = pack.resolve("lifecycle.drl.xlsx");
        Row added = addRowAfter(table, "SEC-007 esxi 8.0", "SEC-007 xen 8.2", "xen");
        setCells(table, added.getRowNum(), "8.2", "2025-06-25", "2028-06-25");
        List<Finding> findings = findings(pack, "SEC-007");
        assertThat(findings).extracting(f -> f.subject().id()).containsExactly("xen1");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.HIGH);
    }

    private Path copy(String table) throws IOException {
        Path pack = Files.createDirectories(dir.resolve("pack"));
        Files.copy(Path.of("rules", table), pack.resolve(table));
        return pack;
    }

    private List<Finding> findings(Path pack, String ruleId) throws IOException {
        CompiledRules rules = RuleCompiler.compile(List.of(RulePackReader.directory(pack, "pack")));
        Path file = dir.resolve("rows.yaml");
        Files.writeString(file, ESTATE);
        Estate estate = TestEstates.load(file);
        return new DroolsRuleEngine(rules, Policy.defaults(), 1_000_000).evaluate(estate).findings().stream()
                .filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** Inserts a copy of the row named {@code after} below it, with a new name and first value. */
    private static Row addRowAfter(Path table, String after, String name, String firstValue) throws IOException {
        try (InputStream in = Files.newInputStream(table); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row source = null;
            for (Row row : sheet) {
                Cell cell = row.getCell(1);
                if (cell != null && after.equals(cell.getStringCellValue())) {
                    source = row;
                }
            }
            assertThat(source).as("row %s in %s", after, table).isNotNull();
            int at = source.getRowNum() + 1;
            if (at <= sheet.getLastRowNum()) {
                sheet.shiftRows(at, sheet.getLastRowNum(), 1);
            }
            Row copy = sheet.createRow(at);
            for (Cell cell : source) {
                copy.createCell(cell.getColumnIndex()).setCellValue(cell.getStringCellValue());
            }
            copy.getCell(1).setCellValue(name);
            copy.getCell(2).setCellValue(firstValue);
            try (OutputStream out = Files.newOutputStream(table)) {
                workbook.write(out);
            }
            return copy;
        }
    }

    private static void setCells(Path table, int rowNum, String... values) throws IOException {
        try (InputStream in = Files.newInputStream(table); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Row row = workbook.getSheetAt(0).getRow(rowNum);
            for (int i = 0; i < values.length; i++) {
                row.getCell(3 + i).setCellValue(values[i]);
            }
            try (OutputStream out = Files.newOutputStream(table)) {
                workbook.write(out);
            }
        }
    }
}
