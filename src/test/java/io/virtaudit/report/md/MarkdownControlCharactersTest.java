package io.virtaudit.report.md;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.finding.Finding;
import io.virtaudit.finding.FindingStatus;
import io.virtaudit.report.Report;
import io.virtaudit.finding.Subject;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.SubjectType;
import io.virtaudit.report.sarif.TestReports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A Markdown report is read in terminals and pasted into tickets: an escape sequence in a name
 * ({@code ESC [2J} clears the screen, {@code ESC ]0;… BEL} retitles the window) must be shown, not
 * obeyed, so the report holds no control character but line breaks of its own.
 */
class MarkdownControlCharactersTest {

    private static final String CLEAR = "\u001b[2J";
    private static final String TITLE = "\u001b]0;pwned\u0007";

    @Test
    void escapeSequencesInNamesAndMessagesAreSpeltVisibly() throws IOException {
        Finding finding = TestReports.finding(TestReports.CMP, new Subject(SubjectType.HOST, "h1" + CLEAR,
                "esx" + TITLE), "over-committed\u0000 \u009b31m \u202Egnp.exe", Map.of(),
                new SourceRef("lab.yaml", "/hosts/0"), FindingStatus.NEW);
        Report plain = TestReports.report(List.of(finding), List.of(), false);
        Report.EstateSummary e = plain.estate();
        Report report = new Report(plain.tool(), new Report.EstateSummary("ACME" + TITLE + CLEAR, e.collectedAt(),
                e.source(), e.counts(), e.referenceTime(), false, e.inputs(), null), plain.summary(), plain.findings(),
                plain.resolved(), plain.waivers(), plain.rules(), plain.run(), plain.inventory());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownReporter().write(report, out);
        String md = out.toString(StandardCharsets.UTF_8);
        assertThat(md.chars().filter(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f || c == 0x202e))
                .as("control characters in the report").isEmpty();
        assertThat(md).startsWith("# virtaudit: ACME\\u001b\\]0;pwned\\u0007\\u001b\\[2J, 2026-11-24\n");
        assertThat(md).contains("- **CMP-001** host h1\\u001b\\[2J (esx\\u001b\\]0;pwned\\u0007): "
                + "over-committed\\u0000 \\u009b31m \\u202egnp.exe\n");
    }
}
