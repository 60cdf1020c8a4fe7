package io.virtaudit.report.xlsx;

import static io.virtaudit.report.xlsx.Workbooks.readBack;
import static io.virtaudit.report.xlsx.Workbooks.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.TestEstates;
import io.virtaudit.ooxml.Hyperlinks;
import io.virtaudit.report.Report;
import io.virtaudit.model.Estate;
import io.virtaudit.model.MultipathConfig;
import io.virtaudit.model.PathState;
import io.virtaudit.model.Vm;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The words the list sheets repeat go once in the shared string table and every cell that holds
 * one refers to it: fewer bytes, the same cells, POI's own strings still where they were.
 */
class XlsxSharedStringsTest {

    private static final Pattern SHARED_CELL = Pattern.compile("<c [^>]*t=\"s\"[^>]*><v>(\\d+)</v>");

    @TempDir
    static Path dir;

    private static Report report;

    @BeforeAll
    static void generate() throws IOException {
        report = ReportFixture.generated(TestEstates.load(ReportFixture.generatedEstate(dir, 300)));
    }

    @Test
    void sharedWordsMakeFewerBytesAndTheSameCells() throws IOException {
        byte[] shared = write(new XlsxReporter(), report);
        byte[] plain = write(new XlsxReporter(WorkbookTemplate.builtIn(), ListSheet.MAX_ROWS,
                Hyperlinks.MAX_PER_SHEET, false), report);

        Map<String, String> sharedParts = parts(shared);
        Map<String, String> plainParts = parts(plain);
        // about a fifth smaller: 20 % with the first edition's columns, 19.98 % since the VMs sheet
        // has the second edition's columns, most of them empty in this estate
        assertThat(sharedParts.get("xl/worksheets/sheet6.xml").length())
                .as("the VMs sheet").isLessThan(plainParts.get("xl/worksheets/sheet6.xml").length() * 82 / 100);
        try (XSSFWorkbook a = readBack(shared); XSSFWorkbook b = readBack(plain)) {
            assertThat(a.getSheet("VMs").getPackagePart().getPartName().getName())
                    .isEqualTo("/xl/worksheets/sheet6.xml");
            assertThat(Workbooks.cells(a)).isEqualTo(Workbooks.cells(b)).hasSizeGreaterThan(10_000);
        }
    }

    @Test
    void repeatedColumnsReferToTheTableAndOtherTextIsSpeltOut() throws IOException {
        Map<String, String> parts = parts(write(new XlsxReporter(), report));
        List<String> table = items(parts.get("xl/sharedStrings.xml"));
        String vms = parts.get("xl/worksheets/sheet6.xml");
        Vm first = report.inventory().vms().get(0);

        assertThat(table).containsOnlyOnce(first.guestOs(), first.host(), ReportFixture.CMP.title());
        assertThat(vms).doesNotContain("<t>" + first.guestOs() + "</t>", "<t>" + first.host() + "</t>")
                .contains("<t>" + first.id() + "</t>", "<t>" + report.inventory().sourceOf(first) + "</t>");
        assertThat(parts.get("xl/worksheets/sheet3.xml")).as("the findings")
                .doesNotContain("<t>" + ReportFixture.CMP.title() + "</t>", "<t>new</t>");
        for (String part : List.of("xl/worksheets/sheet6.xml", "xl/worksheets/sheet3.xml")) {
            Matcher cell = SHARED_CELL.matcher(parts.get(part));
            while (cell.find()) {
                assertThat(Integer.parseInt(cell.group(1))).isBetween(0, table.size() - 1);
            }
        }
    }

    @Test
    void aReportWordInAnInventoryColumnIsTheSameSharedString() throws IOException {
        // "new" and a rule's title are the report's words, not the estate's (no LUN has them as its
        // id): a VMs row that holds one refers to the report's item, which is in the table once
        Estate estate = report.inventory();
        List<Vm> vms = new ArrayList<>(estate.vms());
        vms.set(0, onDatastore(vms.get(0), "new"));
        vms.set(1, onDatastore(vms.get(1), ReportFixture.CMP.title()));
        Report odd = ReportFixture.generated(new Estate(estate.info(), estate.referenceTime(),
                estate.referenceTimeAssumed(), estate.clusters(), estate.hosts(), vms, estate.luns(),
                estate.multipath(), estate.vlans(), estate.portGroups(), estate.managers(), estate.sources(), estate.inputs()));

        byte[] written = write(new XlsxReporter(), odd);

        Map<String, String> parts = parts(written);
        assertThat(items(parts.get("xl/sharedStrings.xml"))).containsOnlyOnce("new", ReportFixture.CMP.title());
        assertThat(parts.get("xl/worksheets/sheet6.xml"))
                .doesNotContain("<t>new</t>", "<t>" + ReportFixture.CMP.title() + "</t>");
        try (XSSFWorkbook workbook = readBack(written)) {
            int datastores = WorkbookLayout.headings("VMs").indexOf("Datastores");
            assertThat(Workbooks.rowWith(workbook.getSheet("VMs"), 0, vms.get(0).id()).getCell(datastores)
                    .getStringCellValue()).isEqualTo("new");
            assertThat(Workbooks.rowWith(workbook.getSheet("VMs"), 0, vms.get(1).id()).getCell(datastores)
                    .getStringCellValue()).isEqualTo(ReportFixture.CMP.title());
        }
    }

    private static Vm onDatastore(Vm v, String datastore) {
        return new Vm(v.id(), v.name(), v.host(), v.guestOs(), v.guestFamily(), v.vcpus(), v.memoryGb(),
                v.powerState(), v.poweredOffSince(), v.template(), v.environment(), v.criticality(),
                v.timingSensitive(), v.tools(), v.snapshots(), List.of(datastore), v.networks(), v.backup(), v.owner(),
                v.createdAt(), v.labels(), null, v.connectionState(), v.customAttributes(),
                v.hardwareVersion(), v.consolidationNeeded(), v.latencySensitivity(), v.cpuLimitMhz(),
                v.cpuReservationMhz(), v.memoryLimitGb(), v.memoryReservationGb(), v.devices(), v.disks(),
                v.partitions(), v.portGroups());
    }

    @Test
    void thePortGroupAndManagerWordsAreSharedToo() throws IOException {
        Estate estate = XlsxPortGroupsManagersTest.estate(dir, XlsxPortGroupsManagersTest.ESTATE);
        byte[] written = write(new XlsxReporter(), XlsxPortGroupsManagersTest.report(estate));

        Map<String, String> parts = parts(written);
        List<String> table = items(parts.get("xl/sharedStrings.xml"));
        assertThat(table).containsOnlyOnce("vSwitch0", "DS_Prod", "standard", "distributed", "management",
                "ephemeral", "vcenter", "scvmm", "hmc", "8.0.3", "yes", "no");
        try (XSSFWorkbook workbook = readBack(written)) {
            String groups = parts.get(workbook.getSheet("Port groups").getPackagePart().getPartName().getName()
                    .substring(1));
            assertThat(groups).doesNotContain("<t>distributed</t>", "<t>ephemeral</t>", "<t>vSwitch0</t>")
                    .contains("<t>DS_Prod/Trunk</t>");
            String managers = parts.get(workbook.getSheet("Managers").getPackagePart().getPartName().getName()
                    .substring(1));
            assertThat(managers).doesNotContain("<t>vcenter</t>").contains("<t>24674346</t>");
            assertThat(workbook.getSheet("Managers").getRow(1).getCell(10).getStringCellValue()).isEqualTo("vcenter");
        }
    }

    @Test
    void theFabricsOfAMultipathEntryAreSortedAndEachOnce() {
        assertThat(InventoryRows.fabrics(List.of(path("B"), path("A"), path(null), path("B"), path("A"))))
                .isEqualTo("A, B");
        assertThat(InventoryRows.fabrics(List.of(path("fab-2"), path("fab-2")))).isEqualTo("fab-2");
        assertThat(InventoryRows.fabrics(List.of(path(null)))).isEmpty();
        assertThat(InventoryRows.fabrics(List.of(path("C"), path("A"), path("B")))).isEqualTo("A, B, C");
    }

    private static MultipathConfig.Path path(String fabric) {
        return new MultipathConfig.Path("vmhba1:C0:T0:L1", PathState.ACTIVE, fabric);
    }

    /** The text of each part of a workbook's package. */
    private static Map<String, String> parts(byte[] workbook) throws IOException {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                zip.transferTo(content);
                parts.put(entry.getName(), content.toString(StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    /** The text of each item of a shared string table, in order. */
    private static List<String> items(String sst) {
        List<String> items = new ArrayList<>();
        Matcher item = Pattern.compile("<si><t(?: xml:space=\"preserve\")?>([^<]*)</t></si>").matcher(sst);
        while (item.find()) {
            items.add(item.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
        }
        return items;
    }
}
