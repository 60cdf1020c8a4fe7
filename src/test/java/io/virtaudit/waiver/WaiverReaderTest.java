package io.virtaudit.waiver;

import io.virtaudit.finding.Waiver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.virtaudit.TestEstates;
import io.virtaudit.finding.Finding;
import io.virtaudit.finding.FindingStatus;
import io.virtaudit.finding.Subject;
import io.virtaudit.input.InputError;
import io.virtaudit.input.InputException;
import io.virtaudit.model.SubjectType;
import io.virtaudit.rules.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Waiver files as hostile input: repeated keys, dates at Java's edges, Excel serials, globs that backtracked. */
class WaiverReaderTest {

    @TempDir
    Path dir;

    private WaiverSet read(String yaml) throws IOException {
        Path file = dir.resolve("waivers.yaml");
        Files.writeString(file, yaml);
        return new WaiverReader().read(file, "waivers.yaml", TestEstates.builtIn().rules());
    }

    private List<String> errors(String yaml) {
        InputException e = assertThrows(InputException.class, () -> read(yaml));
        return e.errors().stream().map(InputError::render).toList();
    }

    private static String waiver(String expires) {
        return "waivers:\n  - {rule: TIM-001, justification: j, approvedBy: CAB-7, expires: " + expires + "}\n";
    }

    @Test
    void anExpiredWaiverWrittenAgainWithALaterDateIsRefusedNotApplied() {
        assertThat(errors("waivers:\n  - rule: TIM-001\n    justification: j\n    approvedBy: CAB-7\n    expires: 2025-01-01\n"
                + "    expires: 2099-01-01\n")).containsExactly("waivers.yaml:6:12: duplicate key 'expires' at /waivers/0");
        assertThat(errors("waivers: []\nwaivers: [{rule: TIM-001}]\n")).containsExactly("waivers.yaml:2:8: duplicate key 'waivers'");
    }

    @Test
    void datesOutsideTheYears1900To9999AndDaysNoCalendarHasAreRefused() {
        assertThat(errors(waiver("'+999999999-12-31'"))).containsExactly(
                "waivers.yaml:/waivers/0: expires '+999999999-12-31' is not a date: the year must be between 1900 and 9999");
        assertThat(errors(waiver("'-999999999-01-01'"))).containsExactly(
                "waivers.yaml:/waivers/0: expires '-999999999-01-01' is not a date: the year must be between 1900 and 9999");
        assertThat(errors(waiver("2026-02-30"))).containsExactly(
                "waivers.yaml:/waivers/0: expires '2026-02-30' is not a date: February 2026 has 28 days");
    }

    @Test
    void theLastDayOf9999IsAnExpiryLikeAnyOther() throws IOException {
        WaiverSet set = read(waiver("9999-12-31"));
        assertThat(set.waivers()).singleElement().satisfies(w -> assertThat(w.expires()).isEqualTo(LocalDate.of(9999, 12, 31)));
        assertThat(set.apply(List.of(finding("TIM-001", "h1")), LocalDate.of(9999, 12, 31)).waivers().applied()).hasSize(1);
    }

    private Path sheet(double serial) throws IOException {
        Path file = dir.resolve("risks.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Waivers");
            String[] header = {"Rule", "Justification", "Approved by", "Expires"};
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                top.createCell(c).setCellValue(header[c]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("TIM-001");
            row.createCell(1).setCellValue("j");
            row.createCell(2).setCellValue("CAB-7");
            XSSFCellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            row.createCell(3).setCellValue(serial);
            row.getCell(3).setCellStyle(date);
            wb.write(out);
        }
        return file;
    }

    private List<String> sheetErrors(double serial) throws IOException {
        Path file = sheet(serial);
        InputException e = assertThrows(InputException.class,
                () -> new WaiverReader().read(file, "risks.xlsx", TestEstates.builtIn().rules()));
        return e.errors().stream().map(InputError::render).toList();
    }

    @Test
    void anExcelExpiryOutsideTheYears1900To9999IsRefusedWithItsCell() throws IOException {
        assertThat(sheetErrors(1e10)).containsExactly(
                "risks.xlsx:Waivers!D2: expires is the Excel date serial 10000000000, outside the years 1900 to 9999");
        assertThat(sheetErrors(-1)).containsExactly(
                "risks.xlsx:Waivers!D2: expires is the Excel date serial -1, outside the years 1900 to 9999");
        assertThat(sheetErrors(0)).containsExactly("risks.xlsx:Waivers!D2: expires 1899-12-31 is outside the years 1900 to 9999");
    }

    @Test
    void anExcelExpiryWithinTheYearsIsTheDayItShows() throws IOException {
        Path file = sheet(46477); // 2027-03-31
        WaiverSet set = new WaiverReader().read(file, "risks.xlsx", TestEstates.builtIn().rules());
        assertThat(set.waivers()).singleElement().satisfies(w -> assertThat(w.expires()).isEqualTo(LocalDate.of(2027, 3, 31)));
    }

    private static Finding finding(String rule, String subject) {
        return new Finding(rule, "t", Severity.HIGH, "time", new Subject(SubjectType.VM, subject, subject), "m", Map.of(), "r",
                List.of(), null, FindingStatus.NEW, null);
    }

    @Test
    void aSubjectGlobThatMadeTheRegularExpressionBacktrackFinishes() throws IOException {
        WaiverSet set = read("waivers:\n  - {rule: TIM-001, subject: '*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b', justification: j,"
                + " approvedBy: CAB-7, expires: 2027-01-01}\n");
        List<Finding> findings = List.of(finding("TIM-001", "a".repeat(65_536)), finding("TIM-001", "a".repeat(40) + "b"));
        WaiverSet.Outcome outcome = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> set.apply(findings, LocalDate.of(2026, 11, 20)));
        assertThat(outcome.findings().get(0).waiver()).isNull();
        assertThat(outcome.findings().get(1).waiver()).isNotNull();
    }
}
