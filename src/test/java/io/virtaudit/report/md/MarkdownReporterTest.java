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
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** Renders hand-built reports as Markdown and parses them back with CommonMark. */
class MarkdownReporterTest {

    @Test
    void namesTheFormatAndFile() {
        MarkdownReporter reporter = new MarkdownReporter();
        assertThat(reporter.format()).isEqualTo("md");
        assertThat(reporter.defaultFileName()).isEqualTo("virtaudit-report.md");
    }

    @Test
    void withABaselineListsIntroducedThenResolvedThenCountsWhatIsStillOpen() throws IOException {
        Node doc = parse(TestReports.withBaseline());
        assertThat(headings(doc)).containsExactly("virtaudit: ACME Production, 2026-11-24", "Introduced (5)",
                "Resolved (1)", "Still open");
        List<List<String>> lists = lists(doc);
        assertThat(lists).hasSize(3);
        assertThat(lists.get(0)).hasSize(5).allSatisfy(item -> assertThat(item).doesNotContain("trade01", "nobk"));
        assertThat(lists.get(0).get(0)).isEqualTo("CMP-001 host h1 (@esx01): h1 runs 4.5 vCPU per core");
        assertThat(lists.get(1)).containsExactly("STO-001 lun lun7: lun7 has one path");
        assertThat(lists.get(2)).containsExactly("1 persisting: 1 high", "1 waived");
    }

    @Test
    void withABaselineTheTableHasTheBeforeAndChangeColumns() throws IOException {
        String table = tableText(parse(TestReports.withBaseline()));
        assertThat(table).contains("| severity | findings | waived | before | new | persisting | resolved |");
        // high: trade01 persisting, trade02 new, lun7 resolved; before = persisting + resolved
        assertThat(table).contains("| high | 2 | 0 | 2 | 1 | 1 | 1 |");
        assertThat(table).contains("| medium | 2 | 1 | 1 | 1 | 1 | 0 |");
    }

    @Test
    void withoutABaselineFindingsAreGroupedBySeverity() throws IOException {
        Node doc = parse(TestReports.withoutBaseline());
        assertThat(headings(doc)).containsExactly("virtaudit: ACME Production, 2026-11-24", "Findings",
                "Critical (1)", "High (2)", "Medium (2)", "Low (1)", "Info (1)");
        assertThat(tableText(doc)).contains("| severity | findings | waived |").doesNotContain("before");
        List<List<String>> lists = lists(doc);
        assertThat(lists.get(2)).containsExactly(
                "BKP-001 vm nobk (\tnobk): nobk has no backup job (waived)",
                "NET-002 vm web01 (=HYPERLINK(\"http://example.invalid\",\"click\")): web01 is on VLAN 999");
    }

    @Test
    void scoreIsStated() throws IOException {
        assertThat(markdown(TestReports.withoutBaseline())).contains("Score: **71.4** / 100");
    }

    @Test
    void valuesFromTheDataAreEscaped() throws IOException {
        Node doc = parse(TestReports.withoutBaseline());
        String c1 = lists(doc).get(3).get(0);
        assertThat(c1).isEqualTo("AVL-003 cluster c1 (*evil*|<script>): c1 has admission control off & 3 <hosts>");
        List<Class<?>> inlines = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Emphasis emphasis) {
                inlines.add(Emphasis.class);
            }

            @Override
            public void visit(HtmlInline html) {
                inlines.add(HtmlInline.class);
            }
        });
        assertThat(inlines).isEmpty();
        assertThat(markdown(TestReports.withoutBaseline())).contains("\\*evil\\*\\|\\<script\\>");
    }

    @Test
    void theEscapeCoversEveryMarkdownCharacterAndLineBreaks() {
        assertThat(MarkdownText.of("a\\b*c_d[e]f<g>h|i#j`k")).isEqualTo("a\\\\b\\*c\\_d\\[e\\]f\\<g\\>h\\|i\\#j\\`k");
        assertThat(MarkdownText.of("two\r\nlines\nhere")).isEqualTo("two lines here");
    }

    @Test
    void longListsStopAtFiftyAndCountTheRest() throws IOException {
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(TestReports.finding(TestReports.NET, new Subject(SubjectType.VM, String.format("vm%03d", i),
                    String.format("vm%03d", i)), "on VLAN 999", Map.of(), new SourceRef("lab.yaml", "/vms/" + i),
                    FindingStatus.NEW));
        }
        Node doc = parse(TestReports.report(many, List.of(), false));
        assertThat(headings(doc)).contains("Medium (60)");
        assertThat(lists(doc)).hasSize(1);
        assertThat(lists(doc).get(0)).hasSize(50);
        assertThat(paragraphs(doc)).contains("… and 10 more");
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
        new MarkdownReporter().write(TestReports.withBaseline(), out);
        assertThat(closed[0]).isFalse();
    }

    private static String markdown(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownReporter().write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Node parse(Report report) throws IOException {
        return Parser.builder().build().parse(markdown(report));
    }

    private static List<String> headings(Node doc) {
        List<String> out = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                out.add(text(heading));
            }
        });
        return out;
    }

    /** Each bullet list as the plain text of its items (what a reader sees, bold markers gone). */
    private static List<List<String>> lists(Node doc) {
        List<List<String>> out = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(BulletList list) {
                List<String> items = new ArrayList<>();
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    items.add(text(item));
                }
                out.add(items);
            }
        });
        return out;
    }

    private static List<String> paragraphs(Node doc) {
        List<String> out = new ArrayList<>();
        for (Node node = doc.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph) {
                out.add(text(node));
            }
        }
        return out;
    }

    /** The core parser has no tables: the table is the first paragraph, its rows as soft line breaks. */
    private static String tableText(Node doc) {
        StringBuilder raw = new StringBuilder();
        for (Node node = doc.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph p && p.getFirstChild() instanceof Text t && t.getLiteral().startsWith("|")) {
                for (Node inline = p.getFirstChild(); inline != null; inline = inline.getNext()) {
                    raw.append(inline instanceof Text text ? text.getLiteral()
                            : inline instanceof StrongEmphasis ? "**" + text(inline) + "**" : "\n");
                }
                return raw.toString();
            }
        }
        throw new AssertionError("no table");
    }

    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(ListItem item) {
                visitChildren(item);
            }
        });
        return out.toString();
    }
}
