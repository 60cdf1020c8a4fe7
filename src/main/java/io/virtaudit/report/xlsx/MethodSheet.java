package io.virtaudit.report.xlsx;

import io.virtaudit.report.Report;
import io.virtaudit.model.EstateInfo;
import io.virtaudit.model.SubjectType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How the assessment was made, for the auditor who files it: the inputs and what each contributed,
 * when the facts were collected, the tool and rule packs, the policy, waivers and baseline, and how
 * to read the score.
 */
final class MethodSheet {

    /** The columns a section spans, unless the inputs table needs more (an estate with port groups and managers). */
    static final int WIDTH = 8;

    private final Report report;
    private final EstateIndex estate;
    private final Sheets sheets;
    private final String templateName;
    private final List<ListSheet.Unlinked> unlinked;

    /** The method of {@code report}; {@code unlinked}, the list sheets whose last rows went without their links. */
    MethodSheet(Report report, EstateIndex estate, Sheets sheets, String templateName,
            List<ListSheet.Unlinked> unlinked) {
        this.report = report;
        this.estate = estate;
        this.sheets = sheets;
        this.templateName = templateName;
        this.unlinked = unlinked;
    }

    void write() {
        PageWriter page = new PageWriter(sheets, WorkbookLayout.METHOD,
                Math.max(WIDTH, 1 + estate.collections().size()));
        Styles styles = sheets.styles();
        Report.EstateSummary e = report.estate();
        page.section("Inputs");
        inputs(page);
        page.blank();
        page.pair("Estate", e.name(), styles.value);
        page.note("Described as", e.source());
        page.pair("Facts collected at", e.collectedAt() == null ? "not stated" : e.collectedAt().toString(),
                styles.value);
        page.note("Ages measured from", e.referenceTime() == null ? null : e.referenceTime()
                + (e.referenceTimeAssumed() ? " (the time of the run: the estate states no collection time)"
                : " (the collection time)"));
        sources(page);
        dataQuality(page);
        page.section("Tool and rules");
        page.pair("Tool", report.tool().name() + " " + report.tool().version(), styles.value);
        page.pair("Rule packs", report.tool().rulePacks().stream().map(p -> p.id() + " " + p.version())
                .collect(Collectors.joining("; ")), styles.value);
        page.pair("Rules evaluated", report.summary().rulesEvaluated(), styles.value);
        page.pair("Rules with findings", report.summary().rulesFailed(), styles.value);
        Report.Run run = report.run();
        page.pair("Policy", run == null || run.policy() == null ? "the built-in default policy" : run.policy(),
                styles.value);
        page.pair("Waivers", run == null || run.waivers() == null ? "none" : run.waivers(), styles.value);
        page.pair("Waiver expiry judged on", run == null ? null : run.date(), styles.value);
        page.pair("Baseline", run == null || run.baseline() == null ? "none" : run.baseline(), styles.value);
        page.pair("Workbook template", templateName, styles.value);
        page.section("How to read this workbook");
        page.note("Score", "For each rule, the share of the objects it judges (every object of its subject type; "
                + "VMs without templates) that have no unwaived finding of it, weighted by the rule's severity "
                + "(critical 10, high 5, medium 3, low 1, info 0) and averaged per domain and overall, as a "
                + "percentage. A rule over a type the estate has none of does not count.");
        page.note("Severity", "critical: fix now, an outage or data loss is likely; high: fix in the next change "
                + "window; medium: plan the fix; low: good practice; info: for the record.");
        page.note("Waivers", "A waived finding is an accepted risk: it stays in every list, marked with its waiver, "
                + "and does not count for the score.");
        page.note("Thresholds", "The Rules sheet lists every rule evaluated with the thresholds in effect under "
                + "the policy.");
        page.note("Sources", "Every finding and every inventory row names the input file and the location in it "
                + "that its facts came from.");
        if (!unlinked.isEmpty()) {
            page.note("Links", "A finding's rule and subject link to their rows, but Excel allows "
                    + String.format(Locale.ROOT, "%,d", unlinked.get(0).limit()) + " links on a sheet: "
                    + unlinked.stream().map(u -> "on " + u.sheet() + ", " + u.rowsLinked())
                            .collect(Collectors.joining("; "))
                    + ". Find the others' rules on the Rules sheet and their subjects on the inventory sheets by id.");
        }
        page.sheet().setFitToPage(true);
        page.sheet().getPrintSetup().setFitWidth((short) 1);
        page.sheet().getPrintSetup().setFitHeight((short) 0);
        ListSheet.pageNumbers(page.sheet().getFooter());
    }

    /** One row per input file with the objects it contributed per collection. */
    private void inputs(PageWriter page) {
        List<SubjectType> collections = estate.collections();
        List<String> headings = new ArrayList<>(List.of("Input"));
        collections.forEach(c -> headings.add(Nouns.subjects(c, 2)));
        Map<String, int[]> perInput = new LinkedHashMap<>();
        List<String> inputs = report.estate().inputs() == null ? List.of() : report.estate().inputs();
        inputs.forEach(i -> perInput.put(i, new int[collections.size()]));
        estate.objectsPerInput().forEach((file, counts) -> {
            int[] sum = perInput.computeIfAbsent(file, f -> new int[collections.size()]);
            for (int c = 0; c < counts.length; c++) {
                sum[c] += counts[c];
            }
        });
        page.header(headings.stream().map(h -> h.substring(0, 1).toUpperCase(Locale.ROOT) + h.substring(1))
                .toList());
        perInput.forEach((input, counts) -> {
            List<Object> row = new ArrayList<>(List.of(input));
            for (int n : counts) {
                row.add(n);
            }
            page.cells(row, List.of(sheets.styles().wrapped));
        });
    }

    /** One row per source with its own collection time: two vCenters are exported minutes apart. */
    private void sources(PageWriter page) {
        List<EstateInfo.Source> sources = report.estate().sources();
        if (sources.isEmpty()) {
            return;
        }
        page.blank();
        page.header(List.of("Source", "Kind", "Collected at", "Tool", "File", "Rows skipped"));
        for (EstateInfo.Source source : sources) {
            page.cells(Arrays.asList(source.id(), source.kind() == null ? null : source.kind().wireName(),
                    source.collectedAt() == null ? "not stated" : source.collectedAt().toString(), source.tool(),
                    source.file(), source.skipped() == null ? "not recorded" : source.skipped().size()),
                    List.of(sheets.styles().wrapped));
        }
    }

    /** Rows the importers show in a workbook one by one; beyond it, the count and the findings JSON have them all. */
    static final int SKIPPED_ROWS_SHOWN = 1000;

    /**
     * The rows of third-party exports that were left out (a VM row without its host, a repeated
     * row), each with where it was and why, so that nothing the audit could not see goes unsaid.
     */
    private void dataQuality(PageWriter page) {
        Styles styles = sheets.styles();
        page.section("Data quality");
        int skipped = report.estate().skippedRows();
        page.pair("Rows skipped on import", skipped, styles.value);
        if (skipped == 0) {
            page.note("", report.estate().sources().isEmpty()
                    ? "The inputs do not record skipped rows (estate documents are read strictly: a bad row is an error)."
                    : "Every row of the inputs was read.");
            return;
        }
        page.note("", "Rows of third-party exports that could not describe an object were left out (DAT-002"
                + " reports them per source). Objects they would have described are missing from every sheet.");
        page.header(List.of("Source", "File", "Row", "Reason"));
        int shown = 0;
        for (EstateInfo.Source source : report.estate().sources()) {
            for (EstateInfo.SkippedRow row : source.skipped() == null ? List.<EstateInfo.SkippedRow>of() : source.skipped()) {
                if (shown++ == SKIPPED_ROWS_SHOWN) {
                    page.note("", "… " + (skipped - SKIPPED_ROWS_SHOWN) + " more: the findings JSON lists every"
                            + " skipped row under estate.sources.");
                    return;
                }
                page.cells(List.of(source.id(), source.file() == null ? "" : source.file(), row.at(), row.reason()),
                        List.of(styles.wrapped));
            }
        }
    }
}
