package io.virtaudit.report.xlsx;

import java.util.List;

/**
 * The contract between the Excel template and the writer: the sheet names and the column headings.
 * The template may restyle the headings; the writer fills the columns in this order.
 */
public final class WorkbookLayout {

    public static final String SUMMARY = "Summary";
    public static final String FINDINGS = "Findings";
    public static final String RULES = "Rules";
    /** Written when the template has no such sheet; present in every report. */
    public static final String WAIVERS = "Waivers";
    /** Written only when the run has a baseline. */
    public static final String CHANGES = "Changes";

    /** The sheets every template must hold, in workbook order. */
    public static final List<String> SHEETS = List.of(SUMMARY, FINDINGS, RULES);

    public static final List<String> SUMMARY_COLUMNS = List.of("Item", "Value");

    public static final List<String> FINDINGS_COLUMNS = List.of("Severity", "Rule", "Title", "Subject type",
            "Subject id", "Subject name", "Message", "Evidence", "Remediation", "Source", "Status", "Waiver");

    public static final List<String> RULES_COLUMNS = List.of("Rule id", "Severity", "Category", "Title",
            "Subject type", "Findings", "Remediation", "References", "Seed", "Pack");

    public static final List<String> WAIVERS_COLUMNS = List.of("Status", "Rule", "Subject", "Subject type",
            "Justification", "Approved by", "Expires", "Reference", "Findings waived", "Source");

    public static final List<String> CHANGES_COLUMNS = List.of("Change", "Severity", "Rule", "Title", "Subject type",
            "Subject id", "Message");

    /** The column holding the severity word, which the severity colours key on. */
    public static final int FINDINGS_SEVERITY_COLUMN = 0;
    public static final int RULES_SEVERITY_COLUMN = 1;

    private WorkbookLayout() {
    }

    /** The headings of a sheet, for writing a header row a template left out. */
    public static List<String> columns(String sheet) {
        return switch (sheet) {
            case SUMMARY -> SUMMARY_COLUMNS;
            case FINDINGS -> FINDINGS_COLUMNS;
            case RULES -> RULES_COLUMNS;
            case WAIVERS -> WAIVERS_COLUMNS;
            case CHANGES -> CHANGES_COLUMNS;
            default -> throw new IllegalArgumentException("no sheet " + sheet);
        };
    }
}
