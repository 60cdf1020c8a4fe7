package io.virtaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.model.BusSharing;
import io.virtaudit.model.DiskMode;
import io.virtaudit.model.PowerState;
import io.virtaudit.model.RawMapping;
import io.virtaudit.model.Vm;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The disks and file systems STO-012, BKP-008, BKP-009 and CAP-004 name. */
class VmDisksTest {

    private static Vm vm(String policy, List<Vm.Snapshot> snapshots, List<Vm.Disk> disks, List<Vm.Partition> partitions) {
        return new Vm("v1", null, "h1", null, null, null, null, PowerState.ON, null, null, null, null, null, null,
                snapshots, null, null, policy == null ? null : new Vm.Backup(policy, null), null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, disks, partitions, null);
    }

    private static Vm.Disk disk(String name, String file, DiskMode mode, RawMapping raw, BusSharing bus) {
        return new Vm.Disk(name, file, null, null, mode, raw, null, bus, null);
    }

    @Test
    void physicalRdmsAreNamedAndThoseOnAPhysicallySharedBusApart() {
        Vm v = vm(null, null, List.of(disk("Hard disk 1", "[a] v/v.vmdk", null, RawMapping.NONE, null),
                disk("Hard disk 2", "[a] v/v_1.vmdk", null, RawMapping.PHYSICAL, BusSharing.PHYSICAL),
                disk(null, "[a] v/v_2.vmdk", null, RawMapping.PHYSICAL, BusSharing.NONE),
                disk("Hard disk 4", null, null, RawMapping.VIRTUAL, BusSharing.PHYSICAL)), null);
        assertThat(VmDisks.physicalRdms(v)).as("a disk without a name is named by its file")
                .containsExactly("Hard disk 2", "[a] v/v_2.vmdk");
        assertThat(VmDisks.physicallySharedRdms(v)).containsExactly("Hard disk 2");
        assertThat(VmDisks.physicalRdms(vm(null, null, null, null))).as("unknown disks").isEmpty();
        assertThat(VmDisks.hasPhysicalRdm(v)).isTrue();
        assertThat(VmDisks.hasPhysicalRdm(vm(null, null, List.of(disk("d", null, null, RawMapping.VIRTUAL, null)), null))).isFalse();
    }

    @Test
    void independentDisksCountOnlyWhereABackupIsExpectedAndNeverAsPhysicalRdms() {
        List<Vm.Disk> disks = List.of(disk("d1", null, DiskMode.INDEPENDENT_PERSISTENT, null, null),
                disk("d2", null, DiskMode.INDEPENDENT_NONPERSISTENT, RawMapping.VIRTUAL, null),
                disk("d3", null, DiskMode.INDEPENDENT_PERSISTENT, RawMapping.PHYSICAL, null),
                disk("d4", null, DiskMode.NONPERSISTENT, null, null),
                disk("d5", null, DiskMode.UNDOABLE, null, null),
                disk("d6", null, DiskMode.PERSISTENT, null, null),
                disk("d7", null, null, null, null));
        assertThat(VmDisks.backupSkippedDisks(vm("daily", null, disks, null))).containsExactly("d1", "d2");
        assertThat(VmDisks.backupSkippedDisks(vm("none", null, disks, null))).isEmpty();
        assertThat(VmDisks.backupSkippedDisks(vm(null, null, disks, null))).isEmpty();
        assertThat(VmDisks.discardingDisks(vm(null, null, disks, null))).containsExactly("d2", "d4", "d5");
        assertThat(VmDisks.hasDiskOutsideBackups(vm(null, null, disks, null))).isTrue();
        List<Vm.Disk> independentOnly = List.of(disk("d1", null, DiskMode.INDEPENDENT_PERSISTENT, null, null));
        assertThat(VmDisks.hasDiskOutsideBackups(vm("daily", null, independentOnly, null))).isTrue();
        assertThat(VmDisks.hasDiskOutsideBackups(vm(null, null, independentOnly, null))).as("no backup expected").isFalse();
    }

    @Test
    void snapshotDeltasAreOrphanedOnlyWhenTheVmIsKnownToHaveNoSnapshot() {
        List<Vm.Disk> disks = List.of(disk("d1", "[a] v/v-000002.VMDK", null, null, null),
                disk("d2", "[a] v/v_1.vmdk", null, null, null), disk("d3", "[a] v/v-00002.vmdk", null, null, null));
        assertThat(VmDisks.orphanedDeltas(vm(null, List.of(), disks, null))).containsExactly("d1");
        assertThat(VmDisks.orphanedDeltas(vm(null, List.of(new Vm.Snapshot("s", null)), disks, null))).isEmpty();
        assertThat(VmDisks.orphanedDeltas(vm(null, null, disks, null))).as("snapshots unknown").isEmpty();
        assertThat(VmDisks.hasOrphanedDelta(vm(null, List.of(), disks, null))).isTrue();
        assertThat(VmDisks.hasOrphanedDelta(vm(null, null, disks, null))).isFalse();
        List<Vm.Disk> named = List.of(disk("d1", "[a] app-000001/app-000001.vmdk", null, null, null),
                disk("d2", "[a] app-000001/app-000001_1.vmdk", null, null, null),
                disk("d3", "[a] app-000001/app-000001-000002.vmdk", null, null, null),
                disk("d4", "[a] old/app-000009.vmdk", null, null, null));
        assertThat(VmDisks.orphanedDeltas(vm(null, List.of(), named, null)))
                .as("a VM named like a delta: its base disk is named as its folder").containsExactly("d3", "d4");
    }

    @Test
    void fullPartitionsIgnoreSmallAndUnknownOnesAndGiveTheirFreeShare() {
        Vm v = vm(null, null, null, List.of(new Vm.Partition("C:\\", 100.0, 9.96),
                new Vm.Partition("/boot/efi", 0.5, 0.0), new Vm.Partition("/data", 200.0, null),
                new Vm.Partition("/var", 10.0, 0.4), new Vm.Partition("/srv", 100.0, 10.0)));
        assertThat(VmDisks.fullPartitions(v, 1, 0.10)).containsExactly("C:\\ (10.0 % free)", "/var (4.0 % free)");
        assertThat(VmDisks.lowestFreeShare(v, 1)).isEqualTo(0.04);
        assertThat(VmDisks.lowestFreeShare(vm(null, null, null, null), 1)).as("none known").isEqualTo(1.0);
    }
}
