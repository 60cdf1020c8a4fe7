package io.virtaudit.importer.csv;

import static io.virtaudit.importer.csv.CsvFixtures.fixture;
import static io.virtaudit.importer.csv.CsvFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.TestEstates;
import io.virtaudit.importer.EstateAssembler;
import io.virtaudit.importer.EstateDocument;
import io.virtaudit.importer.SourcedDocument;
import io.virtaudit.model.AdmissionControl;
import io.virtaudit.model.ArrayMode;
import io.virtaudit.model.BackupTime;
import io.virtaudit.model.Cluster;
import io.virtaudit.model.CpuVendor;
import io.virtaudit.model.Criticality;
import io.virtaudit.model.Environment;
import io.virtaudit.model.Estate;
import io.virtaudit.model.EstateInfo;
import io.virtaudit.model.SourceKind;
import io.virtaudit.model.Host;
import io.virtaudit.model.Lun;
import io.virtaudit.model.MultipathConfig;
import io.virtaudit.model.OsFamily;
import io.virtaudit.model.PathPolicy;
import io.virtaudit.model.PowerState;
import io.virtaudit.model.Product;
import io.virtaudit.model.Protocol;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.ToolsStatus;
import io.virtaudit.model.Virtualization;
import io.virtaudit.model.Vlan;
import io.virtaudit.model.VlanPurpose;
import io.virtaudit.model.Vm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A folder of CSV inventories, every collection with all its columns, read into the estate records. */
class CsvInventoryImporterTest {

    private final CsvInventoryImporter importer = new CsvInventoryImporter();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"clusters.csv", "hosts.csv", "vms.csv", "luns.csv", "multipath.csv", "vlans.csv",
            "snapshots.csv", "paths.csv", "networks.csv", "VMs.CSV", "Hosts.csv"})
    void acceptsTheFilesNamedAfterACollectionOrAChildList(String name) {
        assertThat(importer.accepts(Path.of("exports", name))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"RVTools_tabvInfo.csv", "RVTools_tabvHost.csv", "inventory.csv", "vms.yaml",
            "vms.xlsx", "my-vms.csv", "vms.csv.bak"})
    void leavesOtherFilesToOtherImporters(String name) {
        assertThat(importer.accepts(Path.of("exports", name))).isFalse();
    }

    @Test
    void acceptsAFolderHoldingInventoryFilesOnly() throws IOException {
        assertThat(importer.accepts(fixture("full"))).isTrue();
        Files.writeString(dir.resolve("RVTools_tabvInfo.csv"), "VM\nweb01\n");
        Files.writeString(dir.resolve("notes.txt"), "x");
        assertThat(importer.accepts(dir)).isFalse();
        Files.writeString(dir.resolve("VLANS.csv"), "id\n10\n");
        assertThat(importer.accepts(dir)).isTrue();
    }

    @Test
    void readsEveryColumnOfClusters() {
        List<Cluster> clusters = full().clusters();
        assertThat(clusters).containsExactly(
                new Cluster("cl1", "Production", new Cluster.Ha(true, AdmissionControl.HOSTS, 1, null, null, null), true,
                        "intel-icelake", Map.of("site", "paris")),
                new Cluster("cl2", null, new Cluster.Ha(false, AdmissionControl.PERCENT, null, 25, 30, null), false,
                        null, null));
    }

    @Test
    void readsEveryColumnOfHostsWithDottedPathsAndLists() {
        List<Host> hosts = full().hosts();
        assertThat(hosts).hasSize(2);
        Host esx01 = hosts.get(0);
        assertThat(esx01.id()).isEqualTo("esx01");
        assertThat(esx01.name()).isEqualTo("esx01.acme.local");
        assertThat(esx01.cluster()).isEqualTo("cl1");
        assertThat(esx01.managedBy()).isEqualTo("vc01");
        assertThat(esx01.hypervisor()).isEqualTo(new Host.Hypervisor(Product.ESXI, "8.0.2", null, null));
        assertThat(esx01.os()).isNull();
        assertThat(esx01.cpu()).isEqualTo(new Host.Cpu("Intel Xeon Gold 6338", null, 2, 32, true));
        assertThat(esx01.memoryGb()).isEqualTo(1024.0);
        assertThat(List.of(esx01.nics(), esx01.hbas(), esx01.powerSupplies())).containsExactly(4, 2, 2);
        assertThat(esx01.ntpServers()).containsExactly("ntp1.acme.local", "ntp2.acme.local");
        assertThat(esx01.maintenance()).isNull();
        assertThat(esx01.connected()).isTrue();

        Host esx02 = hosts.get(1);
        assertThat(esx02.hypervisor()).isEqualTo(new Host.Hypervisor(Product.ESXI, "7.0.3", null, Virtualization.PARA));
        assertThat(esx02.os()).isEqualTo(new Host.Os(OsFamily.LINUX));
        assertThat(esx02.cpu()).isEqualTo(new Host.Cpu("AMD EPYC 7543", CpuVendor.AMD, 2, 32, true));
        assertThat(esx02.memoryGb()).isEqualTo(512.5);
        assertThat(esx02.ntpServers()).as("none is the empty list").isEmpty();
        assertThat(esx02.maintenance()).isEqualTo(new Host.Maintenance(Instant.parse("2026-11-01T10:00:00Z")));
        assertThat(esx02.connected()).as("an empty cell is unknown").isNull();
    }

    @Test
    void readsEveryColumnOfVms() {
        List<Vm> vms = full().vms();
        assertThat(vms).extracting(Vm::id).containsExactly("web01", "db01", "tpl01");
        Vm web = vms.get(0);
        assertThat(web).isEqualTo(new Vm("web01", "Web 01", "esx01", "Ubuntu Linux (64-bit)", null, 4, 16.0,
                PowerState.ON, null, false, Environment.PRODUCTION, Criticality.HIGH, false, ToolsStatus.OK,
                web.snapshots(), List.of("ds1", "ds2"), List.of(100, 200),
                new Vm.Backup("gold", new BackupTime(Instant.parse("2026-11-19T22:00:00Z"))), "web-team",
                Instant.parse("2024-03-01T00:00:00Z"), null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
        Vm db = vms.get(1);
        assertThat(db.guestOs()).isEqualTo("Microsoft Windows Server 2022 (64-bit)");
        assertThat(db.guestFamily()).isEqualTo(OsFamily.WINDOWS);
        assertThat(db.memoryGb()).isEqualTo(64.5);
        assertThat(db.powerState()).isEqualTo(PowerState.OFF);
        assertThat(db.poweredOffSince()).isEqualTo(Instant.parse("2026-10-01T00:00:00Z"));
        assertThat(db.tools()).isEqualTo(ToolsStatus.NOT_RUNNING);
        assertThat(db.timingSensitive()).isTrue();
        assertThat(db.networks()).as("none").isEmpty();
        assertThat(db.backup()).isEqualTo(new Vm.Backup("none", BackupTime.NEVER));
        assertThat(db.noBackup()).isTrue();
    }

    @Test
    void emptyCellsAreUnknownNotFalseNorEmpty() {
        Vm template = full().vms().get(2);
        assertThat(template).isEqualTo(new Vm("tpl01", null, "esx01", null, null, 2, 4.0, PowerState.OFF, null, true,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
    }

    @Test
    void readsEveryColumnOfLunsMultipathAndVlans() {
        EstateDocument doc = full();
        assertThat(doc.luns()).containsExactly(
                new Lun("ds1", "Datastore 1", Protocol.FC, new Lun.Array("netapp", "AFF A400", ArrayMode.ALUA), 2048.0,
                        512.0, null, null, List.of("esx01", "esx02"), null),
                new Lun("ds2", null, Protocol.NFS3, null, 1024.0, 100.5, null, "nas01:/vol/ds2", null, null));
        MultipathConfig first = doc.multipath().get(0);
        assertThat(List.of(first.host(), first.lun(), first.policy(), first.satp(), first.alua(), first.rrIops()))
                .containsExactly("esx01", "ds1", PathPolicy.ROUND_ROBIN, "VMW_SATP_ALUA", true, 1);
        assertThat(doc.multipath().get(1).policy()).isEqualTo(PathPolicy.MRU);
        assertThat(doc.multipath().get(1).rrIops()).isNull();
        assertThat(doc.vlans()).containsExactly(
                new Vlan(100, "prod-web", List.of(VlanPurpose.VM), 1500, null, null),
                new Vlan(200, "prod-db", List.of(VlanPurpose.VM, VlanPurpose.BACKUP), 1500, List.of("esx01", "esx02"), null),
                new Vlan(10, "mgmt", List.of(VlanPurpose.MANAGEMENT), 1500, List.of(), null));
    }

    @Test
    void aFolderIsReadWholeAndItsOtherFilesAreIgnored() {
        SourcedDocument sourced = read("full");
        assertThat(sourced.inputs()).containsExactly("full");
        assertThat(sourced.document().formatVersion()).isEqualTo(EstateAssembler.FORMAT_VERSION);
        assertThat(sourced.document().estate().name()).as("the estate's name comes from elsewhere").isNull();
        assertThat(sourced.document().estate().sources()).as("the inventory is a source of its own").containsExactly(
                new EstateInfo.Source("full", SourceKind.CSV, null, null, null, "full", List.of()));
        assertThat(sourced.document().vms()).extracting(Vm::id).doesNotContain("VM");
    }

    @Test
    void everyObjectIsLocatedAtItsFileAndLine() {
        SourcedDocument sourced = read("full");
        assertThat(sourced.locator().locate("/vms/2")).isEqualTo(new SourceRef("full/vms.csv", "4"));
        assertThat(sourced.locator().locate("/vms/2/vcpus")).isEqualTo(new SourceRef("full/vms.csv", "4"));
        assertThat(sourced.locator().locate("/hosts/0/cpu/sockets")).isEqualTo(new SourceRef("full/hosts.csv", "2"));
        assertThat(sourced.locator().locate("/clusters/1")).isEqualTo(new SourceRef("full/clusters.csv", "3"));
        assertThat(sourced.locator().locate("/luns/1")).isEqualTo(new SourceRef("full/luns.csv", "3"));
        assertThat(sourced.locator().locate("/multipath/1")).isEqualTo(new SourceRef("full/multipath.csv", "3"));
        assertThat(sourced.locator().locate("/vlans/2")).isEqualTo(new SourceRef("full/vlans.csv", "4"));
    }

    @Test
    void aSingleFileIsNamedAsTheUserNamedIt() {
        Path vms = fixture("full/vms.csv");
        SourcedDocument sourced = read(vms, "vms.csv");
        assertThat(sourced.inputs()).containsExactly("vms.csv");
        assertThat(sourced.document().hosts()).isNull();
        assertThat(sourced.document().vms()).hasSize(3);
        assertThat(sourced.locator().locate("/vms/2")).isEqualTo(new SourceRef("vms.csv", "4"));
    }

    @Test
    void aHeaderOnlyFileHasNoObjects() {
        SourcedDocument sourced = read("header-only/vms.csv");
        assertThat(sourced.document().vms()).isEmpty();
    }

    @Test
    void theFullFolderIsAValidEstateOnceItHasAName() {
        SourcedDocument sourced = read("full");
        EstateDocument doc = sourced.document();
        EstateDocument named = new EstateDocument(doc.formatVersion(), new EstateInfo("CSV lab", null, null, null),
                doc.managers(), doc.clusters(), doc.hosts(), doc.vms(), doc.luns(), doc.multipath(), doc.vlans(), doc.portGroups());
        Estate estate = new EstateAssembler(TestEstates.CLOCK).assemble(
                new SourcedDocument(sourced.inputs(), named, sourced.locator()));
        assertThat(estate.counts()).containsExactly(Map.entry("clusters", 2), Map.entry("hosts", 2),
                Map.entry("vms", 3), Map.entry("luns", 2), Map.entry("multipath", 2), Map.entry("vlans", 3),
                Map.entry("portGroups", 0));
        assertThat(estate.sourceOf(estate.vms().get(1))).isEqualTo(new SourceRef("full/vms.csv", "3"));
    }

    private static EstateDocument full() {
        return read("full").document();
    }
}
