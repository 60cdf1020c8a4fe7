package io.virtaudit.report.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.virtaudit.report.Report;
import io.virtaudit.report.sarif.TestReports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Writes hand-built reports as CSV and reads them back with Jackson CSV. */
class CsvReporterTest {

    @Test
    void namesTheFormatAndFile() {
        CsvReporter reporter = new CsvReporter();
        assertThat(reporter.format()).isEqualTo("csv");
        assertThat(reporter.defaultFileName()).isEqualTo("virtaudit-report.csv");
    }

    @Test
    void oneRowPerFindingUnderTheHeader() throws IOException {
        Report report = TestReports.withBaseline();
        List<List<String>> rows = rawRows(write(report));
        assertThat(rows.get(0)).containsExactly("severity", "ruleId", "title", "category", "subjectType",
                "subjectId", "subjectName", "message", "evidence", "remediation", "source", "status", "waiver");
        assertThat(rows).hasSize(report.findings().size() + 1);
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(13));
    }

    @Test
    void cellsHoldTheFinding() throws IOException {
        Map<String, String> trade01 = rowAbout(records(write(TestReports.withBaseline())), "trade01");
        assertThat(trade01.get("severity")).isEqualTo("high");
        assertThat(trade01.get("ruleId")).isEqualTo("TIM-004");
        assertThat(trade01.get("title")).isEqualTo("Timing-sensitive VM on a full-virtualisation host");
        assertThat(trade01.get("category")).isEqualTo("time");
        assertThat(trade01.get("subjectType")).isEqualTo("vm");
        assertThat(trade01.get("message"))
                .isEqualTo("trade01 is timing-sensitive and runs on h1 (virtualbox, full virtualisation)");
        assertThat(trade01.get("evidence")).isEqualTo("host=h1; virtualization=full");
        assertThat(trade01.get("remediation")).isEqualTo("Fix TIM-004.");
        assertThat(trade01.get("source")).isEqualTo("inventory.csv:12:5");
        assertThat(trade01.get("status")).isEqualTo("persisting");
        assertThat(trade01.get("waiver")).isEmpty();
    }

    @Test
    void waivedFindingNamesItsWaiver() throws IOException {
        Map<String, String> nobk = rowAbout(records(write(TestReports.withBaseline())), "nobk");
        assertThat(nobk.get("waiver"))
                .isEqualTo("CHG-1234: approved by CAB-2026-114 until 2027-03-31 (rebuilt nightly)");
    }

    @Test
    void formulaLikeCellsAreNeutralised() throws IOException {
        List<Map<String, String>> rows = records(write(TestReports.withBaseline()));
        assertThat(rowAbout(rows, "web01").get("subjectName"))
                .isEqualTo("'=HYPERLINK(\"http://example.invalid\",\"click\")");
        assertThat(rowAbout(rows, "trade02").get("subjectName")).isEqualTo("'-trade02");
        assertThat(rowAbout(rows, "trade01").get("subjectName")).isEqualTo("'+trade01");
        assertThat(rowAbout(rows, "h1").get("subjectName")).isEqualTo("'@esx01");
        assertThat(rowAbout(rows, "nobk").get("subjectName")).isEqualTo("'\tnobk");
        assertThat(rowAbout(rows, "c1").get("subjectName")).isEqualTo("*evil*|<script>");
    }

    @Test
    void everyCellGoesThroughTheSameNeutralisation() {
        assertThat(CsvCells.of("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvCells.of("\r=1")).isEqualTo("'\r=1");
        assertThat(CsvCells.of(-5)).isEqualTo("'-5");
        assertThat(CsvCells.of("a=b")).isEqualTo("a=b");
        assertThat(CsvCells.of("")).isEmpty();
        assertThat(CsvCells.of(null)).isEmpty();
    }

    @Test
    void reportWithoutFindingsIsTheHeaderAlone() throws IOException {
        List<List<String>> rows = rawRows(write(TestReports.report(List.of(), List.of(), false)));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).hasSize(13);
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        boolean[] closed = {false};
        OutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new CsvReporter().write(TestReports.withBaseline(), out);
        assertThat(closed[0]).isFalse();
    }

    private static byte[] write(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvReporter().write(report, out);
        return out.toByteArray();
    }

    private static List<Map<String, String>> records(byte[] csv) throws IOException {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return it.readAll();
        }
    }

    private static List<List<String>> rawRows(byte[] csv) throws IOException {
        try (MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class).readValues(csv)) {
            return it.readAll();
        }
    }

    private static Map<String, String> rowAbout(List<Map<String, String>> rows, String subjectId) {
        return rows.stream().filter(r -> subjectId.equals(r.get("subjectId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no row about " + subjectId));
    }
}
