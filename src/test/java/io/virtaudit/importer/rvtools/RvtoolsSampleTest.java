package io.virtaudit.importer.rvtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.virtaudit.TestEstates;
import io.virtaudit.finding.Finding;
import io.virtaudit.importer.EstateAssembler;
import io.virtaudit.importer.EstateMerger;
import io.virtaudit.importer.csv.CsvInventoryImporter;
import io.virtaudit.importer.SourcedDocument;
import io.virtaudit.model.BusSharing;
import io.virtaudit.model.ConnectionState;
import io.virtaudit.model.DiskMode;
import io.virtaudit.model.Estate;
import io.virtaudit.model.Host;
import io.virtaudit.model.Limit;
import io.virtaudit.model.Lun;
import io.virtaudit.model.Manager;
import io.virtaudit.model.ManagerProduct;
import io.virtaudit.model.PortGroup;
import io.virtaudit.model.Protocol;
import io.virtaudit.model.RawMapping;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.Vm;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped RVTools sample ({@code sample-data/rvtools}): it loads, its CSV form gives the same
 * estate, it is what {@link RvtoolsExportWriter} writes today, and with its CMDB and storage CSVs it
 * gives the findings it was made for.
 */
class RvtoolsSampleTest {

    private static final Path WORKBOOK = Path.of("sample-data/rvtools/RVTools_export_all.xlsx");
    private static final Path CSV = Path.of("src/test/resources/rvtools/csv");

    @TempDir
    Path dir;

    private static SourcedDocument read(Path input) {
        return new RvtoolsImporter().read(input, input.toString());
    }

    private static Estate assemble(SourcedDocument sourced) {
        return new EstateAssembler(TestEstates.CLOCK).assemble(sourced);
    }

    private static Set<String> fired(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.ruleId().equals(rule)).map(f -> f.subject().id()).collect(Collectors.toSet());
    }

    @Test
    void theSampleWorkbookLoads() {
        Estate estate = assemble(read(WORKBOOK));
        assertThat(estate.info().name()).isEqualTo("vc01.acme.local");
        assertThat(estate.info().source()).isEqualTo("RVTools export of vc01.acme.local");
        assertThat(estate.referenceTimeAssumed()).isFalse();
        assertThat(estate.clusters()).hasSize(2);
        assertThat(estate.hosts()).hasSize(6);
        assertThat(estate.vms()).hasSize(34);
        assertThat(estate.vms()).filteredOn(Vm::isTemplateVm).hasSize(2);
        assertThat(estate.vms()).filteredOn(v -> Boolean.TRUE.equals(v.agent())).extracting(Vm::host)
                .as("vSphere Cluster Services: three in CL-PROD, one per host of CL-DEV")
                .containsExactly("esx01.acme.local", "esx02.acme.local", "esx03.acme.local", "esx05.acme.local",
                        "esx06.acme.local");
        assertThat(estate.luns()).extracting(Lun::protocol).containsExactly(Protocol.FC, Protocol.FC, Protocol.FC,
                Protocol.ISCSI, Protocol.NFS3, Protocol.LOCAL);
        assertThat(estate.hosts()).filteredOn(h -> h.ntpServers().isEmpty()).extracting(Host::id)
                .containsExactly("esx06.acme.local");
        assertThat(estate.vms()).filteredOn(v -> Boolean.TRUE.equals(v.timingSensitive())).extracting(Vm::id)
                .containsExactly("trade01");
    }

    @Test
    void theSampleCarriesTheSecondEditionFields() {
        Estate estate = assemble(read(WORKBOOK));
        assertThat(estate.managers()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("vc01.acme.local");
            assertThat(m.name()).isEqualTo("VMware vCenter Server 8.0.2 build-22617221");
            assertThat(m.product()).isEqualTo(ManagerProduct.VCENTER);
            assertThat(m.version()).isEqualTo("8.0.2");
            assertThat(m.build()).isEqualTo("22617221");
            assertThat(m.licenses()).extracting(Manager.License::name, l -> l.total().count(), Manager.License::used,
                            l -> l.expires().toString())
                    .containsExactly(tuple("VMware vSphere 8 Enterprise Plus", 8, 8, "2027-01-14T00:00:00Z"),
                            tuple("VMware vSphere 7 Standard", 4, 4, "never"),
                            tuple("VMware vCenter Server 8 Standard", 1, 1, "never"));
        });
        assertThat(estate.hosts()).extracting(Host::managedBy).containsOnly("vc01.acme.local");
        assertThat(host(estate, "esx01.acme.local").hypervisor().build()).isEqualTo("22380479");
        assertThat(host(estate, "esx05.acme.local").hypervisor().build()).isEqualTo("21930508");
        assertThat(estate.hosts()).filteredOn(h -> Boolean.FALSE.equals(h.ntpRunning())).extracting(Host::id)
                .as("esx04's ntpd stopped; esx06 has no NTP at all").containsExactly("esx04.acme.local", "esx06.acme.local");
        assertThat(host(estate, "esx06.acme.local").certificateExpires()).isEqualTo(Instant.parse("2026-12-14T10:31:07Z"));
        assertThat(host(estate, "esx01.acme.local").certificateExpires()).isEqualTo(Instant.parse("2029-02-12T09:01:00Z"));
        assertThat(estate.clusters()).extracting(c -> c.ha().hostMonitoring()).as("CL-PROD has it switched off").containsExactly(false, true);
        assertThat(lun(estate, "DS-DEV-01").provisionedGb()).as("7168 GiB promised on 4096").isEqualTo(7168.0);

        assertThat(vm(estate, "old-crm01").hardwareVersion().number()).isEqualTo(10);
        assertThat(vm(estate, "app01").hardwareVersion().number()).isEqualTo(19);
        assertThat(estate.vms()).extracting(Vm::connectionState).containsOnly(ConnectionState.CONNECTED);
        assertThat(estate.vms()).filteredOn(v -> Boolean.TRUE.equals(v.consolidationNeeded())).extracting(Vm::id)
                .containsExactly("app05");
        assertThat(vm(estate, "app05").disks()).singleElement().satisfies(d -> assertThat(d.snapshotDelta()).isTrue());
        assertThat(vm(estate, "build01").cpuLimitMhz()).isEqualTo(new Limit(4000.0));
        assertThat(vm(estate, "app01").cpuLimitMhz()).isEqualTo(Limit.NONE);
        assertThat(vm(estate, "app04").memoryLimitGb()).isEqualTo(new Limit(8.0));
        assertThat(vm(estate, "trade01").cpuReservationMhz()).isEqualTo(16000.0);
        assertThat(vm(estate, "trade01").memoryReservationGb()).isEqualTo(32.0);
        assertThat(vm(estate, "db01").disks()).extracting(Vm.Disk::name, Vm.Disk::mode, Vm.Disk::raw, Vm.Disk::sharedBus)
                .containsExactly(tuple("Hard disk 1", DiskMode.PERSISTENT, RawMapping.NONE, BusSharing.NONE),
                        tuple("Hard disk 2", DiskMode.INDEPENDENT_PERSISTENT, RawMapping.NONE, BusSharing.NONE),
                        tuple("Hard disk 3", DiskMode.INDEPENDENT_PERSISTENT, RawMapping.PHYSICAL, BusSharing.PHYSICAL));
        assertThat(vm(estate, "lab-nested01").customAttributes())
                .containsEntry("Post-it", "nested ESXi for the vSAN course, root pw: VMware1!")
                .doesNotContainKey("Owner");
        assertThat(vm(estate, "app01").customAttributes()).containsEntry("Owner", "orders-team");
        assertThat(estate.portGroups()).extracting(PortGroup::id)
                .contains("dvs-prod/dvpg-dmz", "dvs-prod/dvpg-fw-trunk", "esx05.acme.local/vSwitch0/VM-Dev");
    }

    @Test
    void theSampleCarriesDevicesPartitionsHealthAndPortGroupPolicies() {
        Estate estate = assemble(read(WORKBOOK));
        Vm dc01 = vm(estate, "dc01");
        assertThat(dc01.devices()).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(io.virtaudit.model.DeviceType.CDROM);
            assertThat(d.backing()).isEqualTo(io.virtaudit.model.DeviceBacking.CLIENT_DEVICE);
            assertThat(d.connected()).isFalse();
        });
        assertThat(vm(estate, "app01").partitions()).extracting(Vm.Partition::path).containsExactly("/", "/boot", "/var");
        assertThat(estate.vms()).as("every VM has a vCD row, so devices are known").allSatisfy(v -> assertThat(v.devices()).isNotNull());
        assertThat(estate.vms()).as("vNetwork names every VM's port groups").allSatisfy(v -> assertThat(v.portGroups()).isNotNull());
        assertThat(host(estate, "esx05.acme.local").services().ssh().running()).as("vHealth: SSH service is running!").isTrue();
        assertThat(host(estate, "esx01.acme.local").services()).as("no vHealth row proves nothing").isNull();
        PortGroup dev = portGroup(estate, "esx05.acme.local/vSwitch0/VM-Dev");
        assertThat(dev.security()).isEqualTo(new PortGroup.Security(true, true, true));
        assertThat(portGroup(estate, "dvs-prod/dvpg-dmz").binding()).isEqualTo(io.virtaudit.model.PortBinding.EPHEMERAL);
        assertThat(portGroup(estate, "dvs-prod/dvpg-fw-trunk").vlanTrunk()).extracting(Object::toString)
                .containsExactly("100-120", "200");
        assertThat(portGroup(estate, "dvs-prod/dvs-prod-DVUplinks-21").uplink()).isTrue();
    }

    private static PortGroup portGroup(Estate estate, String id) {
        return estate.portGroups().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }

    private static Host host(Estate estate, String id) {
        return estate.hosts().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    private static Vm vm(Estate estate, String id) {
        return estate.vms().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    private static Lun lun(Estate estate, String id) {
        return estate.luns().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theCsvFormGivesTheSameEstate() {
        SourcedDocument workbook = read(WORKBOOK);
        SourcedDocument csv = read(CSV);
        assertThat(csv.document()).usingRecursiveComparison().ignoringFields("estate.sources")
                .isEqualTo(workbook.document());
        assertThat(workbook.document().estate().sources()).singleElement().satisfies(s -> {
            assertThat(s.file()).isEqualTo("RVTools_export_all.xlsx");
            assertThat(s.skipped()).isEmpty();
        });
        assertThat(csv.document().estate().sources()).singleElement().satisfies(s -> {
            assertThat(s.file()).isEqualTo("csv");
            assertThat(s.collectedAt()).isEqualTo(workbook.document().estate().sources().get(0).collectedAt());
        });
        assertThat(workbook.locator().locate("/vms/3/tools")).isEqualTo(new SourceRef(WORKBOOK.toString(), "vTools!5"));
        assertThat(csv.locator().locate("/vms/3")).isEqualTo(new SourceRef(CSV + "/RVTools_tabvInfo.csv", "5"));
        assertThat(csv.locator().locate("/vms/3/tools")).isEqualTo(new SourceRef(CSV + "/RVTools_tabvTools.csv", "5"));
    }

    @Test
    void theCommittedSampleIsWhatTheWriterWrites() {
        RvtoolsExportWriter sample = SampleExport.build();
        Path workbook = sample.writeXlsx(dir.resolve("RVTools_export_all.xlsx"));
        Path csv = sample.writeCsv(dir.resolve("csv"));
        assertThat(read(workbook).document()).isEqualTo(read(WORKBOOK).document());
        assertThat(read(csv).document()).isEqualTo(read(CSV).document());
    }

    @Test
    void oneTabCsvOnItsOwnLoads() {
        Path vInfo = CSV.resolve("RVTools_tabvInfo.csv");
        SourcedDocument sourced = read(vInfo);
        Estate estate = assemble(sourced);
        assertThat(estate.vms()).hasSize(read(WORKBOOK).document().vms().size());
        assertThat(estate.hosts()).extracting(Host::cluster).contains("CL-PROD", "CL-DEV");
        assertThat(estate.info().name()).isEqualTo("RVTools_tabvInfo");
        assertThat(sourced.locator().locate("/vms/0")).isEqualTo(new SourceRef(vInfo.toString(), "2"));
    }

    @Test
    void rvtoolsAloneGivesTheFindingsItHolds() {
        List<Finding> findings = TestEstates.evaluate(assemble(read(WORKBOOK))).findings();
        assertThat(fired(findings, "STO-002")).containsExactly("esx03.acme.local:DS-PROD-03");
        assertThat(fired(findings, "TIM-001")).containsExactly("esx06.acme.local");
        assertThat(fired(findings, "STO-010")).containsExactly("DS-PROD-02");
        assertThat(fired(findings, "NET-001")).containsExactly("300");
        assertThat(fired(findings, "NET-002")).containsExactly("20");
        assertThat(fired(findings, "STO-004")).isEmpty();
        assertThat(fired(findings, "AVL-002")).as("environment comes from the CMDB").isEmpty();
        assertThat(fired(findings, "AVL-012")).containsExactly("CL-PROD");
    }

    @Test
    void mergedWithTheCmdbAndStorageCsvsItGivesBelievableFindings() {
        CsvInventoryImporter csv = new CsvInventoryImporter();
        Path cmdb = Path.of("sample-data/rvtools/cmdb/vms.csv");
        Path storage = Path.of("sample-data/rvtools/storage/luns.csv");
        Estate estate = assemble(EstateMerger.merge(List.of(read(WORKBOOK), csv.read(cmdb, cmdb.toString()),
                csv.read(storage, storage.toString()))));
        assertThat(estate.luns()).filteredOn(l -> l.arrayMode() != null).hasSize(4);
        assertThat(estate.vms()).filteredOn(v -> v.environment() != null).hasSizeGreaterThan(20);
        List<Finding> findings = TestEstates.evaluate(estate).findings();
        assertThat(fired(findings, "AVL-002")).containsExactly("pay-batch01");
        assertThat(fired(findings, "BKP-001")).containsExactly("crm01");
        assertThat(fired(findings, "STO-002")).containsExactly("esx03.acme.local:DS-PROD-03");
        assertThat(fired(findings, "TIM-001")).containsExactly("esx06.acme.local");
        assertThat(fired(findings, "STO-010")).containsExactly("DS-PROD-02");
        assertThat(fired(findings, "NET-001")).containsExactly("300");
        assertThat(fired(findings, "STO-004")).as("RVTools holds no ALUA facts: unknown, not a violation").isEmpty();
    }
}
