package io.virtaudit.report.xlsx;

import static io.virtaudit.report.xlsx.Workbooks.linkOf;
import static io.virtaudit.report.xlsx.Workbooks.readBack;
import static io.virtaudit.report.xlsx.Workbooks.rowWith;
import static io.virtaudit.report.xlsx.Workbooks.sheetNames;
import static io.virtaudit.report.xlsx.Workbooks.write;
import static io.virtaudit.report.xlsx.Workbooks.written;
import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.TestEstates;
import io.virtaudit.finding.Finding;
import io.virtaudit.finding.Subject;
import io.virtaudit.model.Estate;
import io.virtaudit.model.SubjectType;
import io.virtaudit.report.Report;
import io.virtaudit.rules.RuleMetadata;
import io.virtaudit.rules.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: the estate's port groups and managers get inventory sheets of their own, findings on
 * them link to their rows, and an estate without them gets the workbook it got before.
 */
class XlsxPortGroupsManagersTest {

    /** Two port groups (standard with its security policy, a distributed trunk) and three managers. */
    static final String ESTATE = """
            formatVersion: 1
            estate: {name: T, collectedAt: 2026-11-20T08:00:00Z}
            managers:
              - id: vc01.example.com
                name: VMware vCenter Server 8.0.3 build-24674346
                product: vcenter
                version: 8.0.3
                build: "24674346"
                licenses:
                  - {name: vSphere 8 Enterprise Plus (Subscription), total: 64, used: 48, expires: 2027-03-30}
                  - {name: vCenter Server 8 Standard, total: 1, used: 1, expires: never}
              - {id: scvmm01.example.com, product: scvmm, version: "2022", licenses: []}
              - {id: hmc01.example.com, product: hmc}
            clusters: [{id: c1, name: prod}]
            hosts:
              - {id: esx01, cluster: c1, managedBy: vc01.example.com, hypervisor: {product: esxi}}
              - {id: esx02, cluster: c1, managedBy: vc01.example.com, hypervisor: {product: esxi}}
            vlans: [{id: 0, name: untagged}]
            portGroups:
              - id: esx01/vSwitch0/Management Network
                name: Management Network
                switch: vSwitch0
                switchType: standard
                vlan: 0
                hosts: [esx01]
                purposes: [management]
                security: {allowPromiscuous: false, allowMacChanges: true, allowForgedTransmits: true}
              - {id: DS_Prod/Trunk, switch: DS_Prod, switchType: distributed, vlanTrunk: [100, "200-299"],
                 hosts: [esx01, esx02], binding: ephemeral}
            vms:
              - {id: db01, host: esx01, portGroups: [DS_Prod/Trunk]}
              - {id: app01, host: esx02, portGroups: [DS_Prod/Trunk, esx01/vSwitch0/Management Network]}
              - {id: web01, host: esx02}
            """;

    static final RuleMetadata TRUNK = ReportFixture.rule("NET-008", "Port group passes every VLAN to guests",
            Severity.HIGH, "network", SubjectType.PORT_GROUP);
    static final RuleMetadata LICENCE = ReportFixture.rule("OPS-020", "Licence expires soon", Severity.MEDIUM,
            "operations", SubjectType.MANAGER);

    @TempDir
    Path dir;

    static Estate estate(Path dir, String yaml) throws IOException {
        return TestEstates.load(Files.writeString(dir.resolve("estate.yaml"), yaml));
    }

    /** The estate with a finding on the trunk and one on the vCenter: no built-in rule judges either yet. */
    static Report report(Estate estate) {
        List<Finding> findings = List.of(
                ReportFixture.finding(TRUNK, Subject.of(estate.portGroups().get(1)), "DS_Prod/Trunk is a trunk",
                        Map.of()),
                ReportFixture.finding(LICENCE, Subject.of(estate.managers().get(0)), "a licence expires",
                        Map.of()));
        return ReportFixture.report(findings, estate);
    }

    /** A cell by its heading, with its type: the value a reader sees, or null when blank. */
    private static Object cell(Row row, String sheet, String heading) {
        int column = WorkbookLayout.headings(sheet).indexOf(heading);
        assertThat(column).as(heading).isNotNegative();
        Cell cell = row.getCell(column);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        return switch (cell.getCellType()) {
            case NUMERIC -> cell.getNumericCellValue();
            case STRING -> cell.getStringCellValue();
            default -> throw new AssertionError(heading + " holds a " + cell.getCellType());
        };
    }

    @Test
    void portGroupsAndManagersHaveSheetsBetweenTheOthers() throws IOException {
        try (XSSFWorkbook workbook = written(report(estate(dir, ESTATE)))) {
            assertThat(sheetNames(workbook)).containsExactly("Cover", "Summary", "Findings", "Remediation plan",
                    "Hosts", "VMs", "Datastores", "Multipath", "VLANs", "Port groups", "Clusters", "Managers",
                    "Waivers", "Rules", "Method");
            List<String> portGroupHeader = new ArrayList<>();
            workbook.getSheet("Port groups").getRow(0).forEach(c -> portGroupHeader.add(c.getStringCellValue()));
            assertThat(portGroupHeader).containsExactly("Port group id", "Name", "Worst severity", "Findings",
                    "Critical", "High", "Medium", "Low", "Info", "Waived", "Switch", "Switch type", "VLAN",
                    "VLAN trunk", "Uplink", "Hosts", "Purposes", "Allow promiscuous", "Allow MAC changes",
                    "Allow forged transmits", "Binding", "VMs", "Source");
            List<String> managerHeader = new ArrayList<>();
            workbook.getSheet("Managers").getRow(0).forEach(c -> managerHeader.add(c.getStringCellValue()));
            assertThat(managerHeader).containsExactly("Manager id", "Name", "Worst severity", "Findings", "Critical",
                    "High", "Medium", "Low", "Info", "Waived", "Product", "Version", "Build", "Hosts managed",
                    "Licences", "Earliest licence expiry", "Source");
            for (String name : List.of("Port groups", "Managers")) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertThat(sheet.getTables()).as(name).hasSize(1);
                assertThat(sheet.getTables().get(0).getName()).isEqualTo(name.replace(" ", "") + "Table");
                assertThat(sheet.getTables().get(0).getCTTable().getAutoFilter()).as(name).isNotNull();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as("frozen header")
                        .isEqualTo((short) 1);
                assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings())
                        .as("%s: the worst severity, and the count of each severity", name).isEqualTo(10);
                List<Column> columns = WorkbookLayout.columns(name);
                for (int i = 0; i < columns.size(); i++) {
                    assertThat(sheet.getColumnWidth(i)).as(columns.get(i).heading())
                            .isEqualTo(columns.get(i).width() * 256);
                }
            }
        }
    }

    @Test
    void aPortGroupRowHoldsItsSwitchVlanPolicyAndVms() throws IOException {
        try (XSSFWorkbook workbook = written(report(estate(dir, ESTATE)))) {
            String sheet = WorkbookLayout.PORT_GROUPS;
            XSSFSheet groups = workbook.getSheet(sheet);
            assertThat(groups.getLastRowNum()).isEqualTo(2);
            Row standard = rowWith(groups, 0, "esx01/vSwitch0/Management Network");
            assertThat(standard.getRowNum()).as("the estate's order").isEqualTo(1);
            assertThat(cell(standard, sheet, "Name")).isEqualTo("Management Network");
            assertThat(cell(standard, sheet, "Switch")).isEqualTo("vSwitch0");
            assertThat(cell(standard, sheet, "Switch type")).isEqualTo("standard");
            assertThat(cell(standard, sheet, "VLAN")).as("untagged, a number").isEqualTo(0.0);
            assertThat(cell(standard, sheet, "VLAN trunk")).isNull();
            assertThat(cell(standard, sheet, "Uplink")).isEqualTo("no");
            assertThat(cell(standard, sheet, "Hosts")).isEqualTo("esx01");
            assertThat(cell(standard, sheet, "Purposes")).isEqualTo("management");
            assertThat(cell(standard, sheet, "Allow promiscuous")).isEqualTo("no");
            assertThat(cell(standard, sheet, "Allow MAC changes")).isEqualTo("yes");
            assertThat(cell(standard, sheet, "Allow forged transmits")).isEqualTo("yes");
            assertThat(cell(standard, sheet, "Binding")).as("a standard port group has none").isNull();
            assertThat(cell(standard, sheet, "VMs")).isEqualTo(1.0);
            assertThat(cell(standard, sheet, "Findings")).isEqualTo(0.0);
            assertThat(cell(standard, sheet, "Worst severity")).isNull();
            assertThat(cell(standard, sheet, "Source")).asString().contains("estate.yaml");

            Row trunk = rowWith(groups, 0, "DS_Prod/Trunk");
            assertThat(cell(trunk, sheet, "Name")).as("defaults to the id").isIn("DS_Prod/Trunk", null);
            assertThat(cell(trunk, sheet, "Switch type")).isEqualTo("distributed");
            assertThat(cell(trunk, sheet, "VLAN")).as("a trunk tags no one VLAN").isNull();
            assertThat(cell(trunk, sheet, "VLAN trunk")).isEqualTo("100; 200-299");
            assertThat(cell(trunk, sheet, "Hosts")).isEqualTo("esx01; esx02");
            assertThat(cell(trunk, sheet, "Allow promiscuous")).as("unknown stays empty").isNull();
            assertThat(cell(trunk, sheet, "Binding")).isEqualTo("ephemeral");
            assertThat(cell(trunk, sheet, "VMs")).as("db01 and app01").isEqualTo(2.0);
            assertThat(cell(trunk, sheet, "Worst severity")).isEqualTo("high");
            assertThat(cell(trunk, sheet, "Findings")).isEqualTo(1.0);
            assertThat(cell(trunk, sheet, "High")).isEqualTo(1.0);
        }
    }

    @Test
    void aManagerRowHoldsItsProductHostsAndLicences() throws IOException {
        try (XSSFWorkbook workbook = written(report(estate(dir, ESTATE)))) {
            String sheet = WorkbookLayout.MANAGERS;
            XSSFSheet managers = workbook.getSheet(sheet);
            assertThat(managers.getLastRowNum()).isEqualTo(3);
            Row vc = rowWith(managers, 0, "vc01.example.com");
            assertThat(cell(vc, sheet, "Name")).isEqualTo("VMware vCenter Server 8.0.3 build-24674346");
            assertThat(cell(vc, sheet, "Product")).isEqualTo("vcenter");
            assertThat(cell(vc, sheet, "Version")).isEqualTo("8.0.3");
            assertThat(cell(vc, sheet, "Build")).as("a build number stays text").isEqualTo("24674346");
            assertThat(cell(vc, sheet, "Hosts managed")).isEqualTo(2.0);
            assertThat(cell(vc, sheet, "Licences")).isEqualTo("vSphere 8 Enterprise Plus (Subscription): 48 of 64 "
                    + "used, expires 2027-03-30T00:00:00Z; vCenter Server 8 Standard: 1 of 1 used, never expires");
            assertThat(cell(vc, sheet, "Earliest licence expiry")).isEqualTo("2027-03-30T00:00:00Z");
            assertThat(cell(vc, sheet, "Worst severity")).isEqualTo("medium");
            assertThat(cell(vc, sheet, "Medium")).isEqualTo(1.0);

            Row scvmm = rowWith(managers, 0, "scvmm01.example.com");
            assertThat(cell(scvmm, sheet, "Product")).isEqualTo("scvmm");
            assertThat(cell(scvmm, sheet, "Hosts managed")).isEqualTo(0.0);
            assertThat(cell(scvmm, sheet, "Licences")).as("licenses: [] holds none").isEqualTo("none");
            assertThat(cell(scvmm, sheet, "Earliest licence expiry")).isNull();
            Row hmc = rowWith(managers, 0, "hmc01.example.com");
            assertThat(cell(hmc, sheet, "Product")).isEqualTo("hmc");
            assertThat(cell(hmc, sheet, "Licences")).as("unknown stays empty").isNull();
            assertThat(cell(hmc, sheet, "Version")).isNull();
        }
    }

    @Test
    void findingsOnAPortGroupOrAManagerLinkToTheirRows() throws IOException {
        Report report = report(estate(dir, ESTATE));
        try (XSSFWorkbook workbook = written(report)) {
            XSSFSheet findings = workbook.getSheet("Findings");
            Row trunk = rowWith(findings, 4, "DS_Prod/Trunk");
            assertThat(trunk.getCell(3).getStringCellValue()).isEqualTo("port-group");
            assertThat(linkOf(findings, trunk.getRowNum(), 4)).isEqualTo("'Port groups'!A3");
            assertThat(trunk.getCell(6).getStringCellValue()).as("its hosts' one cluster").isEqualTo("prod");
            Row vc = rowWith(findings, 4, "vc01.example.com");
            assertThat(vc.getCell(3).getStringCellValue()).isEqualTo("manager");
            assertThat(linkOf(findings, vc.getRowNum(), 4)).isEqualTo("'Managers'!A2");
        }
    }

    @Test
    void theMethodCountsThemPerInput() throws IOException {
        try (XSSFWorkbook workbook = written(report(estate(dir, ESTATE)))) {
            XSSFSheet method = workbook.getSheet("Method");
            Row header = rowWith(method, 0, "Input");
            List<String> headings = new ArrayList<>();
            header.forEach(c -> headings.add(c.getStringCellValue()));
            assertThat(headings).containsExactly("Input", "Clusters", "Hosts", "VMs", "LUNs and datastores",
                    "Multipath configurations", "VLANs", "Port groups", "Managers");
            // the fixture's report names lab.yaml as its input; the estate's objects come from estate.yaml
            Row input = method.getRow(header.getRowNum() + 2);
            assertThat(input.getCell(0).getStringCellValue()).endsWith("estate.yaml");
            assertThat(input.getCell(2).getNumericCellValue()).as("hosts").isEqualTo(2);
            assertThat(input.getCell(7).getNumericCellValue()).as("port groups").isEqualTo(2);
            assertThat(input.getCell(8).getNumericCellValue()).as("managers").isEqualTo(3);
            assertThat(CoverSheet.cell(workbook, "Scope").getStringCellValue())
                    .contains("3 VMs, 0 LUNs and datastores, 0 multipath configurations, 1 VLAN, 2 port groups and 3 managers");
        }
        assertThat(Nouns.estateSize(new java.util.LinkedHashMap<>(Map.of("managers", 1)))).isEqualTo("1 manager");
    }

    @Test
    void anEstateWithoutThemGetsTheWorkbookItGotBefore() throws IOException {
        // the workbook over a template without the two sheets, as the built-in one was before them
        Path old = dir.resolve("before.xlsx");
        try (XSSFWorkbook template = TemplateBuilder.build(); OutputStream out = Files.newOutputStream(old)) {
            template.removeSheetAt(template.getSheetIndex(WorkbookLayout.PORT_GROUPS));
            template.removeSheetAt(template.getSheetIndex(WorkbookLayout.MANAGERS));
            template.write(out);
        }
        Report plain = ReportFixture.report();
        try (XSSFWorkbook now = written(plain);
             XSSFWorkbook before = readBack(write(new XlsxReporter(old), plain))) {
            assertThat(sheetNames(now)).doesNotContain("Port groups", "Managers")
                    .isEqualTo(sheetNames(before));
            assertThat(Workbooks.cells(now)).isEqualTo(Workbooks.cells(before).stream()
                    .map(c -> c.replace("before.xlsx", "built-in (" + WorkbookTemplate.BUILT_IN + ")")).toList());
            assertThat(rowWith(now.getSheet("Method"), 0, "Input").getLastCellNum()).as("six collections")
                    .isEqualTo((short) 7);
        }
        // one collection without the other: only its own sheet
        String managersOnly = ESTATE.substring(0, ESTATE.indexOf("portGroups:"))
                + ESTATE.substring(ESTATE.indexOf("vms:")).replace(", portGroups: [DS_Prod/Trunk]", "")
                        .replace(", portGroups: [DS_Prod/Trunk, esx01/vSwitch0/Management Network]", "");
        Estate estate = estate(dir, managersOnly);
        assertThat(estate.portGroups()).isEmpty();
        try (XSSFWorkbook workbook = written(ReportFixture.report(List.of(), estate))) {
            assertThat(sheetNames(workbook)).contains("Managers").doesNotContain("Port groups");
            assertThat(rowWith(workbook.getSheet("Method"), 0, "Input").getCell(7).getStringCellValue())
                    .isEqualTo("Managers");
        }
    }

    @Test
    void aTemplateMadeBeforeThemIsAcceptedAndGetsTheSheetsInTheirPlace() throws IOException {
        Path old = dir.resolve("acme-template.xlsx");
        try (XSSFWorkbook template = TemplateBuilder.build(); OutputStream out = Files.newOutputStream(old)) {
            template.removeSheetAt(template.getSheetIndex(WorkbookLayout.PORT_GROUPS));
            template.removeSheetAt(template.getSheetIndex(WorkbookLayout.MANAGERS));
            template.getSheet(WorkbookLayout.HOSTS).getFooter().setRight("ACME confidential");
            template.write(out);
        }
        try (XSSFWorkbook workbook = readBack(write(new XlsxReporter(old), report(estate(dir, ESTATE))))) {
            assertThat(sheetNames(workbook)).containsSubsequence("VLANs", "Port groups", "Clusters", "Managers",
                    "Waivers");
            XSSFSheet groups = workbook.getSheet("Port groups");
            assertThat(groups.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Port group id");
            assertThat(groups.getRow(0).getCell(0).getCellStyle().getFillForegroundColorColor())
                    .as("the template's heading style").isNotNull();
            assertThat(groups.getColumnWidth(0)).isEqualTo(24 * 256);
            assertThat(groups.getFooter().getRight()).as("the Hosts sheet's footer").isEqualTo("ACME confidential");
            assertThat(groups.getTables()).hasSize(1);
            assertThat(groups.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(10);
            assertThat(rowWith(groups, 0, "DS_Prod/Trunk").getCell(11).getStringCellValue())
                    .isEqualTo("distributed");
            XSSFSheet findings = workbook.getSheet("Findings");
            assertThat(linkOf(findings, rowWith(findings, 4, "vc01.example.com").getRowNum(), 4))
                    .isEqualTo("'Managers'!A2");
        }
    }
}
