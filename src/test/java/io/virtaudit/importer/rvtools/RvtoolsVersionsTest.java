package io.virtaudit.importer.rvtools;

import static io.virtaudit.importer.rvtools.VersionedExport.CLUSTER;
import static io.virtaudit.importer.rvtools.VersionedExport.DATASTORE;
import static io.virtaudit.importer.rvtools.VersionedExport.ESX01;
import static io.virtaudit.importer.rvtools.VersionedExport.ESX02;
import static io.virtaudit.importer.rvtools.VersionedExport.VCENTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.virtaudit.importer.SourcedDocument;
import io.virtaudit.input.InputError;
import io.virtaudit.model.BusSharing;
import io.virtaudit.model.ConnectionState;
import io.virtaudit.model.DiskMode;
import io.virtaudit.model.DiskSharing;
import io.virtaudit.model.HardwareVersion;
import io.virtaudit.model.Host;
import io.virtaudit.model.LatencySensitivity;
import io.virtaudit.model.LicenseExpiry;
import io.virtaudit.model.LicenseTotal;
import io.virtaudit.model.Limit;
import io.virtaudit.model.Manager;
import io.virtaudit.model.ManagerProduct;
import io.virtaudit.model.RawMapping;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.Vm;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every second-edition field the RVTools importer reads, from the same small estate exported by
 * each RVTools version the spec names ({@link RvtoolsVersion}: 3.x, 4.4.3, 4.7.1.4), as a workbook
 * and as per-tab CSV files: its value where the version writes the column, unknown where it does
 * not (never a wrong value, never a warning about a column that is simply absent).
 *
 * <p>The export already holds rows for the tabs other mappings will read (vPartition, vCD, vUSB,
 * vFloppy, vHealth, vNetwork, the switch tabs): a mapping of one of them adds its assertions here,
 * with {@link #where} for the columns some versions lack.
 */
class RvtoolsVersionsTest {

    @TempDir
    Path dir;

    /** One export: a version, written as a workbook or as per-tab CSV files. */
    record Export(RvtoolsVersion version, boolean csv) {
        @Override
        public String toString() {
            return version + (csv ? " per-tab CSV" : " workbook");
        }
    }

    static Stream<Arguments> exports() {
        return Stream.of(new Export(RvtoolsVersion.RVTOOLS_3, false), new Export(RvtoolsVersion.RVTOOLS_3, true),
                new Export(RvtoolsVersion.RVTOOLS_4_4_3, false), new Export(RvtoolsVersion.RVTOOLS_4_7_1_4, false),
                new Export(RvtoolsVersion.RVTOOLS_4_7_1_4, true)).map(Arguments::of);
    }

    private SourcedDocument read(Export export) {
        RvtoolsExportWriter writer = VersionedExport.of(export.version(), export.csv());
        if (export.csv()) {
            return new RvtoolsImporter().read(writer.writeCsv(dir.resolve("export")), "export");
        }
        return new RvtoolsImporter().read(writer.writeXlsx(dir.resolve("RVTools_export_all.xlsx")), "RVTools_export_all.xlsx");
    }

    /** Where row {@code line} of a tab is, as the locator names it. */
    private static SourceRef at(Export export, String tab, int line) {
        return export.csv() ? new SourceRef("export/RVTools_tab" + tab + ".csv", String.valueOf(line))
                : new SourceRef("RVTools_export_all.xlsx", tab + "!" + line);
    }

    /** The value where the version's tab has the column (named as 4.7.1.4 names it), else unknown. */
    private static <T> T where(Export export, String tab, String column, T value) {
        return export.version().has(tab, column) ? value : null;
    }

    private static <T> T byId(List<T> list, Function<T, String> id, String want) {
        return list.stream().filter(t -> id.apply(t).equals(want)).findFirst().orElseThrow();
    }

    /** The columns that tell the versions apart, as the model holds them (its sources: {@link RvtoolsVersion}). */
    @Test
    void theModelSaysWhatEachVersionLacks() {
        RvtoolsVersion v3 = RvtoolsVersion.RVTOOLS_3;
        assertThat(v3.has("vInfo", "Latency Sensitivity")).isFalse();
        assertThat(v3.has("vInfo", "HW version")).isTrue();
        assertThat(v3.spell("Provisioned MiB")).isEqualTo("Provisioned MB");
        assertThat(v3.has("vDatastore", "Provisioned MiB")).isTrue();
        assertThat(v3.has("vDisk", "Sharing mode")).isFalse();
        assertThat(v3.has("vDisk", "Disk Path")).isFalse();
        assertThat(v3.has("vHost", "NTPD running")).isTrue();
        assertThat(v3.header("vSource")).isEmpty();
        assertThat(v3.header("vFloppy")).isPresent();
        RvtoolsVersion v44 = RvtoolsVersion.RVTOOLS_4_4_3;
        assertThat(v44.has("vHost", "Certificate Expiry Date")).isFalse();
        assertThat(v44.has("vInfo", "Latency Sensitivity")).isTrue();
        assertThat(v44.has("vDisk", "Shared Bus")).isTrue();
        assertThat(v44.header("vFloppy")).isEmpty();
        assertThat(v44.header("vSource").orElseThrow().evidence()).isEqualTo(RvtoolsVersion.Evidence.RECONSTRUCTED);
        RvtoolsVersion v47 = RvtoolsVersion.RVTOOLS_4_7_1_4;
        assertThat(v47.has("vHost", "Certificate Expiry Date")).isTrue();
        assertThat(v47.header("vInfo").orElseThrow().evidence()).isEqualTo(RvtoolsVersion.Evidence.SEEN);
    }

    /**
     * 3.x users often export per-tab CSV: one {@code RVTools_tab<Tab>.csv} a tab, every cell quoted,
     * whole numbers in the Windows locale's digit groups, and a vFloppy but no vSource file.
     */
    @Test
    void anRvtools3PerTabCsvFolderIsReadWithItsDigitGroups() throws java.io.IOException {
        Path folder = VersionedExport.of(RvtoolsVersion.RVTOOLS_3, true).writeCsv(dir.resolve("export"));
        assertThat(folder.resolve("RVTools_tabvFloppy.csv")).exists();
        assertThat(folder.resolve("RVTools_tabvSource.csv")).doesNotExist();
        List<String> vInfo = java.nio.file.Files.readAllLines(folder.resolve("RVTools_tabvInfo.csv"));
        assertThat(vInfo.get(0)).startsWith("\"VM\",\"Powerstate\",\"Template\",\"Config status\",\"DNS Name\"");
        assertThat(vInfo.get(1)).contains("\"16,384\"");
        SourcedDocument read = new RvtoolsImporter().read(folder, "export");
        assertThat(read.document().vms().get(0).memoryGb()).isEqualTo(16.0);
        assertThat(read.document().luns().get(0).provisionedGb()).isEqualTo(5120.0);
        assertThat(read.locator().locate("/vms/0/memoryGb")).isEqualTo(new SourceRef("export/RVTools_tabvInfo.csv", "2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void everyVersionImportsWithoutAWarningAndSaysWhichRvtoolsWroteIt(Export export) {
        SourcedDocument read = read(export);
        assertThat(read.warnings()).extracting(InputError::render).isEmpty();
        assertThat(read.document().estate().sources()).singleElement().satisfies(source -> {
            assertThat(source.tool()).isEqualTo("RVTools " + export.version().metadataVersion());
            assertThat(source.id()).isEqualTo(VCENTER);
            assertThat(source.skipped()).isEmpty();
        });
        assertThat(read.document().vms()).extracting(Vm::id).containsExactly("app01", "db01", "lim01");
        assertThat(read.document().hosts()).extracting(Host::id).containsExactly(ESX01, ESX02);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void theVcenterIsAManagerFromVSourceOrElseFromVInfo(Export export) {
        SourcedDocument read = read(export);
        RvtoolsVersion v = export.version();
        boolean vSource = v.header("vSource").isPresent();
        assertThat(read.document().managers()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(VCENTER);
            assertThat(m.name()).isEqualTo(v.vcenterType());
            assertThat(m.product()).isEqualTo(ManagerProduct.VCENTER);
            assertThat(m.version()).isEqualTo(v.vcenterVersion());
            assertThat(m.build()).isEqualTo(v.vcenterBuild());
            if (v.header("vLicense").isPresent()) {
                assertThat(m.licenses()).extracting(Manager.License::name, Manager.License::total,
                        Manager.License::used, Manager.License::expires).containsExactly(
                        tuple("VMware vSphere Enterprise Plus", new LicenseTotal(64), 4,
                                new LicenseExpiry(Instant.parse("2027-03-30T00:00:00Z"))),
                        tuple("Product Evaluation", LicenseTotal.UNLIMITED, 0, LicenseExpiry.NEVER));
            } else {
                assertThat(m.licenses()).as("no vLicense tab: unknown, not none").isNull();
            }
        });
        assertThat(read.locator().locate("/managers/0")).isEqualTo(vSource ? at(export, "vSource", 2) : at(export, "vInfo", 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void hostsGetTheirBuildTimeServiceCertificateAndManager(Export export) {
        SourcedDocument read = read(export);
        RvtoolsVersion v = export.version();
        String build = v.esxVersion().replaceAll(".*build-", "");
        Host esx01 = byId(read.document().hosts(), Host::id, ESX01);
        assertThat(esx01.hypervisor().version()).isEqualTo(v.esxVersion().replaceAll("VMware ESXi (\\S+) .*", "$1"));
        assertThat(esx01.hypervisor().build()).isEqualTo(build);
        assertThat(esx01.ntpRunning()).isEqualTo(where(export, "vHost", "NTPD running", true));
        assertThat(esx01.certificateExpires()).isEqualTo(where(export, "vHost", "Certificate Expiry Date",
                Instant.parse("2027-01-10T09:00:00Z")));
        assertThat(esx01.managedBy()).isEqualTo(where(export, "vHost", "VI SDK Server", VCENTER));
        Host esx02 = byId(read.document().hosts(), Host::id, ESX02);
        assertThat(esx02.ntpRunning()).isEqualTo(where(export, "vHost", "NTPD running", false));
        assertThat(read.locator().locate("/hosts/1/ntpRunning")).isEqualTo(at(export, "vHost", 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void theClusterMonitorsItsHostsAndTheDatastoreIsOverProvisioned(Export export) {
        SourcedDocument read = read(export);
        assertThat(read.document().clusters()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(CLUSTER);
            assertThat(c.ha().hostMonitoring()).isEqualTo(where(export, "vCluster", "Host monitoring", true));
        });
        assertThat(read.document().luns()).singleElement().satisfies(lun -> {
            assertThat(lun.id()).isEqualTo(DATASTORE);
            assertThat(lun.capacityGb()).isEqualTo(4096.0);
            assertThat(lun.provisionedGb()).as(export.version().spell("Provisioned MiB"))
                    .isEqualTo(where(export, "vDatastore", "Provisioned MiB", 5120.0));
        });
        assertThat(read.locator().locate("/luns/0/provisionedGb")).isEqualTo(at(export, "vDatastore", 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void vInfoGivesHardwareConnectionConsolidationLatencyAndCustomAttributes(Export export) {
        SourcedDocument read = read(export);
        List<Vm> vms = read.document().vms();
        assertThat(vms).extracting(Vm::hardwareVersion).containsExactly(
                new HardwareVersion(export.version().hardwareVersion()), new HardwareVersion(13), new HardwareVersion(10));
        assertThat(vms).extracting(Vm::connectionState).containsOnly(ConnectionState.CONNECTED);
        assertThat(vms).extracting(Vm::consolidationNeeded).containsExactly(false, true, false);
        assertThat(vms).extracting(Vm::latencySensitivity).containsExactly(
                where(export, "vInfo", "Latency Sensitivity", LatencySensitivity.NORMAL),
                where(export, "vInfo", "Latency Sensitivity", LatencySensitivity.HIGH),
                where(export, "vInfo", "Latency Sensitivity", LatencySensitivity.LOW));
        assertThat(vms.get(1).timingSensitive()).isEqualTo(where(export, "vInfo", "Latency Sensitivity", true));
        assertThat(vms).extracting(Vm::customAttributes).containsExactly(Map.of("Owner", "web-team"),
                Map.of("Owner", "dba", "Post-it", "quarterly close: no vMotion"), Map.of());
        assertThat(vms.get(1).labels()).containsEntry("annotation", "Oracle RAC node 1");
        assertThat(read.locator().locate("/vms/1/hardwareVersion")).isEqualTo(at(export, "vInfo", 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void vCpuAndVMemoryGiveTheLimitedVmItsLimitsAndReservations(Export export) {
        SourcedDocument read = read(export);
        Vm app01 = read.document().vms().get(0);
        assertThat(app01.cpuLimitMhz()).isEqualTo(Limit.NONE);
        assertThat(app01.memoryLimitGb()).isEqualTo(Limit.NONE);
        Vm db01 = read.document().vms().get(1);
        assertThat(db01.cpuReservationMhz()).isEqualTo(4200.0);
        assertThat(db01.memoryReservationGb()).isEqualTo(64.0);
        Vm lim01 = read.document().vms().get(2);
        assertThat(lim01.cpuLimitMhz()).isEqualTo(new Limit(2000.0));
        assertThat(lim01.cpuReservationMhz()).isEqualTo(500.0);
        assertThat(lim01.memoryLimitGb()).isEqualTo(new Limit(4.0));
        assertThat(lim01.memoryReservationGb()).isEqualTo(2.0);
        assertThat(read.locator().locate("/vms/2/memoryLimitGb")).isEqualTo(at(export, "vMemory", 4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void vDiskGivesEveryDiskAndTheRawMappingOfTheDatabase(Export export) {
        SourcedDocument read = read(export);
        List<Vm> vms = read.document().vms();
        assertThat(vms.get(0).disks()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("Hard disk 1");
            assertThat(d.file()).isEqualTo("[DS-FC-01] app01/app01.vmdk");
            assertThat(d.datastore()).isEqualTo(DATASTORE);
            assertThat(d.capacityGb()).isEqualTo(40.0);
            assertThat(d.mode()).isEqualTo(DiskMode.PERSISTENT);
            assertThat(d.raw()).isEqualTo(RawMapping.NONE);
            assertThat(d.sharing()).isEqualTo(where(export, "vDisk", "Sharing mode", DiskSharing.NONE));
            assertThat(d.sharedBus()).isEqualTo(where(export, "vDisk", "Shared Bus", BusSharing.NONE));
            assertThat(d.thin()).isTrue();
        });
        assertThat(vms.get(1).disks()).extracting(Vm.Disk::name).containsExactly("Hard disk 1", "Hard disk 2");
        Vm.Disk rdm = vms.get(1).disks().get(1);
        assertThat(rdm.file()).isEqualTo("[DS-FC-01] db01/db01_1.vmdk");
        assertThat(rdm.capacityGb()).isEqualTo(1024.0);
        assertThat(rdm.mode()).isEqualTo(DiskMode.INDEPENDENT_PERSISTENT);
        assertThat(rdm.raw()).isEqualTo(RawMapping.PHYSICAL);
        assertThat(rdm.sharing()).isEqualTo(where(export, "vDisk", "Sharing mode", DiskSharing.MULTI_WRITER));
        assertThat(rdm.sharedBus()).isEqualTo(where(export, "vDisk", "Shared Bus", BusSharing.PHYSICAL));
        assertThat(rdm.thin()).isFalse();
        assertThat(vms.get(2).disks()).extracting(Vm.Disk::capacityGb).containsExactly(60.0);
        assertThat(read.locator().locate("/vms/1/disks/1")).isEqualTo(at(export, "vDisk", 4));
    }

    /**
     * RVTools 3.8 and before: vInfo's hardware version is {@code VM Version} ({@code vmx-08}), its
     * guest OS {@code OS}, its ids {@code UUID} and {@code Object ID}, and it has no VI SDK columns;
     * vHost has no {@code NTPD running} and no {@code VI SDK Server}. Fields of absent columns stay
     * unknown, those of renamed ones are read.
     */
    @Test
    void rvtools38SpellsTheHardwareVersionVmVersionAndHasNoVcenterColumns() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        List<String> vInfo = RvtoolsVersion.RVTOOLS_3_8_VINFO.stream()
                .flatMap(c -> c.equals(RvtoolsVersion.Constants.ATTRIBUTES) ? Stream.of("Owner") : Stream.of(c))
                .toList();
        w.tab("vInfo", vInfo)
                .rowOf("VM", "app01", "DNS Name", "app01.acme.local", "Powerstate", "poweredOn", "Connection state",
                        "connected", "Consolidation Needed", false, "CPUs", 2, "Memory", "4,096", "Path",
                        "[DS-55] app01/app01.vmx", "Annotation", null, "Owner", "web-team", "Datacenter", "DC-OLD",
                        "Cluster", "CL-OLD", "Host", "esx55.acme.local", "OS", "Microsoft Windows Server 2012 (64-bit)",
                        "VM Version", "vmx-08", "UUID", "422e6d92-22c1-c6c1-1de8-eceec50f94bc", "Object ID", "vm-44956")
                .rowOf("VM", "app01", "Powerstate", "poweredOff", "Connection state", "connected", "CPUs", 1,
                        "Memory", "2,048", "Datacenter", "DC-OLD", "Cluster", "CL-OLD", "Host", "esx55.acme.local",
                        "VM Version", "vmx-07", "UUID", "422e2244-f78c-2012-b56a-e435d7519abf", "Object ID", "vm-44957");
        w.tab("vHost", RvtoolsVersion.RVTOOLS_3_8_VHOST)
                .rowOf("Host", "esx55.acme.local", "Datacenter", "DC-OLD", "Cluster", "CL-OLD", "# CPU", 2,
                        "Cores per CPU", 6, "# Memory", "196,595", "ESX Version", "VMware ESXi 5.5.0 build-3568722",
                        "Boot time", "3/15/2016 7:47:54 AM", "NTP Server(s)", "ntp.acme.local", "Object ID", "host-80184");
        Path export = w.writeCsv(dir.resolve("rvtools38"));
        SourcedDocument read = new RvtoolsImporter().read(export, "rvtools38");
        assertThat(read.warnings()).extracting(InputError::render).as("the duplicate name, nothing about absent columns")
                .singleElement().asString().startsWith("rvtools38/RVTools_tabvInfo.csv:3: VM name 'app01' is used by");
        List<Vm> vms = read.document().vms();
        assertThat(vms).extracting(Vm::id).as("one name, two VMs told apart by Object ID")
                .containsExactly("app01 (vm-44956)", "app01 (vm-44957)");
        Vm first = vms.get(0);
        assertThat(first.hardwareVersion()).isEqualTo(new HardwareVersion(8));
        assertThat(first.guestOs()).isEqualTo("Microsoft Windows Server 2012 (64-bit)");
        assertThat(first.memoryGb()).isEqualTo(4.0);
        assertThat(first.connectionState()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(first.consolidationNeeded()).isFalse();
        assertThat(first.latencySensitivity()).isNull();
        assertThat(first.customAttributes()).isEqualTo(Map.of("Owner", "web-team"));
        assertThat(first.labels()).containsEntry("uuid", "422e6d92-22c1-c6c1-1de8-eceec50f94bc");
        assertThat(vms.get(1).hardwareVersion()).isEqualTo(new HardwareVersion(7));
        assertThat(read.document().managers()).as("no VI SDK Server anywhere: unknown").isNull();
        Host host = read.document().hosts().get(0);
        assertThat(host.managedBy()).isNull();
        assertThat(host.ntpRunning()).isNull();
        assertThat(host.certificateExpires()).isNull();
        assertThat(host.hypervisor().build()).isEqualTo("3568722");
        assertThat(host.memoryGb()).as("196,595 MiB").isEqualTo(196595 / 1024.0);
    }
}
