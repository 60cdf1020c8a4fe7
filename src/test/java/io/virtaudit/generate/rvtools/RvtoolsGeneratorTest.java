package io.virtaudit.generate.rvtools;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.TestEstates;
import io.virtaudit.cli.Main;
import io.virtaudit.importer.EstateDocument;
import io.virtaudit.importer.rvtools.RvtoolsImporter;
import io.virtaudit.model.BusSharing;
import io.virtaudit.model.DiskMode;
import io.virtaudit.model.DiskSharing;
import io.virtaudit.model.Host;
import io.virtaudit.model.Lun;
import io.virtaudit.model.MultipathConfig;
import io.virtaudit.model.Protocol;
import io.virtaudit.model.RawMapping;
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

    /**
     * The second-edition columns the importer reads today come back as the export plan drew them,
     * slips included: one VM, host, cluster or datastore per slip at least, and exactly as many as
     * planned.
     */
    @Test
    void secondEditionColumnsRoundTripThroughTheImporter() throws IOException {
        int vms = 4_000;
        Path file = dir.resolve("RVTools_export_all.xlsx");
        Files.write(file, generate(vms, 9));
        ExportPlan plan = new ExportPlan(vms, 9);
        ExportSlips slips = plan.slips;
        EstateDocument doc = new RvtoolsImporter().read(file, file.getFileName().toString()).document();
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int vm = 0; vm < vms; vm++) {
            ExportPlan.Site site = plan.siteOfVm(vm);
            boolean reused = vm > 0 && plan.vmName(vm).startsWith(plan.sites[0].prefix()) && site.index() == 1;
            index.put(reused ? site.server() + "/" + plan.vmName(vm) : plan.vmName(vm), vm);
        }
        List<Vm> read = doc.vms().stream().filter(v -> index.containsKey(v.id())).toList();
        assertThat(read).hasSizeGreaterThan(vms - 20);

        assertThat(read).allSatisfy(v -> {
            int vm = index.get(v.id());
            assertThat(v.hardwareVersion().number()).isEqualTo(slips.hardwareVersion(vm));
            assertThat(v.connectionState().name().toLowerCase(java.util.Locale.ROOT))
                    .isEqualTo(slips.connectionState(vm));
            assertThat(v.consolidationNeeded()).isEqualTo(slips.consolidationNeeded(vm));
            assertThat(v.latencySensitivity().name()).isEqualTo(slips.latencyHigh(vm) ? "HIGH" : "NORMAL");
            long cpuLimit = slips.cpuLimitMhz(vm);
            assertThat(v.cpuLimitMhz().none()).isEqualTo(cpuLimit < 0);
            if (cpuLimit > 0) {
                assertThat(v.cpuLimitMhz().value()).isEqualTo((double) cpuLimit);
            }
            long memoryLimit = slips.memoryLimitMib(vm);
            assertThat(v.memoryLimitGb().none()).isEqualTo(memoryLimit < 0);
            if (memoryLimit > 0) {
                assertThat(v.memoryLimitGb().value()).isEqualTo(memoryLimit / 1024.0);
            }
            assertThat(v.memoryReservationGb()).isEqualTo(slips.reserved(vm) ? plan.memoryMib(vm) / 1024.0 : 0.0);
            if (slips.unreadable(vm)) {
                assertThat(v.vcpus()).isNull();
                assertThat(v.memoryGb()).isNull();
            }
            assertThat(v.disks()).hasSize(plan.disks(vm));
            for (int d = 0; d < plan.disks(vm); d++) {
                Vm.Disk disk = v.disks().get(d);
                switch (slips.diskKind(vm, d)) {
                    case INDEPENDENT -> assertThat(disk.mode()).isEqualTo(DiskMode.INDEPENDENT_PERSISTENT);
                    case NONPERSISTENT -> assertThat(disk.mode()).isEqualTo(DiskMode.INDEPENDENT_NONPERSISTENT);
                    case PHYSICAL_RDM -> {
                        assertThat(disk.raw()).isEqualTo(RawMapping.PHYSICAL);
                        assertThat(disk.sharedBus()).isEqualTo(BusSharing.PHYSICAL);
                    }
                    case MULTI_WRITER -> assertThat(disk.sharing()).isEqualTo(DiskSharing.MULTI_WRITER);
                    default -> assertThat(disk.mode()).isEqualTo(DiskMode.PERSISTENT);
                }
            }
        });
        // each slip is present, at about its planned rate
        assertSlip(read, v -> v.hardwareVersion().below(16), ExportSlips.OLD_HARDWARE);
        assertSlip(read, v -> Boolean.TRUE.equals(v.consolidationNeeded()), ExportSlips.CONSOLIDATION);
        assertSlip(read, v -> !v.cpuLimitMhz().none(), ExportSlips.CPU_LIMIT);
        assertSlip(read, v -> !v.memoryLimitGb().none(), ExportSlips.MEMORY_LIMIT);
        assertSlip(read, v -> v.disks().stream().anyMatch(d -> d.mode() == DiskMode.INDEPENDENT_PERSISTENT
                && d.raw() == RawMapping.NONE && d.sharing() == DiskSharing.NONE), ExportSlips.INDEPENDENT * 2 / 3);
        assertThat(read).anyMatch(v -> v.connectionState().unreadable());

        Map<String, Host> hosts = doc.hosts().stream().collect(Collectors.toMap(Host::id, Function.identity()));
        java.time.Instant exported = ExportPlan.EXPORTED;
        for (int h = 0; h < plan.hosts; h++) {
            Host host = hosts.get(plan.host(h));
            assertThat(host.ntpRunning()).isEqualTo(!slips.ntpdStopped(h));
            assertThat(host.hypervisor().build()).isEqualTo(slips.oldBuild(h)
                    ? (h < plan.sites[1].hostFrom() ? "21495797" : "20328353")
                    : (h < plan.sites[1].hostFrom() ? "22380479" : "21930508"));
            assertThat(java.time.Duration.between(exported, host.certificateExpires()).toDays())
                    .isBetween(slips.certificateDays(h) - 1L, slips.certificateDays(h) + 1L);
            assertThat(host.managedBy()).isEqualTo(plan.siteOfHost(h).server());
        }
        assertSlip(doc.hosts(), host -> Boolean.FALSE.equals(host.ntpRunning()), ExportSlips.NTPD_STOPPED);
        assertSlip(doc.hosts(), host -> host.certificateExpires().isBefore(exported.plus(java.time.Duration.ofDays(60))),
                ExportSlips.CERT_EXPIRED + ExportSlips.CERT_EXPIRING);
        assertSlip(doc.hosts(), host -> host.hypervisor().build().equals("21495797")
                || host.hypervisor().build().equals("20328353"), ExportSlips.OLD_BUILD);

        for (int c = 0; c < plan.clusters; c++) {
            int cluster = c;
            assertThat(doc.clusters()).filteredOn(k -> k.id().equals(plan.cluster(cluster))).singleElement()
                    .satisfies(k -> assertThat(k.ha().hostMonitoring()).isEqualTo(!slips.hostMonitoringOff(cluster)));
        }
        assertThat(doc.luns().stream().filter(l -> l.provisionedGb() != null && l.provisionedGb() >= 1.5 * l.capacityGb()))
                .isNotEmpty();
        assertThat(doc.managers()).hasSize(2).allSatisfy(m -> assertThat(m.licenses()).hasSize(SiteTabs.LICENSES));
        assertThat(doc.managers().get(1).licenses().get(1).expires().at())
                .isEqualTo(exported.plus(java.time.Duration.ofDays(30)));
        assertThat(doc.managers().get(0).licenses().get(1).expires().never()).isTrue();
    }

    private static <T> void assertSlip(List<T> objects, java.util.function.Predicate<T> slip, double rate) {
        long count = objects.stream().filter(slip).count();
        double expected = objects.size() * rate;
        assertThat((double) count).as("%d of %d, planned %.1f", count, objects.size(), expected)
                .isPositive().isBetween(expected - 4 * Math.sqrt(expected) - 2, expected + 4 * Math.sqrt(expected) + 2);
    }

    /**
     * The tabs the importer does not read yet (vPartition, vCD, vUSB, vHealth, the port-group
     * policies) hold the slips in the columns the spec maps, for the importer to find once it reads
     * them.
     */
    @Test
    void tabsForLaterImportersHoldTheirSlips() throws IOException {
        int vms = 3_000;
        ExportPlan plan = new ExportPlan(vms, 9);
        Path file = dir.resolve("RVTools_export_all.xlsx");
        Files.write(file, generate(vms, 9));
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            List<Map<String, String>> partitions = rows(book.getSheet("vPartition"));
            long nearlyFull = partitions.stream().filter(r -> Double.parseDouble(r.get("Free MiB"))
                    < 0.10 * Double.parseDouble(r.get("Capacity MiB"))).count();
            long planned = 0;
            for (int vm = 0; vm < vms; vm++) {
                int n = new VmTabs(plan).partitions(vm);
                for (int p = 0; p < n; p++) {
                    planned += plan.slips.freePercent(vm, p, p == n - 1) < 10 ? 1 : 0;
                }
            }
            assertThat(nearlyFull).isPositive().isEqualTo(planned);

            List<Map<String, String>> health = rows(book.getSheet("vHealth"));
            long shells = 0;
            long ntpd = 0;
            long floppies = 0;
            for (int h = 0; h < plan.hosts; h++) {
                shells += plan.slips.shellRunning(h) ? 1 : 0;
                ntpd += plan.slips.ntpdStopped(h) ? 1 : 0;
            }
            for (int vm = 0; vm < vms; vm++) {
                floppies += plan.slips.floppyConnected(vm) ? 1 : 0;
            }
            assertThat(health.stream().filter(r -> r.get("Message").equals("ESXi Shell service is running!")
                    && r.get("Message type").equals("Security"))).hasSize((int) shells);
            assertThat(health.stream().filter(r -> r.get("Message").equals("NTPD service is not running!")
                    && r.get("Message type").equals("NTPD"))).hasSize((int) ntpd).isNotEmpty();
            assertThat(health.stream().filter(r -> r.get("Message").startsWith("VM has a Floppy device connected!")))
                    .hasSize((int) floppies);
            assertThat(health.stream().filter(r -> r.get("Message").startsWith("VM has a CDROM device connected!")))
                    .isNotEmpty().allMatch(r -> r.get("Message type").equals("CDROM"));

            List<Map<String, String>> cds = rows(book.getSheet("vCD"));
            assertThat(cds).anyMatch(r -> r.get("Connected").equals("True") && r.get("Device Type").startsWith("ISO ["))
                    .anyMatch(r -> r.get("Connected").equals("False") && r.get("Device Type").equals("Client Device"));
            assertThat(rows(book.getSheet("vUSB"))).isNotEmpty().allMatch(r -> r.get("Connected").equals("True"));

            List<Map<String, String>> dvPorts = rows(book.getSheet("dvPort"));
            assertThat(dvPorts).filteredOn(r -> r.get("Port").equals("Management")).isNotEmpty()
                    .allMatch(r -> r.get("Type").equals("ephemeral"));
            assertThat(dvPorts).anyMatch(r -> r.get("Port").startsWith("trunk-") && r.get("VLAN").equals("100-199,300"))
                    .anyMatch(r -> r.get("Port").contains("DVUplinks") && r.get("VLAN").equals("0-4094")
                            && r.get("Active Uplink").isEmpty())
                    .anyMatch(r -> r.get("Type").equals("lateBinding") || r.get("Type").equals("ephemeral")
                            && r.get("Port").contains("-vlan"))
                    .anyMatch(r -> r.get("Allow Promiscuous").equals("True"))
                    .anyMatch(r -> r.get("Mac Changes").equals("True"))
                    .anyMatch(r -> r.get("Forged Transmits").equals("True"));
            List<Map<String, String>> switches = rows(book.getSheet("vSwitch"));
            assertThat(switches).anyMatch(r -> r.get("Mac Changes").equals("True"))
                    .anyMatch(r -> r.get("Forged Transmits").equals("True"))
                    .allMatch(r -> r.get("Promiscuous Mode").equals("False"));
            List<Map<String, String>> ports = rows(book.getSheet("vPort"));
            assertThat(ports).anyMatch(r -> r.get("Port Group").equals("VM Network") && r.get("Promiscuous Mode").equals("True"))
                    .anyMatch(r -> r.get("Promiscuous Mode").isEmpty());
        }
    }

    /** A tab's data rows as header → formatted cell. */
    private static List<Map<String, String>> rows(Sheet sheet) {
        List<String> header = header(sheet);
        DataFormatter format = new DataFormatter();
        List<Map<String, String>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<String, String> cells = new java.util.HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                cells.put(header.get(c), row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
            }
            rows.add(cells);
        }
        return rows;
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
