package io.virtaudit.importer.csv;

import static io.virtaudit.importer.csv.CsvFixtures.errors;
import static io.virtaudit.importer.csv.CsvFixtures.fixture;
import static io.virtaudit.importer.csv.CsvFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.importer.EstateDocument;
import io.virtaudit.input.InputError;
import io.virtaudit.importer.SourceLocator;
import io.virtaudit.importer.SourcedDocument;
import io.virtaudit.model.EstateInfo;
import io.virtaudit.model.Host;
import io.virtaudit.model.MultipathConfig;
import io.virtaudit.model.PathState;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.SwitchType;
import io.virtaudit.model.Teaming;
import io.virtaudit.model.Vm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots, paths and host networks: CSVs of their own whose rows name their owner. */
class CsvChildFilesTest {

    @TempDir
    Path dir;


    @Test
    void snapshotRowsAttachToTheirVmInOrder() {
        List<Vm> vms = read("full").document().vms();
        assertThat(vms.get(0).snapshots()).containsExactly(
                new Vm.Snapshot("before-upgrade", Instant.parse("2026-10-01T12:00:00Z")),
                new Vm.Snapshot("patch, November", Instant.parse("2026-11-15T00:00:00Z")));
        assertThat(vms.get(1).snapshots()).containsExactly(
                new Vm.Snapshot("pre-migration", Instant.parse("2026-09-30T08:00:00Z")));
        assertThat(vms.get(2).snapshots()).as("no rows: unknown, not none").isNull();
    }

    @Test
    void pathRowsAttachToTheirMultipathEntryByHostAndLun() {
        List<MultipathConfig> multipath = read("full").document().multipath();
        assertThat(multipath.get(0).paths()).containsExactly(
                new MultipathConfig.Path("vmhba1:C0:T0:L1", PathState.ACTIVE, "A"),
                new MultipathConfig.Path("vmhba2:C0:T0:L1", PathState.STANDBY, "B"));
        assertThat(multipath.get(1).paths()).containsExactly(
                new MultipathConfig.Path("vmhba1:C0:T0:L1", PathState.DEAD, "A"));
    }

    @Test
    void networkRowsAttachToTheirHost() {
        List<Host> hosts = read("full").document().hosts();
        assertThat(hosts.get(0).networks()).containsExactly(
                new Host.HostNetwork(10, 1500, List.of("vmnic0", "vmnic1"), Teaming.ACTIVE_STANDBY,
                        SwitchType.STANDARD, false, null),
                new Host.HostNetwork(200, 9000, List.of("vmnic2", "vmnic3"), Teaming.PORT_ID,
                        SwitchType.DISTRIBUTED, null, null));
        assertThat(hosts.get(1).networks()).containsExactly(
                new Host.HostNetwork(10, null, List.of(), null, null, null, null));
    }

    @Test
    void everyItemIsLocatedAtItsOwnLine() {
        SourceLocator locator = read("full").locator();
        assertThat(locator.locate("/vms/0/snapshots/1")).isEqualTo(new SourceRef("full/snapshots.csv", "3"));
        assertThat(locator.locate("/vms/1/snapshots/0/createdAt")).isEqualTo(new SourceRef("full/snapshots.csv", "4"));
        assertThat(locator.locate("/vms/0/snapshots")).isEqualTo(new SourceRef("full/snapshots.csv", "2"));
        assertThat(locator.locate("/multipath/0/paths/1")).isEqualTo(new SourceRef("full/paths.csv", "3"));
        assertThat(locator.locate("/hosts/1/networks/0/vlan")).isEqualTo(new SourceRef("full/networks.csv", "4"));
        assertThat(locator.locate("/vms/0")).as("the owner keeps its own line").isEqualTo(new SourceRef("full/vms.csv", "2"));
    }

    @Test
    void anOwnerFromAnotherInputIsCreatedWithItsKeyOnly() {
        SourcedDocument sourced = read("children");
        EstateDocument doc = sourced.document();
        assertThat(doc.vms()).extracting(Vm::id).containsExactly("app07", "app09");
        Vm app07 = doc.vms().get(0);
        assertThat(app07.host()).as("checked after the merge").isNull();
        assertThat(app07.snapshots()).extracting(Vm.Snapshot::name).containsExactly("nightly", "weekly");
        assertThat(doc.multipath()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("esx09:naa.600a0980");
            assertThat(m.policy()).isNull();
            assertThat(m.paths()).containsExactly(new MultipathConfig.Path("vmhba1:C0:T1:L0", PathState.ACTIVE, "A"));
        });
        assertThat(doc.hosts()).singleElement().satisfies(h -> {
            assertThat(h.id()).isEqualTo("esx09");
            assertThat(h.hypervisor()).isNull();
            assertThat(h.networks()).containsExactly(new Host.HostNetwork(300, 9000, List.of("vmnic4"), null,
                    SwitchType.STANDARD, true, null));
        });
        assertThat(sourced.locator().locate("/vms/1")).as("a blank line still counts")
                .isEqualTo(new SourceRef("children/snapshots.csv", "5"));
        assertThat(sourced.locator().locate("/hosts/0")).isEqualTo(new SourceRef("children/networks.csv", "2"));
    }

    @Test
    void aSingleChildFileIsAnInputOfItsOwn() {
        SourcedDocument sourced = read(fixture("children/snapshots.csv"), "snapshots.csv");
        assertThat(sourced.document().vms()).hasSize(2);
        assertThat(sourced.document().hosts()).isNull();
        assertThat(sourced.locator().locate("/vms/0/snapshots/1")).isEqualTo(new SourceRef("snapshots.csv", "3"));
    }

    @Test
    void aChildRowContradictingNoneInItsOwnersColumnIsSkipped() {
        SourcedDocument sourced = read(fixture("bad/none-and-rows"), "bad/none-and-rows");
        assertThat(sourced.warnings()).extracting(InputError::render).containsExactly(
                "bad/none-and-rows/snapshots.csv:3: row skipped: VM 'web01' has snapshots 'none' in"
                        + " bad/none-and-rows/vms.csv:2, yet this row lists one");
        assertThat(sourced.document().vms().get(0).snapshots()).isEmpty();
        assertThat(sourced.document().estate().sources().get(0).skipped()).containsExactly(new EstateInfo.SkippedRow(
                "snapshots.csv:3", "VM 'web01' has snapshots 'none' in bad/none-and-rows/vms.csv:2, yet this row lists one"));
    }

    @Test
    void noneInTheOwnersColumnIsAnEmptyList() {
        List<Vm> vms = read(fixture("bad/none-and-rows/vms.csv"), "vms.csv").document().vms();
        assertThat(vms.get(0).snapshots()).isEmpty();
        assertThat(vms.get(1).snapshots()).isNull();
    }

    @Test
    void childFilesMustHaveTheirOwnersKeyColumnsAndRowsWithoutAKeyAreSkipped() throws Exception {
        assertThat(errors("bad/keys")).containsExactly(
                "bad/keys/snapshots.csv:1: missing column 'vm': every snapshot row names its VM by vm");
        Path keys = Files.createDirectories(dir.resolve("keys"));
        for (String name : List.of("vms.csv", "paths.csv")) {
            Files.copy(fixture("bad/keys/" + name), keys.resolve(name));
        }
        SourcedDocument sourced = read(keys, "keys");
        assertThat(sourced.warnings()).extracting(InputError::render).containsExactlyInAnyOrder(
                "keys/paths.csv:2: row skipped: no lun", "keys/vms.csv:3: row skipped: no id");
        assertThat(sourced.document().estate().sources().get(0).skipped()).extracting(EstateInfo.SkippedRow::at)
                .containsExactlyInAnyOrder("paths.csv:2", "vms.csv:3");
    }
}
