package io.virtaudit.report.xlsx;

import io.virtaudit.report.Report;
import io.virtaudit.rules.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFColorScaleFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;

/**
 * The page a client reads first: the overall and per-domain score, the findings by severity,
 * domain and cluster with a chart of each, and the top risks in plain words.
 */
final class ExecutiveSummary {

    /** Columns the page spans (A–S): tables in A–H, each with its chart beside it in J–S. */
    static final int WIDTH = 19;
    static final int CHART_FIRST_COLUMN = 9;
    static final int CHART_END_COLUMN = 19;
    /** The fewest rows a chart takes; a longer table gets a taller chart. */
    static final int CHART_ROWS = 15;
    /** How many risks the summary spells out. */
    static final int TOP_RISKS = 5;
    /**
     * The most clusters the summary names one by one: beyond that a chart's bars are unreadable,
     * so it shows the clusters with the most severe findings and sums up the rest (the Clusters
     * sheet lists every one).
     */
    static final int TOP_CLUSTERS = 20;

    private final Report report;
    private final EstateIndex estate;
    private final FindingCounts counts;
    private final Sheets sheets;
    private final List<ListSheet.Unlinked> unlinked;

    /** The summary of {@code report}; {@code unlinked}, the list sheets whose last rows went without their links. */
    ExecutiveSummary(Report report, EstateIndex estate, FindingCounts counts, Sheets sheets,
            List<ListSheet.Unlinked> unlinked) {
        this.report = report;
        this.estate = estate;
        this.counts = counts;
        this.sheets = sheets;
        this.unlinked = unlinked;
    }

    void write() {
        PageWriter page = new PageWriter(sheets, WorkbookLayout.SUMMARY, WIDTH);
        Styles styles = sheets.styles();
        headline(page, styles);
        topRisks(page, styles);
        SummaryCharts charts = new SummaryCharts(page.sheet(), styles.accent);
        severities(page, styles, charts);
        // the breakdowns start the second printed page, so no chart is cut by a page break
        page.sheet().setRowBreak(page.row());
        domains(page, styles, charts);
        clusters(page, styles, charts);
        finish(page);
    }

    private void headline(PageWriter page, Styles styles) {
        Report.Summary summary = report.summary();
        var score = page.pair("Overall compliance score", summary.score(), styles.bigScore);
        score.setHeightInPoints(40);
        page.sheet().addMergedRegion(new CellRangeAddress(score.getRowNum(), score.getRowNum(), 1, 2));
        page.paragraph(0, overview());
        if (summary.changes() != null) {
            Report.Changes changes = summary.changes();
            page.paragraph(0, "Against the baseline " + report.run().baseline() + ": " + changes.added() + " new, "
                    + changes.persisting() + " persisting and " + changes.resolved() + " resolved findings.");
        }
    }

    /** One paragraph a manager reads: what was assessed, how much was found, how bad the worst is. */
    String overview() {
        Report.Summary s = report.summary();
        Report.EstateSummary e = report.estate();
        StringBuilder text = new StringBuilder();
        text.append(e.name()).append(": ").append(count(s.findings(), "finding")).append(" on ")
                .append(Nouns.estateSize(e.counts())).append(". ");
        int critical = s.bySeverity().getOrDefault("critical", 0);
        int high = s.bySeverity().getOrDefault("high", 0);
        text.append(critical == 0 && high == 0 ? "None is critical or high"
                : critical + " " + (critical == 1 ? "is" : "are") + " critical and " + high + " high");
        text.append("; ").append(s.waived()).append(s.waived() == 1 ? " is" : " are")
                .append(" waived as accepted risks. ");
        text.append(s.rulesFailed()).append(" of ").append(s.rulesEvaluated())
                .append(" rules found something. The score is the severity-weighted share of objects that pass "
                        + "each rule (100 is a clean estate); the Method sheet explains it.");
        return text.toString();
    }

    private void severities(PageWriter page, Styles styles, SummaryCharts charts) {
        Report.Summary s = report.summary();
        boolean baseline = s.baselineBySeverity() != null;
        page.section("Findings by severity");
        List<String> headings = new ArrayList<>(List.of("Severity", "Open", "Waived", "Total"));
        if (baseline) {
            headings.addAll(List.of("Baseline", "Change"));
        }
        int top = page.row();
        page.header(headings);
        int[] waived = new int[Severity.values().length];
        report.findings().stream().filter(f -> f.waived()).forEach(f -> waived[f.severity().ordinal()]++);
        int first = page.row();
        List<Integer> totals = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            int total = s.bySeverity().getOrDefault(severity.wireName(), 0);
            totals.add(total);
            List<Object> row = new ArrayList<>(List.of(severity.wireName(), total - waived[severity.ordinal()],
                    waived[severity.ordinal()], total));
            if (baseline) {
                int before = s.baselineBySeverity().getOrDefault(severity.wireName(), 0);
                row.addAll(List.of(before, total - before));
            }
            page.cells(row, Arrays.asList(styles.severity(severity), null, null, null, null, styles.change));
        }
        List<Object> sum = new ArrayList<>(List.of("Total", s.findings() - s.waived(), s.waived(), s.findings()));
        if (baseline) {
            int before = s.baselineBySeverity().values().stream().mapToInt(Integer::intValue).sum();
            sum.addAll(List.of(before, s.findings() - before));
        }
        page.cells(sum, Collections.nCopies(sum.size(), styles.total));
        List<String> names = Arrays.stream(Severity.values()).map(Severity::wireName).toList();
        charts.bySeverity(new SummaryCharts.Table(WorkbookLayout.SUMMARY, first, 0, names), 3, totals,
                place(page, top));
    }

    private void domains(PageWriter page, Styles styles, SummaryCharts charts) {
        Report.Summary s = report.summary();
        Map<String, String> areas = new TreeMap<>();
        report.rules().forEach(r -> areas.putIfAbsent(r.rule().domain(), r.rule().category()));
        TreeSet<String> domains = new TreeSet<>(s.byDomain().keySet());
        if (s.scoreByDomain() != null) {
            domains.addAll(s.scoreByDomain().keySet());
        }
        page.section("Score and findings by domain");
        int top = page.row();
        page.header(List.of("Domain", "Area", "Score", "Findings"));
        int first = page.row();
        List<Integer> perDomain = new ArrayList<>();
        for (String domain : domains) {
            int findings = s.byDomain().getOrDefault(domain, 0);
            perDomain.add(findings);
            Double score = s.scoreByDomain() == null ? null : s.scoreByDomain().get(domain);
            page.cells(Arrays.asList(domain, areas.get(domain), score, findings),
                    Arrays.asList(styles.label, null, styles.score, null));
        }
        if (!domains.isEmpty()) {
            colourScale(page, new CellRangeAddress(first, page.row() - 1, 2, 2));
            charts.simple("Findings by domain", new SummaryCharts.Table(WorkbookLayout.SUMMARY, first, 0,
                    List.copyOf(domains)), 3, perDomain, place(page, top));
        }
    }

    private void clusters(PageWriter page, Styles styles, SummaryCharts charts) {
        if (!estate.present()) {
            return;
        }
        page.section("Findings by cluster");
        List<String> headings = new ArrayList<>(List.of("Cluster", "Findings"));
        Arrays.stream(Severity.values()).forEach(sev -> headings.add(sev.wireName()));
        int top = page.row();
        page.header(headings);
        int first = page.row();
        List<String> names = new ArrayList<>();
        List<List<Integer>> bySeverity = new ArrayList<>();
        Arrays.stream(Severity.values()).forEach(sev -> bySeverity.add(new ArrayList<>()));
        List<Map.Entry<String, FindingCounts.Tally>> shown = new ArrayList<>(counts.byCluster().entrySet());
        FindingCounts.Tally others = new FindingCounts.Tally();
        int otherClusters = 0;
        List<String> otherGroups = new ArrayList<>();
        if (shown.size() > TOP_CLUSTERS) {
            shown.sort(Map.Entry.comparingByValue(FindingCounts.Tally.MOST_SEVERE_FIRST));
            for (Map.Entry<String, FindingCounts.Tally> rest : shown.subList(TOP_CLUSTERS, shown.size())) {
                others.add(rest.getValue());
                if (EstateIndex.GROUPS.contains(rest.getKey())) {
                    otherGroups.add(rest.getKey());
                } else {
                    otherClusters++;
                }
            }
            shown = shown.subList(0, TOP_CLUSTERS);
        }
        for (Map.Entry<String, FindingCounts.Tally> entry : shown) {
            FindingCounts.Tally tally = entry.getValue();
            names.add(entry.getKey());
            page.cells(tallyRow(entry.getKey(), tally), List.of(styles.wrapped));
            for (Severity severity : Severity.values()) {
                bySeverity.get(severity.ordinal()).add(tally.bySeverity[severity.ordinal()]);
            }
        }
        boolean summedUp = otherClusters + otherGroups.size() > 0;
        if (summedUp) {
            // below the chart's rows: a bar this size would dwarf the others
            List<String> label = new ArrayList<>(List.of(count(otherClusters, "other cluster")));
            label.addAll(otherGroups);
            page.cells(tallyRow(String.join(", ", label), others), List.of(styles.wrapped));
        }
        if (!names.isEmpty()) {
            charts.stackedBySeverity(summedUp ? "Findings by cluster, " + TOP_CLUSTERS + " most severe"
                    : "Findings by cluster", new SummaryCharts.Table(WorkbookLayout.SUMMARY, first, 0, names), 2,
                    bySeverity, place(page, top));
        }
    }

    private static List<Object> tallyRow(String name, FindingCounts.Tally tally) {
        List<Object> row = new ArrayList<>(List.of(name, tally.total));
        for (Severity severity : Severity.values()) {
            row.add(tally.bySeverity[severity.ordinal()]);
        }
        return row;
    }

    /** Where a section's chart goes: beside its table, from its header down; the page continues below both. */
    private static int[] place(PageWriter page, int top) {
        int bottom = Math.max(page.row(), top + CHART_ROWS);
        page.skipTo(bottom + 1);
        return new int[] {CHART_FIRST_COLUMN, top, CHART_END_COLUMN, bottom};
    }

    private void topRisks(PageWriter page, Styles styles) {
        List<FindingCounts.RuleFindings> plan = counts.plan().stream().filter(p -> p.tally.open() > 0).limit(TOP_RISKS)
                .toList();
        page.section("Top risks");
        if (plan.isEmpty()) {
            page.paragraph(0, "No open findings: every rule passed, or its findings are waived.");
            return;
        }
        int rank = 0;
        for (FindingCounts.RuleFindings p : plan) {
            rank++;
            var row = page.paragraph(1, p.risk());
            var cell = row.createCell(0);
            cell.setCellValue(rank + ". " + p.severity().wireName());
            cell.setCellStyle(styles.severity(p.severity()));
        }
        page.paragraph(0, "The Remediation plan sheet lists every rule with findings in this order, with what to "
                + "do and the references; the Findings sheet has one row per finding, linked to its rule and to its "
                + "subject in the inventory sheets" + (unlinked.stream().noneMatch(u -> u.list().equals(
                        WorkbookLayout.FINDINGS)) ? "."
                        : " as far as Excel's limit of links on a sheet goes (the Method sheet says which rows)."));
    }

    private void finish(PageWriter page) {
        var xssf = page.sheet();
        xssf.setFitToPage(true);
        xssf.getPrintSetup().setFitWidth((short) 1);
        xssf.getPrintSetup().setFitHeight((short) 0);
        ListSheet.pageNumbers(xssf.getFooter());
    }

    /** Scores from red (0) through amber to green (100). */
    private static void colourScale(PageWriter page, CellRangeAddress range) {
        XSSFSheetConditionalFormatting formatting = page.sheet().getSheetConditionalFormatting();
        XSSFConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
        XSSFColorScaleFormatting scale = rule.getColorScaleFormatting();
        scale.setNumControlPoints(3);
        scale.getThresholds()[0].setRangeType(RangeType.NUMBER);
        scale.getThresholds()[0].setValue(50d);
        scale.getThresholds()[1].setRangeType(RangeType.NUMBER);
        scale.getThresholds()[1].setValue(80d);
        scale.getThresholds()[2].setRangeType(RangeType.NUMBER);
        scale.getThresholds()[2].setValue(100d);
        scale.setColors(new XSSFColor[] {SeverityColours.colour("F8696B"), SeverityColours.colour("FFEB84"),
                SeverityColours.colour("63BE7B")});
        formatting.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
