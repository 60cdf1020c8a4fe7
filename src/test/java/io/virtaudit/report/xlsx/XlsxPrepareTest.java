package io.virtaudit.report.xlsx;

import static io.virtaudit.report.xlsx.Workbooks.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.report.Report;
import io.virtaudit.model.Estate;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The template opened and the estate indexed ahead, on another thread, give the same workbook as
 * when both are done while writing; an index of another estate is not used.
 */
class XlsxPrepareTest {

    @Test
    void aPreparedTemplateAndIndexGiveTheSameBytesAndAreUsedOnce() throws Exception {
        Report report = ReportFixture.report();
        byte[] plain = write(new XlsxReporter(), report);

        XlsxReporter prepared = new XlsxReporter();
        CompletableFuture.runAsync(() -> prepared.prepare(report.inventory())).get();
        byte[] first = write(prepared, report);
        byte[] second = write(prepared, report);

        assertThat(first).as("written over the template opened and the estate indexed ahead").isEqualTo(plain);
        assertThat(second).as("the next write opens the template and indexes afresh").isEqualTo(plain);
    }

    @Test
    void anIndexOfAnotherEstateIsNotUsed() throws Exception {
        Report report = ReportFixture.report();
        byte[] plain = write(new XlsxReporter(), report);
        // the same objects but for one VM fewer: an index of it would count two VMs on the Method sheet
        Estate full = report.inventory();
        Estate other = new Estate(full.info(), full.referenceTime(), full.referenceTimeAssumed(),
                full.clusters(), full.hosts(), full.vms().subList(0, 2), full.luns(), full.multipath(),
                full.vlans(), full.portGroups(), full.sources(), full.inputs());

        XlsxReporter prepared = new XlsxReporter();
        CompletableFuture.runAsync(() -> prepared.prepare(other)).get();
        assertThat(write(prepared, report)).isEqualTo(plain);
    }

    @Test
    void preparingWithoutAnEstateOnlyOpensTheTemplate() throws Exception {
        Report report = ReportFixture.report();
        byte[] plain = write(new XlsxReporter(), report);
        XlsxReporter prepared = new XlsxReporter();
        CompletableFuture.runAsync(() -> prepared.prepare(null)).get();
        assertThat(write(prepared, report)).isEqualTo(plain);
    }
}
