package io.virtaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.finding.Finding;
import io.virtaudit.finding.FindingStatus;
import io.virtaudit.report.Report;
import io.virtaudit.finding.Subject;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.SubjectType;
import io.virtaudit.report.sarif.TestReports;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the CLI prints from the data is shown, not obeyed: an estate, subject or file named with an
 * escape sequence ({@code ESC [2J} clears the screen, {@code ESC ]0;… BEL} retitles the window)
 * prints the sequence spelt out.
 */
class ConsoleControlCharactersTest {

    private static final String CLEAR = "\u001b[2J";
    private static final String TITLE = "\u001b]0;pwned\u0007";

    @TempDir
    Path dir;

    @Test
    void theSummaryOfCheckSpellsControlCharactersOut() {
        Finding finding = TestReports.finding(TestReports.CMP, new Subject(SubjectType.HOST, "h1" + CLEAR, "esx01"),
                "h1" + CLEAR + " runs\r\n4.5 vCPU\u009b per core", Map.of(), new SourceRef("lab.yaml", "/hosts/0"),
                FindingStatus.NEW);
        Report plain = TestReports.report(List.of(finding), List.of(), false);
        Report.EstateSummary e = plain.estate();
        Report report = new Report(plain.tool(), new Report.EstateSummary("ACME" + TITLE, e.collectedAt(),
                e.source(), e.counts(), e.referenceTime(), false, e.inputs(), null), plain.summary(), plain.findings(),
                plain.resolved(), plain.waivers(), plain.rules(), plain.run(), plain.inventory());
        StringWriter out = new StringWriter();
        ConsoleSummary.print(report, List.of(), new PrintWriter(out, true));
        assertThat(out.toString().lines()).containsExactly(
                "ACME\\u001b]0;pwned\\u0007: 1 findings (1 critical) from 7 rules, 1 of them failed",
                "critical  CMP-001  host h1\\u001b[2J: h1\\u001b[2J runs\\r\\n4.5 vCPU\\u009b per core");
        ConsoleSummary.print(report, List.of(dir.resolve("out" + CLEAR + ".json")), new PrintWriter(out, true));
        assertThat(out.toString()).contains("wrote " + dir + "/out\\u001b[2J.json")
                .doesNotContain("\u001b", "\u0007", "\r", "\u009b");
    }

    @Test
    void diffSpellsOutFileNamesWithControlCharacters() throws IOException {
        Path current = Files.writeString(dir.resolve("current" + CLEAR + ".yaml"), CheckCommandTest.LAB);
        Path proposed = Files.writeString(dir.resolve("proposed" + TITLE + ".yaml"), CheckCommandTest.LAB);
        Path out = dir.resolve("diff" + CLEAR + ".json");
        CliRun run = CliRun.of("diff", current.toString(), proposed.toString(), "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly(
                dir + "/proposed\\u001b]0;pwned\\u0007.yaml against " + dir + "/current\\u001b[2J.yaml: 0 introduced, "
                        + "0 resolved, 22 unchanged",
                "wrote " + dir + "/diff\\u001b[2J.json");
    }
}
