package io.virtaudit.rules;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Made the built-in decision tables ({@code rules/vendor-multipath.drl.xlsx} for STO-006 and
 * STO-007, {@code rules/lifecycle.drl.xlsx} for SEC-007). Auditors edit those workbooks in Excel
 * from then on; tests use the row layout here to add rows to copies.
 * Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.virtaudit.rules.BuiltInDecisionTables}.
 */
public final class BuiltInDecisionTables {

    /** In an object-type row: this condition column continues the pattern of the column on its left. */
    static final String CONTINUES = "+";

    static final String[] META_SNIPPETS = {"id(\"$param\")", "title(\"$param\")", "severity(\"$param\")",
        "category(\"$param\")", "subject(\"$param\")", "remediation(\"$param\")", "reference(\"$param\")",
        "seed(\"$param\")", "message(\"$param\")", "controls(\"$param\")"};
    static final String[] META_LABELS = {"@id", "@title", "@severity", "@category", "@subject", "@remediation",
        "@reference", "@seed", "@message", "@controls"};

    static final String[] STO006 = {"STO-006", "Array vendor requires round robin", "medium", "storage", "multipath",
        "Set the path selection policy the array vendor requires (round robin, VMW_PSP_RR) for this device, e.g. with a SATP claim rule, so I/O uses every optimised path.",
        "Seed S2 and S4: I/O performance across hosts, ALUA options from your vendor; Pure FlashArray VMware best practices; NetApp ONTAP SAN host configuration; Dell PowerVault ME4 and SC Series with vSphere; HPE 3PAR VMware implementation guide; HPE MSA Gen6 best practices for VMware vSphere",
        "S2 S4", "{host} uses {policy} for {lun} but its vendor {vendor} requires round robin ({guidance})", ""};
    static final String[] STO007 = {"STO-007", "Round-robin I/O limit differs from the vendor's", "low", "storage",
        "multipath",
        "Set the round-robin I/O operation limit the array vendor recommends (esxcli storage nmp psp roundrobin deviceconfig set --type=iops --iops=N).",
        "Seed S2: I/O performance across hosts; VMware KB 2069356 (round-robin IOPS limit); Pure FlashArray VMware best practices; HPE 3PAR VMware implementation guide; Dell SC Series with vSphere",
        "S2", "{host} sends {rrIops} I/Os per path to {lun} where its vendor {vendor} recommends {vendorRrIops} ({guidance})", ""};
    static final String[] SEC007 = {"SEC-007", "Hypervisor past its end of general support", "high", "security", "host",
        "Upgrade the host to a supported release (or buy extended support) before the end of technical guidance: unsupported hypervisors get no security patches.",
        "Seed S7: SRM and virtualisation management tools; VMware product lifecycle matrix; DISA STIG for ESXi 7/8",
        "S7", "{subject} runs {product} {version}, past its end of general support{guidanceEnded? and of technical guidance"
            + " ({endOfTechnicalGuidance})|; technical guidance ends {endOfTechnicalGuidance}}",
        "SCG-8:esxi-8.supported STIG:ESXI-80-000221 STIG-V:V-258776 PCI-DSS-4:6.3.3 NIST-800-53:CM-6"};

    static final String[] SEC017 = {"SEC-017", "Management server past end of general support", "high", "security",
        "manager",
        "Upgrade the management server to a supported release (vCenter before its hosts) before the end of technical guidance: an unsupported vCenter gets no security patches and cannot manage current hosts.",
        "Seed S7: SRM and virtualisation management tools; VMware product lifecycle matrix; VMware vSphere 8 Security Configuration Guide (vcenter-8.supported)",
        "S7", "{subject} runs {product} {version}, past its end of general support{guidanceEnded? and of technical guidance"
            + " ({endOfTechnicalGuidance})|; technical guidance ends {endOfTechnicalGuidance}}",
        "SCG-8:vcenter-8.supported SCG-8:vcenter-8.vami-updates PCI-DSS-4:6.3.3"};

    /** What the {@code @message} column is, for the workbooks' "Read me" sheets. */
    static final String MESSAGE_NOTE = "@message is the wording of the rule's findings: {names} in braces are filled from the"
            + " finding's evidence (see rules/README.md, Message templates); the same in every row of a table.";

    private BuiltInDecisionTables() {
    }

    public static void main(String[] args) throws IOException {
        vendorMultipath().write(Path.of("rules/vendor-multipath.drl.xlsx"));
        lifecycle().write(Path.of("rules/lifecycle.drl.xlsx"));
    }

    /** The vendor table: STO-006 rows (vendor, required policy) and STO-007 rows (vendor, rrIops). */
    static Table vendorMultipath() {
        Table t = new Table("Vendor multipath", "io.virtaudit.rules.vendormultipath",
                "io.virtaudit.model.*, io.virtaudit.model.derived.MultipathLink", "io.virtaudit.engine.FindingSink findings");
        t.note("Vendor multipath table of virtaudit (rules STO-006 and STO-007). Add a row per array vendor by copying a row:"
                + " vendor in lower case as estates name it (netapp, pure, dell, hpe, hitachi, ibm).");
        t.note("NetApp accepts any round-robin I/O limit, so it has no STO-007 row.");
        t.note("Array model: a regular expression the LUN's array.model must match (an unknown model is matched as empty"
                + " text); blank for any model. HPE's MSA arrays have their own guide, its other arrays the 3PAR one.");
        t.note(MESSAGE_NOTE);
        t.ruleTable("STO-006 Array vendor requires round robin",
                new String[] {"NAME", "CONDITION", "CONDITION", "CONDITION", "ACTION"},
                new String[] {"", "MultipathLink", CONTINUES, CONTINUES, ""},
                new String[] {"", "lun.vendorKey == \"$param\", $l : lun, $m : multipath", "lun.modelMatches(\"$param\")",
                    "multipath.policyName != null, multipath.policyName != \"$param\"",
                    "findings.on(kcontext, $m).evidence(\"vendor\", $l.vendorKey(), \"policy\", $m.policyName(), \"guidance\","
                        + " \"$param\").mention(\"host\", $m.host(), \"lun\", $m.lun()).report();"},
                new String[] {"Rule", "Array vendor", "Array model", "Required policy", "Vendor guidance"},
                STO006);
        t.row("STO-006 pure", "pure", "", "round-robin", "Pure FlashArray VMware best practices");
        t.row("STO-006 hpe msa", "hpe", "(?i) *msa.*", "round-robin", "HPE MSA Gen6 best practices for VMware vSphere");
        t.row("STO-006 hpe", "hpe", "(?i)(?! *msa).*", "round-robin", "HPE 3PAR VMware implementation guide");
        t.row("STO-006 dell", "dell", "", "round-robin", "Dell PowerVault ME4 and SC Series with vSphere");
        t.row("STO-006 netapp", "netapp", "", "round-robin", "NetApp ONTAP SAN host configuration");
        t.blank();
        t.ruleTable("STO-007 Round-robin I/O limit per vendor",
                new String[] {"NAME", "CONDITION", "CONDITION", "ACTION"},
                new String[] {"", "MultipathLink", CONTINUES, ""},
                new String[] {"", "lun.vendorKey == \"$param\", $l : lun, $m : multipath",
                    "multipath.policy == PathPolicy.ROUND_ROBIN, multipath.rrIops != null, multipath.rrIops != $param,"
                        + " $vendorIops : Integer.valueOf($param)",
                    "findings.on(kcontext, $m).evidence(\"vendor\", $l.vendorKey(), \"rrIops\", $m.rrIops(), \"vendorRrIops\","
                        + " $vendorIops, \"guidance\", \"$param\").mention(\"host\", $m.host(), \"lun\", $m.lun()).report();"},
                new String[] {"Rule", "Array vendor", "Vendor round-robin I/O limit", "Vendor guidance"},
                STO007);
        t.row("STO-007 pure", "pure", "1", "Pure FlashArray VMware best practices");
        t.row("STO-007 hpe", "hpe", "1", "HPE 3PAR VMware implementation guide");
        t.row("STO-007 dell", "dell", "3", "Dell SC Series with vSphere");
        return t;
    }

    /** The lifecycle table: SEC-007 rows (product, major.minor, end of general support, end of guidance). */
    static Table lifecycle() {
        Table t = new Table("Hypervisor lifecycle", "io.virtaudit.rules.lifecycle",
                "io.virtaudit.model.*, io.virtaudit.rules.Lifecycle, io.virtaudit.rules.Severity",
                "io.virtaudit.engine.FindingSink findings, java.time.Instant referenceTime");
        t.note("Lifecycle table of virtaudit (rules SEC-007 for hypervisors, SEC-017 for management servers). Add a row per"
                + " product and major.minor version by copying a row of the right table: product as estates name it (esxi, hyperv,"
                + " xen, citrix, proxmox, ... for hosts; vcenter, scvmm, ovirt-engine, hmc for managers), dates as YYYY-MM-DD.");
        t.note("A host or manager past its end of general support is high; past its end of technical guidance, critical. Dates are compared"
                + " with the estate's collectedAt.");
        t.note(MESSAGE_NOTE);
        lifecycleRules(t, "SEC-007 Hypervisor past its end of general support", "$h : Host", "$h",
                "$h.hypervisor().version()", SEC007, "esxi");
        t.blank();
        // vSphere releases share one lifecycle: vCenter's dates are those of ESXi of the same version
        lifecycleRules(t, "SEC-017 Management server past end of general support", "$m : Manager", "$m", "$m.version()",
                SEC017, "vcenter");
        return t;
    }

    /** vSphere's releases: major.minor, end of general support, end of technical guidance. */
    private static final String[][] VSPHERE_LIFECYCLE = {
        {"6.5", "2022-10-15", "2023-11-15"},
        {"6.7", "2022-10-15", "2023-11-15"},
        {"7.0", "2025-10-02", "2027-04-02"},
        {"8.0", "2027-10-11", "2029-10-11"}};

    /**
     * A lifecycle rule table (SEC-007 over hosts, SEC-017 over managers: the same columns and
     * action on another fact) with a row per vSphere release of the product.
     */
    private static void lifecycleRules(Table t, String name, String pattern, String fact, String version,
                                       String[] metadata, String product) {
        t.ruleTable(name,
                new String[] {"NAME", "CONDITION", "CONDITION", "CONDITION", "ACTION"},
                new String[] {"", pattern, CONTINUES, CONTINUES, ""},
                new String[] {"", "productName == \"$param\"", "versionLine == \"$param\"",
                    "Lifecycle.reached(referenceTime, \"$param\")",
                    "findings.on(kcontext, " + fact + ").severityIf(Lifecycle.reached(referenceTime, \"$param\"), Severity.CRITICAL)"
                        + ".evidence(\"product\", " + fact + ".productName(), \"version\", " + version + ","
                        + " \"endOfTechnicalGuidance\", \"$param\").mention(\"guidanceEnded\", Lifecycle.reached(referenceTime,"
                        + " \"$param\")).report();"},
                new String[] {"Rule", "Product", "Version (major.minor)", "End of general support", "End of technical guidance"},
                metadata);
        for (String[] release : VSPHERE_LIFECYCLE) {
            t.row(metadata[0] + " " + product + " " + release[0], product, release[0], release[1], release[2]);
        }
    }

    /**
     * One sheet with a RuleSet block and rule tables. Column A holds notes for people (Drools
     * reads from the RuleSet cell's column on); every rule row ends with the rule's metadata.
     */
    static final class Table {
        private final String sheetName;
        private final List<String[]> rows = new ArrayList<>();
        private final List<Integer> headerRows = new ArrayList<>();
        private final List<Integer> labelRows = new ArrayList<>();
        private final List<int[]> merges = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private String[] metadata;

        Table(String sheetName, String ruleSet, String imports, String variables) {
            this.sheetName = sheetName;
            rows.add(new String[] {"RuleSet", ruleSet});
            rows.add(new String[] {"Import", imports});
            rows.add(new String[] {"Variables", variables});
            rows.add(new String[0]);
        }

        void note(String text) {
            notes.add(text);
        }

        void blank() {
            rows.add(new String[0]);
        }

        void ruleTable(String name, String[] kinds, String[] objectTypes, String[] snippets, String[] labels,
                       String[] metadataValues) {
            rows.add(new String[] {"RuleTable " + name});
            headerRows.add(rows.size());
            rows.add(concat(kinds, repeat("METADATA", META_SNIPPETS.length)));
            int objectRow = rows.size();
            String[] written = objectTypes.clone();
            for (int c = 0; c < objectTypes.length; c++) {
                if (CONTINUES.equals(objectTypes[c])) {
                    written[c] = "";
                    int start = c - 1;
                    while (CONTINUES.equals(objectTypes[start])) {
                        start--;
                    }
                    int from = start;
                    merges.removeIf(m -> m[0] == objectRow && m[1] == from + 1);
                    merges.add(new int[] {objectRow, start + 1, c + 1});
                }
            }
            rows.add(concat(written, repeat("", META_SNIPPETS.length)));
            rows.add(concat(snippets, META_SNIPPETS));
            labelRows.add(rows.size());
            rows.add(concat(labels, META_LABELS));
            this.metadata = metadataValues;
        }

        /** A rule row: its cells, then the current table's metadata. */
        void row(String... cells) {
            rows.add(concat(cells, metadata));
        }

        void write(Path file) throws IOException {
            try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                XSSFSheet sheet = workbook.createSheet(sheetName);
                CellStyle header = style(workbook, IndexedColors.GREY_25_PERCENT, true);
                CellStyle label = style(workbook, IndexedColors.LIGHT_CORNFLOWER_BLUE, true);
                for (int i = 0; i < rows.size(); i++) {
                    XSSFRow row = sheet.createRow(i);
                    String[] cells = rows.get(i);
                    for (int j = 0; j < cells.length; j++) {
                        XSSFCell cell = row.createCell(j + 1);
                        cell.setCellValue(cells[j]);
                        if (headerRows.contains(i)) {
                            cell.setCellStyle(header);
                        } else if (labelRows.contains(i)) {
                            cell.setCellStyle(label);
                        }
                    }
                }
                for (int[] merge : merges) {
                    sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(merge[0], merge[0], merge[1], merge[2]));
                }
                XSSFSheet readMe = workbook.createSheet("Read me");
                for (int i = 0; i < notes.size(); i++) {
                    readMe.createRow(i).createCell(0).setCellValue(notes.get(i));
                }
                readMe.setColumnWidth(0, 120 * 256);
                sheet.setColumnWidth(0, 4 * 256);
                sheet.setColumnWidth(1, 30 * 256);
                for (int c = 2; c < 20; c++) {
                    sheet.setColumnWidth(c, 24 * 256);
                }
                workbook.write(out);
            }
        }

        private static CellStyle style(XSSFWorkbook workbook, IndexedColors fill, boolean bold) {
            CellStyle style = workbook.createCellStyle();
            style.setFillForegroundColor(fill.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setBorderBottom(BorderStyle.THIN);
            Font font = workbook.createFont();
            font.setBold(bold);
            style.setFont(font);
            return style;
        }

        private static String[] repeat(String text, int n) {
            String[] out = new String[n];
            java.util.Arrays.fill(out, text);
            return out;
        }

        private static String[] concat(String[] a, String[] b) {
            String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            return out;
        }
    }
}
