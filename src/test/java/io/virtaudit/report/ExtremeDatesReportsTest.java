package io.virtaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.report.sarif.TestReports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every format writes a report whose estate was collected at the edge of what Java holds: the
 * loader may refuse such dates, but no writer relies on it.
 */
class ExtremeDatesReportsTest {

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31T23:59:59.999999999Z", "-999999999-01-01T00:00:00Z"})
    void everyFormatWritesACollectionTimeAtTheEdgeOfJavasRange(String collected) throws IOException {
        Instant at = Instant.parse(collected);
        Report plain = TestReports.withoutBaseline();
        Report.EstateSummary e = plain.estate();
        Report report = new Report(plain.tool(), new Report.EstateSummary(e.name(), at, e.source(), e.counts(), at,
                false, e.inputs(), null), plain.summary(), plain.findings(), plain.resolved(), plain.waivers(),
                plain.rules(), plain.run(), plain.inventory());
        ReporterRegistry formats = ReporterRegistry.builtIn();
        assertThat(formats.names()).containsExactly("xlsx", "json", "sarif", "junit", "csv", "md");
        for (ReportFormat format : formats.formats()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            format.create(ReportSettings.defaults()).write(report, out);
            assertThat(out.size()).as(format.name()).isPositive();
        }
    }
}
