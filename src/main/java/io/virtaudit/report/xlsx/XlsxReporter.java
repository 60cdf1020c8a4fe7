package io.virtaudit.report.xlsx;

import io.virtaudit.finding.Finding;
import io.virtaudit.finding.Report;
import io.virtaudit.model.Wire;
import io.virtaudit.report.Reporter;
import io.virtaudit.rules.RuleMetadata;
import io.virtaudit.rules.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Excel workbook an auditor filters and annotates: Summary, Findings and Rules sheets written
 * over a template, streamed (SXSSF) so that a large estate's findings do not all sit in memory.
 */
public final class XlsxReporter implements Reporter {

    /** Rows kept in memory per sheet before they are flushed to a temporary file. */
    private static final int WINDOW = 100;

    /** The estate collections in the order the Summary lists them. */
    private static final List<String> COLLECTIONS = List.of("clusters", "hosts", "vms", "luns", "multipath", "vlans");

    private final WorkbookTemplate template;

    /** Writes over the built-in template. */
    public XlsxReporter() {
        this(WorkbookTemplate.builtIn());
    }

    /**
     * Writes over a user's template ({@code --template FILE}).
     *
     * @throws io.virtaudit.importer.InputException when it cannot be opened or lacks a sheet
     */
    public XlsxReporter(Path template) {
        this(WorkbookTemplate.of(template));
    }

    private XlsxReporter(WorkbookTemplate template) {
        this.template = template;
    }

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public String defaultFileName() {
        return "virtaudit-report.xlsx";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(template.open(), WINDOW);
        try {
            CellStyle plain = style(workbook, false);
            CellStyle wrapped = style(workbook, true);
            summary(report, workbook, plain);
            findings(report, workbook, plain, wrapped);
            rules(report, workbook, plain, wrapped);
            waivers(report, workbook, plain, wrapped);
            if (report.summary().changes() != null) {
                changes(report, workbook, plain, wrapped);
            }
            properties(report, workbook.getXSSFWorkbook());
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void summary(Report report, SXSSFWorkbook workbook, CellStyle plain) {
        RowAppender rows = appender(workbook, WorkbookLayout.SUMMARY, plain, Map.of());
        Report.EstateSummary estate = report.estate();
        rows.append(Arrays.asList("Estate name", estate.name()));
        rows.append(Arrays.asList("Collected at", collectedAt(estate)));
        rows.append(Arrays.asList("Source", estate.source()));
        rows.append(Arrays.asList("Inputs", estate.inputs() == null ? null : String.join("; ", estate.inputs())));
        rows.append(Arrays.asList("Tool version", report.tool().version()));
        rows.append(Arrays.asList("Rule packs", report.tool().rulePacks().stream()
                .map(p -> p.id() + " " + p.version()).collect(Collectors.joining("; "))));
        Map<String, Integer> counts = new LinkedHashMap<>();
        COLLECTIONS.forEach(c -> counts.put(c, 0));
        counts.putAll(estate.counts() == null ? Map.of() : estate.counts());
        counts.forEach((collection, count) -> rows.append(List.of(collection, count)));
        Report.Summary summary = report.summary();
        rows.append(List.of("Findings", summary.findings()));
        rows.append(List.of("Waived", summary.waived()));
        for (Severity severity : Severity.values()) {
            rows.append(List.of(severity.wireName(), summary.bySeverity().getOrDefault(severity.wireName(), 0)));
        }
        summary.byDomain().forEach((domain, count) -> rows.append(List.of(domain, count)));
        rows.append(List.of("Rules evaluated", summary.rulesEvaluated()));
        rows.append(List.of("Rules failed", summary.rulesFailed()));
        if (summary.score() != null) {
            rows.append(List.of("Score", summary.score()));
            summary.scoreByDomain().forEach((domain, score) -> rows.append(List.of("Score " + domain, score)));
        }
        if (report.run() != null) {
            rows.append(Arrays.asList("Run date (waiver expiry)", report.run().date().toString()));
        }
        if (summary.changes() != null) {
            rows.append(Arrays.asList("Baseline", report.run().baseline()));
            for (Severity severity : Severity.values()) {
                rows.append(List.of(severity.wireName() + " in the baseline",
                        summary.baselineBySeverity().getOrDefault(severity.wireName(), 0)));
            }
            rows.append(List.of("New", summary.changes().added()));
            rows.append(List.of("Persisting", summary.changes().persisting()));
            rows.append(List.of("Resolved", summary.changes().resolved()));
        }
    }

    /** Waivers applied, expired and unused: the auditor's view of the accepted risks. */
    private static void waivers(Report report, SXSSFWorkbook workbook, CellStyle plain, CellStyle wrapped) {
        ensureSheet(workbook, WorkbookLayout.WAIVERS);
        List<String> columns = WorkbookLayout.WAIVERS_COLUMNS;
        RowAppender rows = appender(workbook, WorkbookLayout.WAIVERS, plain,
                Map.of(columns.indexOf("Justification"), wrapped));
        report.waivers().applied().forEach(a -> rows.append(waiverRow("applied", a.waiver(), a.findings())));
        report.waivers().expired().forEach(w -> rows.append(waiverRow("expired", w, 0)));
        report.waivers().unused().forEach(w -> rows.append(waiverRow("unused", w, 0)));
        SXSSFSheet sheet = workbook.getSheet(WorkbookLayout.WAIVERS);
        sheet.createFreezePane(0, rows.headerRow() + 1);
        sheet.setAutoFilter(new CellRangeAddress(rows.headerRow(), rows.lastRow(), 0, columns.size() - 1));
    }

    private static List<Object> waiverRow(String status, io.virtaudit.waiver.Waiver w, int findings) {
        return Arrays.asList(status, w.rule(), w.subject(), w.subjectType(), w.justification(), w.approvedBy(),
                w.expires().toString(), w.reference(), findings, w.source() == null ? null : w.source().toString());
    }

    /** New, resolved and persisting findings against the baseline: the quarter-over-quarter view. */
    private static void changes(Report report, SXSSFWorkbook workbook, CellStyle plain, CellStyle wrapped) {
        ensureSheet(workbook, WorkbookLayout.CHANGES);
        List<String> columns = WorkbookLayout.CHANGES_COLUMNS;
        RowAppender rows = appender(workbook, WorkbookLayout.CHANGES, plain, Map.of(columns.indexOf("Message"), wrapped));
        List<Finding> ordered = new ArrayList<>();
        report.findings().stream().filter(f -> f.status() == io.virtaudit.finding.FindingStatus.NEW).forEach(ordered::add);
        ordered.addAll(report.resolved());
        report.findings().stream().filter(f -> f.status() == io.virtaudit.finding.FindingStatus.PERSISTING).forEach(ordered::add);
        for (Finding f : ordered) {
            rows.append(Arrays.asList(wire(f.status()), f.severity().wireName(), f.ruleId(), f.title(),
                    wire(f.subject().type()), f.subject().id(), f.message()));
        }
        table(workbook, WorkbookLayout.CHANGES, rows, columns.size(), 1);
    }

    private static void ensureSheet(SXSSFWorkbook workbook, String name) {
        if (workbook.getSheet(name) == null) {
            workbook.createSheet(name);
        }
    }

    private static String collectedAt(Report.EstateSummary estate) {
        if (estate.referenceTimeAssumed() || estate.collectedAt() == null) {
            return "not stated: the run's time " + estate.referenceTime() + " was used";
        }
        return estate.collectedAt().toString();
    }

    private static void findings(Report report, SXSSFWorkbook workbook, CellStyle plain, CellStyle wrapped) {
        List<String> columns = WorkbookLayout.FINDINGS_COLUMNS;
        RowAppender rows = appender(workbook, WorkbookLayout.FINDINGS, plain, Map.of(columns.indexOf("Message"),
                wrapped, columns.indexOf("Evidence"), wrapped, columns.indexOf("Remediation"), wrapped));
        for (Finding f : report.findings()) {
            rows.append(Arrays.asList(f.severity().wireName(), f.ruleId(), f.title(), wire(f.subject().type()),
                    f.subject().id(), f.subject().name(), f.message(), evidence(f.evidence()), f.remediation(),
                    f.source() == null ? null : f.source().toString(), wire(f.status()),
                    f.waiver() == null ? null : io.virtaudit.waiver.Waivers.label(f.waiver())));
        }
        table(workbook, WorkbookLayout.FINDINGS, rows, columns.size(), WorkbookLayout.FINDINGS_SEVERITY_COLUMN);
    }

    private static void rules(Report report, SXSSFWorkbook workbook, CellStyle plain, CellStyle wrapped) {
        List<String> columns = WorkbookLayout.RULES_COLUMNS;
        RowAppender rows = appender(workbook, WorkbookLayout.RULES, plain, Map.of(columns.indexOf("Remediation"),
                wrapped, columns.indexOf("References"), wrapped));
        for (Report.RuleResult result : report.rules()) {
            RuleMetadata rule = result.rule();
            rows.append(Arrays.asList(rule.id(), wire(rule.severity()), rule.category(), rule.title(),
                    wire(rule.subject()), result.findings(), rule.remediation(),
                    rule.references() == null ? null : String.join("; ", rule.references()), rule.seed(),
                    rule.pack()));
        }
        table(workbook, WorkbookLayout.RULES, rows, columns.size(), WorkbookLayout.RULES_SEVERITY_COLUMN);
    }

    /** Freezes the header, filters header and data, and colours the severity column. */
    private static void table(SXSSFWorkbook workbook, String name, RowAppender rows, int width, int severityColumn) {
        SXSSFSheet sheet = workbook.getSheet(name);
        sheet.createFreezePane(0, rows.headerRow() + 1);
        sheet.setAutoFilter(new CellRangeAddress(rows.headerRow(), rows.lastRow(), 0, width - 1));
        SeverityColours.ensure(workbook.getXSSFWorkbook().getSheet(name), severityColumn, rows.headerRow() + 1);
    }

    /** Title, author and dates; the dates are the estate's reference time, so reruns give the same file. */
    private static void properties(Report report, XSSFWorkbook workbook) {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        core.setTitle("virtaudit report: " + report.estate().name());
        core.setCreator("virtaudit");
        core.setLastModifiedByUser("virtaudit");
        if (report.estate().referenceTime() != null) {
            Date at = Date.from(report.estate().referenceTime());
            core.setCreated(Optional.of(at));
            core.setModified(Optional.of(at));
        }
    }

    private static String evidence(Map<String, Object> evidence) {
        if (evidence == null || evidence.isEmpty()) {
            return null;
        }
        List<String> pairs = new ArrayList<>();
        evidence.forEach((key, value) -> pairs.add(key + "=" + (value == null ? "" : value)));
        return String.join("; ", pairs);
    }

    private static String wire(Wire value) {
        return value == null ? null : value.wireName();
    }

    private static RowAppender appender(SXSSFWorkbook workbook, String name, CellStyle plain,
                                        Map<Integer, CellStyle> columnStyles) {
        return new RowAppender(workbook.getSheet(name), workbook.getXSSFWorkbook().getSheet(name), plain, columnStyles);
    }

    private static CellStyle style(SXSSFWorkbook workbook, boolean wrap) {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setWrapText(wrap);
        return style;
    }
}
