package io.virtaudit.generate.rvtools;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.TestEstates;
import io.virtaudit.cli.Main;
import io.virtaudit.importer.EstateDocument;
import io.virtaudit.importer.rvtools.RvtoolsImporter;
import io.virtaudit.model.Host;
import io.virtaudit.model.Lun;
import io.virtaudit.model.MultipathConfig;
import io.virtaudit.model.Protocol;
import io.virtaudit.model.Vm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RvtoolsGeneratorTest {

    private static final List<String> RVTOOLS_47_TABS = List.of("vInfo", "vCPU", "vMemory", "vDisk", "vPartition",
            "vNetwork", "vCD", "vUSB", "vSnapshot", "vTools", "vSource", "vRP", "vCluster", "vHost", "vHBA", "vNIC",
            "vSwitch", "vPort", "dvSwitch", "dvPort", "vSC_VMK", "vDatastore", "vMultiPath", "vLicense", "vFileInfo",
            "vHealth", "vMetaData");

    @TempDir
    Path dir;

    private static byte[] generate(int vms, long seed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RvtoolsGenerator(vms, seed).write(out);
        return out.toByteArray();
    }

    private Path workbook(int vms) throws IOException {
        Path file = dir.resolve("RVTools_export_all.xlsx");
        Files.write(file, generate(vms, 1));
        return file;
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(TestEstates.CLOCK, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void sameSeedGivesIdenticalBytes() throws IOException {
        assertThat(generate(700, 42)).isEqualTo(generate(700, 42));
        assertThat(generate(700, 43)).isNotEqualTo(generate(700, 42));
    }

    @Test
    void everyTabOfRvtools47InItsOrderWithItsFullHeader() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook(300)))) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).isEqualTo(RVTOOLS_47_TABS);
            List<String> vInfo = header(book.getSheet("vInfo"));
            assertThat(vInfo).hasSizeGreaterThan(90).startsWith("VM", "Powerstate", "Template", "SRM Placeholder")
                    .endsWith("VI SDK Server", "VI SDK UUID");
            // custom attributes between Annotation and Datacenter, sorted, as RVTools writes them
            assertThat(vInfo.subList(vInfo.indexOf("Annotation"), vInfo.indexOf("Datacenter") + 1)).containsExactly(
                    "Annotation", "Backup status", "ClusterInvariantVMMId", "Last backup", "Rubrik_LastBackup",
                    "Datacenter");
            assertThat(header(book.getSheet("vMultiPath"))).contains("Path 1", "Path 8 state", "Oper. State");
            assertThat(header(book.getSheet("vSC_VMK"))).doesNotContain("Services");
            Sheet multipath = book.getSheet("vMultiPath");
            assertThat(new DataFormatter().formatCellValue(multipath.getRow(1).getCell(header(multipath).indexOf("Path 1"))))
                    .isEqualTo("vmhba2");
            Sheet meta = book.getSheet("vMetaData");
            assertThat(meta.getLastRowNum()).isEqualTo(2);
        }
    }

    private static List<String> header(Sheet sheet) {
        List<String> names = new ArrayList<>();
        Row row = sheet.getRow(0);
        row.forEach(cell -> names.add(cell.getStringCellValue()));
        return names;
    }

    @Test
    void sheetXmlPerVmResemblesARealExport() throws IOException {
        long xml = 0;
        try (var zip = new java.util.zip.ZipFile(workbook(2_000).toFile())) {
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                var entry = entries.nextElement();
                if (entry.getName().startsWith("xl/worksheets/") || entry.getName().equals("xl/sharedStrings.xml")) {
                    xml += entry.getSize();
                }
            }
        }
        // a real 4.7 export scaled to 50,000 VMs holds 710 MB of sheet XML: about 14 KB per VM
        assertThat(xml / 2_000).isBetween(11_000L, 17_000L);
    }

    @Test
    void importsAsASensibleEstateOfTwoVcenters() throws IOException {
        Path file = workbook(600);
        EstateDocument doc = new RvtoolsImporter().read(file, file.getFileName().toString()).document();
        // 300 VMs per vCenter: 12 hosts of 25 VMs, in two clusters of 8 and 4
        assertThat(doc.vms()).hasSize(600);
        assertThat(doc.hosts()).hasSize(24);
        assertThat(doc.clusters()).hasSize(4);
        assertThat(doc.hosts().stream().map(Host::managedBy).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("vc01.corp.example", "vc02.corp.example");
        // two vSphere Cluster Services agents per cluster
        assertThat(doc.vms().stream().filter(vm -> Boolean.TRUE.equals(vm.agent())).map(Vm::id))
                .hasSize(8).allMatch(id -> id.startsWith("vCLS-"));
        // a VM restored at the other site keeps its name: qualified by vCenter in both
        assertThat(doc.vms().stream().map(Vm::id)).contains("vc01.corp.example/fra-mon-00057",
                "vc02.corp.example/fra-mon-00057");

        Map<String, Lun> luns = doc.luns().stream().collect(Collectors.toMap(Lun::id, Function.identity()));
        assertThat(luns).containsKeys("vc01.corp.example/datastore1", "vc02.corp.example/datastore1");
        assertThat(luns.get("vc01.corp.example/datastore1").protocol()).isEqualTo(Protocol.LOCAL);
        assertThat(luns.get("fra-cl000-vmfs-01").protocol()).isEqualTo(Protocol.FC);
        assertThat(luns.get("ams-cl000-vmfs-01").protocol()).isEqualTo(Protocol.ISCSI);
        assertThat(luns.get("fra-cl000-nfs-iso").protocol()).isEqualTo(Protocol.NFS3);

        // adapter-only paths: four cells, four paths, names repeated
        Map<String, MultipathConfig> multipath = doc.multipath().stream()
                .collect(Collectors.toMap(m -> m.host() + ":" + m.lun(), Function.identity()));
        MultipathConfig fc = multipath.get("esx-fra-000-01.corp.example:fra-cl000-vmfs-01");
        assertThat(fc.paths()).extracting(MultipathConfig.Path::name).containsExactly("vmhba2", "vmhba3", "vmhba2",
                "vmhba3");
        MultipathConfig iscsi = multipath.get("esx-ams-000-01.corp.example:ams-cl000-vmfs-01");
        assertThat(iscsi.paths()).extracting(MultipathConfig.Path::name).containsOnly("vmhba64").hasSize(4);
        assertThat(doc.multipath()).hasSize(24 * (ExportPlan.SHARED_DATASTORES + 1));
        // VLAN 0 port groups (VM Network, BMC_Network) are read
        assertThat(doc.vlans().stream().map(v -> v.id()).collect(Collectors.toSet())).contains(0, 10, 20);
    }

    @Test
    void theCommandWritesAWorkbookThatValidates() throws IOException {
        Path a = dir.resolve("a.xlsx");
        Path b = dir.resolve("b.xlsx");
        String[] first = run("generate", "--format", "rvtools", "--vms", "250", "--seed", "3", "-o", a.toString());
        assertThat(first[0]).as(first[2]).isEqualTo("0");
        assertThat(first[1]).contains("2 vCenters", "250 vms");
        assertThat(run("generate", "--format", "rvtools", "--vms", "250", "--seed", "3", "-o", b.toString())[0])
                .isEqualTo("0");
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        String[] validate = run("validate", a.toString());
        assertThat(validate[0]).as(validate[2]).isEqualTo("0");
        assertThat(validate[1]).contains("250 vms");
        assertThat(validate[2]).doesNotContain("error");
    }

    @Test
    void aWrongFormatOrExtensionIsAUsageError() {
        String[] xlsxWithoutFormat = run("generate", "--vms", "10", "-o", dir.resolve("x.xlsx").toString());
        assertThat(xlsxWithoutFormat[0]).isEqualTo("2");
        assertThat(xlsxWithoutFormat[2]).contains("--format rvtools");
        String[] rvtoolsAsJson = run("generate", "--format", "rvtools", "--vms", "10", "-o",
                dir.resolve("x.json").toString());
        assertThat(rvtoolsAsJson[0]).isEqualTo("2");
        assertThat(rvtoolsAsJson[2]).contains(".xlsx");
        assertThat(run("generate", "--format", "csv", "--vms", "10", "-o", dir.resolve("x.json").toString())[0])
                .isEqualTo("2");
        assertThat(dir.resolve("x.xlsx")).doesNotExist();
        assertThat(Set.of(dir.toFile().list())).isEmpty();
    }
}
