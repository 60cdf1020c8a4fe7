package io.virtaudit.report.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The contract between the Excel template and the writer: the sheet names, the named cells of the
 * cover and the columns of each list sheet. The template may restyle and rename the headings; the
 * writer fills the columns by position, in this order.
 */
public final class WorkbookLayout {

    public static final String COVER = "Cover";
    /** The executive summary; its tab keeps the short name earlier reports used. */
    public static final String SUMMARY = "Summary";
    public static final String FINDINGS = "Findings";
    public static final String REMEDIATION = "Remediation plan";
    public static final String HOSTS = "Hosts";
    public static final String VMS = "VMs";
    public static final String DATASTORES = "Datastores";
    public static final String MULTIPATH = "Multipath";
    public static final String VLANS = "VLANs";
    public static final String CLUSTERS = "Clusters";
    /** Left out of a report whose estate lists no port groups; a template may lack it. */
    public static final String PORT_GROUPS = "Port groups";
    /** Left out of a report whose estate lists no managers; a template may lack it. */
    public static final String MANAGERS = "Managers";
    public static final String WAIVERS = "Waivers";
    /** Removed from the report when the run has no baseline. */
    public static final String CHANGES = "Changes";
    public static final String RULES = "Rules";
    public static final String METHOD = "Method";

    /** Every sheet of the built-in template, in workbook order. */
    public static final List<String> SHEETS = List.of(COVER, SUMMARY, FINDINGS, REMEDIATION, HOSTS, VMS, DATASTORES,
            MULTIPATH, VLANS, PORT_GROUPS, CLUSTERS, MANAGERS, WAIVERS, CHANGES, RULES, METHOD);

    /**
     * The sheets of the second edition's collections, which a template may lack: a consultancy's
     * template made before them stays valid, and the writer adds the sheet in the built-in style
     * when the estate has such objects.
     */
    public static final List<String> OPTIONAL_SHEETS = List.of(PORT_GROUPS, MANAGERS);

    /** The sheets every template must hold, in workbook order. */
    public static final List<String> REQUIRED_SHEETS = SHEETS.stream().filter(s -> !OPTIONAL_SHEETS.contains(s))
            .toList();

    /**
     * The rows a sheet's own title and header rows must end within: the report's rows go below
     * them, so a template's cell further down would leave them no room.
     */
    public static final int OWN_ROWS = 100;

    /** The sheets written as pages of text and small tables rather than as one list. */
    public static final List<String> PAGES = List.of(COVER, SUMMARY, METHOD);

    /** Named cells of the cover that a template must define; the writer fills them when empty. */
    public static final String REPORT_TITLE = "ReportTitle";
    public static final String CLIENT = "Client";
    public static final String ASSESSOR = "Assessor";
    public static final String REPORT_DATE = "ReportDate";
    public static final String SCOPE = "Scope";
    /** A range the writer leaves alone: where a consultancy puts its logo. */
    public static final String LOGO_AREA = "LogoArea";
    public static final List<String> REQUIRED_NAMES = List.of(REPORT_TITLE, CLIENT, ASSESSOR, REPORT_DATE, SCOPE,
            LOGO_AREA);

    /** Named cells a template may define; the writer fills them when present and empty. */
    public static final String ESTATE_NAME = "EstateName";
    public static final String COLLECTED_AT = "CollectedAt";
    public static final String OVERALL_SCORE = "OverallScore";
    public static final String FINDINGS_SUMMARY = "FindingsSummary";
    public static final List<String> OPTIONAL_NAMES = List.of(ESTATE_NAME, COLLECTED_AT, OVERALL_SCORE,
            FINDINGS_SUMMARY);

    /** The columns every inventory sheet has after the object's own identity. */
    static final List<Column> FINDING_COUNTS = List.of(Column.text("Worst severity", 11).repeating(), Column.text("Findings", 9),
            Column.text("Critical", 8), Column.text("High", 7), Column.text("Medium", 8), Column.text("Low", 7),
            Column.text("Info", 7), Column.text("Waived", 8));

    public static final List<Column> FINDINGS_COLUMNS = List.of(Column.text("Severity", 10).repeating(),
            Column.link("Rule", 10).repeating(), Column.wrap("Title", 34).repeating(),
            Column.text("Subject type", 10).repeating(), Column.link("Subject id", 20),
            Column.wrap("Subject name", 20), Column.wrap("Cluster", 20).repeating(), Column.wrap("Message", 50),
            Column.wrap("Evidence", 30), Column.wrap("Remediation", 50).repeating(), Column.wrap("Source", 24),
            Column.text("Status", 10).repeating(), Column.wrap("Waiver", 24));

    public static final List<Column> REMEDIATION_COLUMNS = List.of(Column.text("Priority", 8),
            Column.text("Severity", 10), Column.link("Rule", 10), Column.wrap("Title", 36),
            Column.text("Subject type", 10), Column.text("Affected", 9), Column.text("Waived", 8),
            Column.wrap("Remediation", 60), Column.wrap("References", 30), Column.wrap("Affected subjects", 40));

    public static final List<Column> HOSTS_COLUMNS = withFindingCounts(
            List.of(Column.text("Host id", 14).repeating(), Column.wrap("Name", 18),
                    Column.wrap("Cluster", 18).repeating()),
            List.of(Column.text("Product", 10).repeating(), Column.text("Version", 9).repeating(),
                    Column.text("Virtualisation", 12).repeating(), Column.text("CPU model", 24).repeating(),
                    Column.text("Sockets", 8), Column.text("Cores per socket", 9),
                    Column.decimal("Memory (GB)", 10), Column.text("NICs", 6), Column.text("HBAs", 6),
                    Column.text("Power supplies", 8), Column.wrap("NTP servers", 20),
                    Column.text("Connected", 10).repeating(), Column.text("Maintenance since", 20),
                    Column.text("VMs", 6), Column.text("Managed by", 14).repeating(),
                    Column.text("Build", 10), Column.text("Connection state", 12).repeating(),
                    Column.text("NTP running", 8).repeating(), Column.text("SSH running", 8).repeating(),
                    Column.text("Shell running", 8).repeating(), Column.text("Lockdown mode", 12).repeating(),
                    Column.wrap("Syslog targets", 24), Column.text("Certificate expires", 20),
                    Column.wrap("Source", 24)));

    public static final List<Column> VMS_COLUMNS = withFindingCounts(
            List.of(Column.text("VM id", 16), Column.wrap("Name", 18), Column.text("Host", 12).repeating(),
                    Column.wrap("Cluster", 18).repeating()),
            List.of(Column.text("Power state", 9).repeating(), Column.text("Template", 9).repeating(),
                    Column.text("Guest OS", 20).repeating(), Column.text("vCPUs", 7),
                    Column.decimal("Memory (GB)", 10), Column.text("Environment", 12).repeating(),
                    Column.text("Criticality", 10).repeating(), Column.text("Timing-sensitive", 10).repeating(),
                    Column.text("Tools", 12).repeating(), Column.text("Snapshots", 9),
                    Column.wrap("Datastores", 20).repeating(), Column.text("VLANs", 12).repeating(),
                    Column.text("Backup policy", 12).repeating(), Column.text("Last backup", 20).repeating(),
                    Column.text("Owner", 14).repeating(), Column.text("Hardware version", 9).repeating(),
                    Column.text("Connection state", 12).repeating(), Column.text("Consolidation needed", 12).repeating(),
                    Column.text("Latency sensitivity", 11).repeating(), Column.text("CPU limit (MHz)", 9),
                    Column.text("CPU reservation (MHz)", 11), Column.text("Memory limit (GB)", 9),
                    Column.decimal("Memory reservation (GB)", 11), Column.text("Devices connected", 9),
                    Column.text("Disks", 6), Column.text("Independent disks", 9), Column.text("RDMs", 6),
                    Column.percent("Lowest partition free", 10), Column.wrap("Port groups", 24),
                    Column.text("Agent", 7).repeating(), Column.wrap("Custom attributes", 28).repeating(),
                    Column.wrap("Source", 24)));

    public static final List<Column> DATASTORES_COLUMNS = withFindingCounts(
            List.of(Column.text("LUN id", 16).repeating(), Column.wrap("Name", 18)),
            List.of(Column.text("Protocol", 8).repeating(), Column.text("Array vendor", 12).repeating(),
                    Column.text("Array model", 14).repeating(), Column.text("Array mode", 10).repeating(), Column.decimal("Capacity (GB)", 11),
                    Column.decimal("Free (GB)", 10), Column.percent("Used", 8), Column.wrap("NFS export", 20),
                    Column.wrap("Hosts", 24), Column.wrap("Clusters", 20).repeating(), Column.wrap("Source", 24)));

    public static final List<Column> MULTIPATH_COLUMNS = withFindingCounts(
            List.of(Column.text("Host", 12).repeating(), Column.text("LUN", 16).repeating(),
                    Column.wrap("Cluster", 18).repeating()),
            List.of(Column.text("Paths", 7), Column.text("Active", 7), Column.text("Dead", 7),
                    Column.text("Fabrics", 10).repeating(), Column.text("Policy", 12).repeating(),
                    Column.text("SATP", 18).repeating(), Column.text("ALUA", 7).repeating(), Column.text("RR IOPS", 8),
                    Column.wrap("Source", 24)));

    public static final List<Column> VLANS_COLUMNS = withFindingCounts(
            List.of(Column.text("VLAN", 8), Column.wrap("Name", 18)),
            List.of(Column.wrap("Purposes", 24), Column.text("MTU", 7), Column.wrap("Hosts", 30),
                    Column.wrap("Source", 24)));

    public static final List<Column> CLUSTERS_COLUMNS = withFindingCounts(
            List.of(Column.text("Cluster id", 14), Column.wrap("Name", 26)),
            List.of(Column.text("Hosts", 7), Column.text("VMs", 7), Column.text("HA", 7),
                    Column.text("Admission control", 12), Column.text("Failover hosts", 9),
                    Column.text("CPU reserve %", 10), Column.text("Memory reserve %", 10), Column.text("DRS", 7),
                    Column.text("EVC mode", 20), Column.wrap("Source", 24)));

    public static final List<Column> PORT_GROUPS_COLUMNS = withFindingCounts(
            List.of(Column.text("Port group id", 24), Column.wrap("Name", 18)),
            List.of(Column.text("Switch", 12).repeating(), Column.text("Switch type", 11).repeating(),
                    Column.text("VLAN", 7), Column.wrap("VLAN trunk", 14), Column.text("Uplink", 8).repeating(),
                    Column.wrap("Hosts", 24), Column.wrap("Purposes", 16).repeating(),
                    Column.text("Allow promiscuous", 11).repeating(), Column.text("Allow MAC changes", 11).repeating(),
                    Column.text("Allow forged transmits", 11).repeating(), Column.text("Binding", 10).repeating(),
                    Column.text("VMs", 6), Column.wrap("Source", 24)));

    public static final List<Column> MANAGERS_COLUMNS = withFindingCounts(
            List.of(Column.text("Manager id", 20), Column.wrap("Name", 26)),
            List.of(Column.text("Product", 12).repeating(), Column.text("Version", 10).repeating(),
                    Column.text("Build", 10), Column.text("Hosts managed", 9), Column.wrap("Licences", 44),
                    Column.text("Earliest licence expiry", 20), Column.wrap("Source", 24)));

    public static final List<Column> WAIVERS_COLUMNS = List.of(Column.text("Status", 10), Column.text("Rule", 10),
            Column.text("Subject", 18), Column.text("Subject type", 10), Column.wrap("Justification", 50),
            Column.text("Approved by", 16), Column.text("Expires", 12), Column.text("Reference", 14),
            Column.text("Findings waived", 9), Column.wrap("Source", 24));

    public static final List<Column> CHANGES_COLUMNS = List.of(Column.text("Change", 11),
            Column.text("Severity", 10), Column.link("Rule", 10), Column.wrap("Title", 40),
            Column.text("Subject type", 10), Column.text("Subject id", 20), Column.wrap("Message", 60));

    public static final List<Column> RULES_COLUMNS = List.of(Column.text("Rule id", 10),
            Column.text("Severity", 10), Column.text("Category", 13), Column.wrap("Title", 40),
            Column.text("Subject type", 10), Column.text("Findings", 9), Column.wrap("Thresholds in effect", 30),
            Column.wrap("Remediation", 60), Column.wrap("References", 30), Column.wrap("Seed", 24),
            Column.text("Pack", 8));

    private static final Map<String, List<Column>> LISTS = Map.ofEntries(Map.entry(FINDINGS, FINDINGS_COLUMNS),
            Map.entry(REMEDIATION, REMEDIATION_COLUMNS), Map.entry(HOSTS, HOSTS_COLUMNS),
            Map.entry(VMS, VMS_COLUMNS), Map.entry(DATASTORES, DATASTORES_COLUMNS),
            Map.entry(MULTIPATH, MULTIPATH_COLUMNS), Map.entry(VLANS, VLANS_COLUMNS),
            Map.entry(CLUSTERS, CLUSTERS_COLUMNS), Map.entry(PORT_GROUPS, PORT_GROUPS_COLUMNS),
            Map.entry(MANAGERS, MANAGERS_COLUMNS), Map.entry(WAIVERS, WAIVERS_COLUMNS),
            Map.entry(CHANGES, CHANGES_COLUMNS), Map.entry(RULES, RULES_COLUMNS));

    private WorkbookLayout() {
    }

    /** The columns of a list sheet. */
    public static List<Column> columns(String sheet) {
        List<Column> columns = LISTS.get(sheet);
        if (columns == null) {
            throw new IllegalArgumentException("no list sheet " + sheet);
        }
        return columns;
    }

    /** The headings of a list sheet, for writing a header row a template left out. */
    public static List<String> headings(String sheet) {
        return columns(sheet).stream().map(Column::heading).toList();
    }

    /** Whether the sheet is a list: a header row, then one row per item. */
    public static boolean isList(String sheet) {
        return LISTS.containsKey(sheet);
    }

    /** The column holding a severity word, which the severity colours key on, or -1. */
    public static int severityColumn(String sheet) {
        return switch (sheet) {
            case FINDINGS -> 0;
            case RULES, REMEDIATION, CHANGES -> 1;
            case HOSTS, VMS, DATASTORES, MULTIPATH, VLANS, CLUSTERS, PORT_GROUPS, MANAGERS -> findingCountsColumn(sheet);
            default -> -1;
        };
    }

    /** The first column of the finding counts on an inventory sheet (the worst severity), or -1. */
    public static int findingCountsColumn(String sheet) {
        return switch (sheet) {
            case HOSTS, MULTIPATH -> 3;
            case VMS -> 4;
            case DATASTORES, VLANS, CLUSTERS, PORT_GROUPS, MANAGERS -> 2;
            default -> -1;
        };
    }

    private static List<Column> withFindingCounts(List<Column> identity, List<Column> details) {
        List<Column> all = new ArrayList<>(identity);
        all.addAll(FINDING_COUNTS);
        all.addAll(details);
        return List.copyOf(all);
    }
}
