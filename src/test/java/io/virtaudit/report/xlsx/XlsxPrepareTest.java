package io.virtaudit.report.xlsx;

import static io.virtaudit.report.xlsx.Workbooks.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.finding.Report;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The template opened ahead, on another thread, gives the same workbook as one opened when writing. */
class XlsxPrepareTest {

    @Test
    void aPreparedTemplateGivesTheSameBytesAndIsUsedOnce() throws Exception {
        Report report = ReportFixture.report();
        byte[] plain = write(new XlsxReporter(), report);

        XlsxReporter prepared = new XlsxReporter();
        CompletableFuture.runAsync(prepared::prepare).get();
        byte[] first = write(prepared, report);
        byte[] second = write(prepared, report);

        assertThat(first).as("written over the template opened ahead").isEqualTo(plain);
        assertThat(second).as("the next write opens the template afresh").isEqualTo(plain);
    }
}
