package io.virtaudit.report.xlsx;

import static io.virtaudit.report.xlsx.Workbooks.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.virtaudit.TestEstates;
import io.virtaudit.finding.Finding;
import io.virtaudit.report.Report;
import io.virtaudit.finding.Subject;
import io.virtaudit.generate.EstateGenerator;
import io.virtaudit.model.Estate;
import io.virtaudit.model.EstateObject;
import io.virtaudit.model.SubjectType;
import io.virtaudit.rules.RuleMetadata;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inventory rows spelt ahead while the rules fire, then copied around their finding counts, give
 * the very bytes of rows spelt while writing: whole lists, lists spelt in part, lists continued on
 * further sheets, and a write that stops the spelling wherever it has got to.
 */
class XlsxSpellingAheadTest {

    @TempDir
    static Path dir;

    private static Report report;

    @BeforeAll
    static void generate() throws IOException {
        report = ReportFixture.generated(TestEstates.load(ReportFixture.generatedEstate(dir, 300)));
    }

    @Test
    void wholeListsSpeltAheadGiveTheSameBytes() throws IOException {
        Map<SubjectType, SpeltRows> spelt = speltAhead(Long.MAX_VALUE);
        Estate estate = report.inventory();
        assertThat(spelt.get(SubjectType.VM).count()).isEqualTo(estate.vms().size());
        assertThat(spelt.get(SubjectType.MULTIPATH).count()).isEqualTo(estate.multipath().size());
        assertThat(spelt.get(SubjectType.HOST).count()).isEqualTo(estate.hosts().size());
        assertThat(spelt.get(SubjectType.CLUSTER).count()).isEqualTo(estate.clusters().size());

        assertThat(writtenAfterPreparing(ListSheet.MAX_ROWS, Long.MAX_VALUE))
                .isEqualTo(write(new XlsxReporter(WorkbookTemplate.builtIn(), ListSheet.MAX_ROWS, 0), report));
    }

    @Test
    void aListSpeltInPartGivesTheSameBytes() throws IOException {
        // hosts, datastores, VLANs and clusters come first: a budget of their bytes and half the VMs'
        Map<SubjectType, SpeltRows> all = speltAhead(Long.MAX_VALUE);
        long budget = Stream.of(SubjectType.HOST, SubjectType.LUN, SubjectType.VLAN, SubjectType.CLUSTER)
                .mapToLong(t -> all.get(t).size()).sum() + all.get(SubjectType.VM).size() / 2;

        Map<SubjectType, SpeltRows> spelt = speltAhead(budget);
        assertThat(spelt.get(SubjectType.VM).count()).isBetween(1, report.inventory().vms().size() - 1);
        assertThat(spelt).doesNotContainKey(SubjectType.MULTIPATH);

        assertThat(writtenAfterPreparing(ListSheet.MAX_ROWS, budget))
                .isEqualTo(write(new XlsxReporter(WorkbookTemplate.builtIn(), ListSheet.MAX_ROWS, 0), report));
    }

    @Test
    void rowsSpeltAheadContinueOnTheNextSheetAsTheyWouldWhenWriting() throws IOException {
        int rowLimit = 40;
        byte[] prepared = writtenAfterPreparing(rowLimit, Long.MAX_VALUE);
        assertThat(prepared).isEqualTo(write(new XlsxReporter(WorkbookTemplate.builtIn(), rowLimit, 0), report));
        try (XSSFWorkbook workbook = Workbooks.readBack(prepared)) {
            assertThat(workbook.getSheet("VMs (8)").getLastRowNum()).as("300 VMs, 39 a sheet").isEqualTo(27);
            assertThat(workbook.getSheet("VMs (8)").getRow(27).getCell(0).getStringCellValue())
                    .isEqualTo(report.inventory().vms().get(299).id());
        }
    }

    @Test
    void aWriteBesideTheSpellingStopsItWhereverItIsAndGivesTheSameBytes() throws Exception {
        byte[] plain = write(new XlsxReporter(WorkbookTemplate.builtIn(), ListSheet.MAX_ROWS, 0), report);
        for (int round = 0; round < 5; round++) {
            XlsxReporter reporter = new XlsxReporter(WorkbookTemplate.builtIn(), ListSheet.MAX_ROWS, Long.MAX_VALUE);
            CompletableFuture<Void> preparing = CompletableFuture.runAsync(() -> reporter.prepare(report.inventory()));
            Thread.sleep(round * 40L);
            assertThat(write(reporter, report)).isEqualTo(plain);
            preparing.get();
        }
    }

    @Test
    void noGapOverAWrappedColumn() {
        try (XSSFWorkbook workbook = WorkbookTemplate.builtIn().open()) {
            ListShape findings = ListShape.of(workbook, new Styles(workbook), WorkbookLayout.FINDINGS, 100);
            int title = 2;
            assertThat(findings.wraps(title, title + 1)).isTrue();
            assertThatThrownBy(() -> new SpeltRows(findings, 10, title, title + 1, 1 << 20, SharedText.NONE))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Findings");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The rows a preparation left to run to its end spells within {@code budget} bytes. */
    private static Map<SubjectType, SpeltRows> speltAhead(long budget) {
        Preparation preparation = new Preparation(WorkbookTemplate.builtIn(), ListSheet.MAX_ROWS, report.inventory(),
                budget, true);
        preparation.run();
        return preparation.stop();
    }

    private static byte[] writtenAfterPreparing(int rowLimit, long budget) throws IOException {
        XlsxReporter reporter = new XlsxReporter(WorkbookTemplate.builtIn(), rowLimit, budget);
        reporter.prepare(report.inventory());
        return write(reporter, report);
    }
}
