package io.virtaudit.rules;

import io.virtaudit.model.PowerState;
import io.virtaudit.model.Vm;
import java.time.Instant;

/**
 * The backup and snapshot ages the BKP rules judge, against the estate's reference time. DRL
 * imports these as functions ({@code import function io.virtaudit.rules.Backups.backupOverdue}),
 * handing them the policy's values, never the thresholds themselves.
 */
public final class Backups {

    private Backups() {
    }

    /**
     * BKP-002: the last successful backup is known and older than the VM's RPO, unless the VM is
     * off and was backed up after it was powered off (an off VM whose power-off time is unknown
     * cannot be judged, so it does not count).
     */
    public static boolean backupOverdue(Vm vm, Instant reference, double pcHours, double otherHours) {
        Instant last = vm.lastBackupAt();
        if (last == null || Ages.hoursBetween(last, reference) <= vm.rpoHours(pcHours, otherHours)) {
            return false;
        }
        if (vm.powerState() == PowerState.OFF) {
            return vm.poweredOffSince() != null && !last.isAfter(vm.poweredOffSince());
        }
        return true;
    }

    /** BKP-004: how many of the VM's snapshots whose time is known are older than {@code hours}. */
    public static int snapshotsOlderThan(Vm vm, Instant reference, double hours) {
        int old = 0;
        if (vm.snapshots() != null) {
            for (Vm.Snapshot s : vm.snapshots()) {
                if (s.createdAt() != null && Ages.hoursBetween(s.createdAt(), reference) > hours) {
                    old++;
                }
            }
        }
        return old;
    }
}
