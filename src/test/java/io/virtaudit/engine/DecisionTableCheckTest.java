package io.virtaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.virtaudit.input.InputException;
import io.virtaudit.importer.rvtools.WorkbookParts;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack's decision table that Drools cannot read is an input error naming the file, in the same
 * words as a bad RVTools workbook, instead of an exception from inside the KIE build.
 */
class DecisionTableCheckTest {

    private static final Path LIFECYCLE = Path.of("rules/lifecycle.drl.xlsx");

    @TempDir
    Path dir;

    private String error(String name, byte[] content) throws IOException {
        Path pack = Files.createDirectories(dir.resolve(name).resolve("pack"));
        Files.write(pack.resolve(name), content);
        InputException e = assertThrows(InputException.class, () -> RulePackReader.directory(pack, "pack"));
        assertThat(e.errors()).hasSize(1);
        return e.errors().get(0).render();
    }

    @Test
    void bytesThatAreNoSpreadsheetAreRefusedNamingTheFile() throws IOException {
        byte[] garbage = new byte[3000];
        new Random(7).nextBytes(garbage);
        String notASpreadsheet = ": not a spreadsheet: a decision table is an Excel workbook (.drl.xlsx, or .drl.xls in "
                + "the old binary format)";
        assertThat(error("bad.drl.xlsx", garbage)).isEqualTo("pack/bad.drl.xlsx" + notASpreadsheet);
        assertThat(error("notes.drl.xls", "hello".getBytes())).isEqualTo("pack/notes.drl.xls" + notASpreadsheet);
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        assertThat(error("empty.drl.xlsx", new byte[0])).isEqualTo("pack/empty.drl.xlsx: the file is empty, not an .xlsx workbook");
    }

    @Test
    void aZipWithoutAWorkbookIsRefused() throws IOException {
        Path zip = WorkbookParts.zip(Map.of("readme.txt", "hello".getBytes()), dir.resolve("x.zip"));
        assertThat(error("zip.drl.xlsx", Files.readAllBytes(zip)))
                .isEqualTo("pack/zip.drl.xlsx: not an .xlsx workbook: it is a zip file without a workbook inside");
    }

    @Test
    void aTruncatedWorkbookIsDamaged() throws IOException {
        byte[] whole = Files.readAllBytes(LIFECYCLE);
        // cut inside the zip's central directory, which every reader needs first
        assertThat(error("cut.drl.xlsx", Arrays.copyOf(whole, whole.length - 40))).isEqualTo("pack/cut.drl.xlsx: the "
                + "workbook is damaged: its zip package is truncated or corrupt; copy it again or export it again");
    }

    @Test
    void aPasswordProtectedWorkbookIsToldSo() throws Exception {
        Path encrypted = WorkbookParts.encrypt(LIFECYCLE, dir.resolve("protected.xlsx"));
        assertThat(error("protected.drl.xlsx", Files.readAllBytes(encrypted))).isEqualTo("pack/protected.drl.xlsx: the "
                + "workbook is password-protected: save it without a password (in Excel: File > Info > Protect Workbook "
                + "> Encrypt with Password, clear it) and give that copy");
    }

    @Test
    void aWorkbookWithoutARuleTableIsRefusedInDroolsWords() throws IOException {
        Path xlsx = dir.resolve("plain.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue("Item");
            workbook.write(out);
        }
        assertThat(error("budget.drl.xlsx", Files.readAllBytes(xlsx)))
                .isEqualTo("pack/budget.drl.xlsx: not a usable decision table: No RuleTable cells in spreadsheet");
    }

    @Test
    void anOldBinaryWorkbookIsReadAsDroolsReadsIt() throws IOException {
        Path xls = dir.resolve("plain.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue("Item");
            workbook.write(out);
        }
        assertThat(error("budget.drl.xls", Files.readAllBytes(xls)))
                .isEqualTo("pack/budget.drl.xls: not a usable decision table: No RuleTable cells in spreadsheet");
    }

    @Test
    void aGoodDecisionTableIsKept() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("pack"));
        Files.copy(LIFECYCLE, pack.resolve("lifecycle.drl.xlsx"));
        RulePack read = RulePackReader.directory(pack, "pack");
        assertThat(read.files()).extracting(RulePack.RuleFile::relativePath).containsExactly("lifecycle.drl.xlsx");
        assertThat(read.files().get(0).content()).isEqualTo(Files.readAllBytes(LIFECYCLE));
    }

    @Test
    void aDecisionTableTooLargeToBeOneIsRefusedBeforeItIsRead() {
        InputException e = assertThrows(InputException.class,
                () -> DecisionTableCheck.checkSize(DecisionTableCheck.MAX_BYTES + 1, "pack/huge.drl.xlsx"));
        assertThat(e.errors().get(0).render()).isEqualTo("pack/huge.drl.xlsx: the file is larger than 32 MiB, the limit "
                + "for a decision table, which is a small workbook: is this the right file?");
    }
}
