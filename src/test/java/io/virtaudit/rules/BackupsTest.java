package io.virtaudit.rules;

import static io.virtaudit.model.ModelFacts.vmWithBackup;
import static io.virtaudit.model.ModelFacts.vmWithSnapshots;
import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.model.BackupTime;
import io.virtaudit.model.Environment;
import io.virtaudit.model.PowerState;
import io.virtaudit.model.Vm;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Backup and snapshot ages as the BKP rules judge them, and the VM facts they read. */
class BackupsTest {

    private static final Instant T = Instant.parse("2026-11-20T08:00:00Z");

    private static Instant hoursAgo(double hours) {
        return T.minusSeconds((long) (hours * 3600));
    }

    private static Vm backedUp(Environment env, PowerState power, Instant offSince, Instant last) {
        return vmWithBackup("vm1", env, power, offSince, new Vm.Backup("daily", last == null ? BackupTime.NEVER : new BackupTime(last)));
    }

    @Test
    void theRpoHangsOnWhetherTheVmIsProductionOrCritical() {
        assertThat(backedUp(Environment.PRODUCTION, PowerState.ON, null, null).rpoHours(24, 168)).isEqualTo(24);
        assertThat(backedUp(Environment.TEST, PowerState.ON, null, null).rpoHours(24, 168)).isEqualTo(168);
    }

    @Test
    void aBackupOlderThanTheRpoIsOverdue() {
        assertThat(Backups.backupOverdue(backedUp(Environment.PRODUCTION, PowerState.ON, null, hoursAgo(25)), T, 24, 168)).isTrue();
        assertThat(Backups.backupOverdue(backedUp(Environment.PRODUCTION, PowerState.ON, null, hoursAgo(24)), T, 24, 168))
                .as("exactly the RPO is in time").isFalse();
        assertThat(Backups.backupOverdue(backedUp(Environment.TEST, PowerState.ON, null, hoursAgo(25)), T, 24, 168)).isFalse();
    }

    @Test
    void noKnownBackupIsNotOverdue() {
        assertThat(Backups.backupOverdue(backedUp(Environment.PRODUCTION, PowerState.ON, null, null), T, 24, 168)).isFalse();
        assertThat(Backups.backupOverdue(vmWithBackup("vm1", Environment.PRODUCTION, PowerState.ON, null, null), T, 24, 168))
                .isFalse();
        assertThat(backedUp(Environment.PRODUCTION, PowerState.ON, null, null).lastBackupAt()).isNull();
        assertThat(backedUp(Environment.PRODUCTION, PowerState.ON, null, hoursAgo(1)).lastBackupAt()).isEqualTo(hoursAgo(1));
    }

    @Test
    void anOffVmBackedUpAfterItWasPoweredOffIsNotOverdue() {
        assertThat(Backups.backupOverdue(backedUp(Environment.PRODUCTION, PowerState.OFF, hoursAgo(100), hoursAgo(90)), T, 24, 168))
                .isFalse();
        assertThat(Backups.backupOverdue(backedUp(Environment.PRODUCTION, PowerState.OFF, hoursAgo(80), hoursAgo(90)), T, 24, 168))
                .isTrue();
        assertThat(Backups.backupOverdue(backedUp(Environment.PRODUCTION, PowerState.OFF, null, hoursAgo(90)), T, 24, 168))
                .as("an unknown power-off time cannot be judged").isFalse();
    }

    @Test
    void theOldestSnapshotAndHowManyAreOld() {
        Vm vm = vmWithSnapshots("vm1", Arrays.asList(new Vm.Snapshot("new", hoursAgo(1)), new Vm.Snapshot(null, hoursAgo(100)),
                new Vm.Snapshot("twin", hoursAgo(100)), new Vm.Snapshot("unknown", null), new Vm.Snapshot("mid", hoursAgo(80))));
        assertThat(vm.oldestSnapshotAt()).isEqualTo(hoursAgo(100));
        assertThat(vm.oldestSnapshotName()).as("the first named one of that time").isEqualTo("twin");
        assertThat(Backups.snapshotsOlderThan(vm, T, 72)).isEqualTo(3);
        assertThat(Backups.snapshotsOlderThan(vm, T, 100)).isZero();
    }

    @Test
    void noSnapshotOfKnownTimeHasNoOldest() {
        Vm vm = vmWithSnapshots("vm1", List.of(new Vm.Snapshot("a", null)));
        assertThat(vm.oldestSnapshotAt()).isNull();
        assertThat(vm.oldestSnapshotName()).isNull();
        assertThat(vmWithSnapshots("vm1", null).oldestSnapshotAt()).isNull();
        assertThat(Backups.snapshotsOlderThan(vmWithSnapshots("vm1", null), T, 1)).isZero();
    }
}
