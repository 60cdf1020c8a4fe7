package io.virtaudit.rules;

import io.virtaudit.model.BusSharing;
import io.virtaudit.model.DiskMode;
import io.virtaudit.model.RawMapping;
import io.virtaudit.model.Vm;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The virtual disks and guest file systems the storage, backup and capacity rules name. Each
 * function returns the disks' names (their file where a disk has no name), in the VM's order, so
 * a rule fires on a non-empty list and its finding names the disks. Unknown disks give none.
 * DRL imports these as functions.
 */
public final class VmDisks {

    /** Modes whose disks image backups skip: independent disks are left out of snapshots (BKP-009). */
    private static final Set<DiskMode> INDEPENDENT = EnumSet.of(DiskMode.INDEPENDENT_PERSISTENT,
            DiskMode.INDEPENDENT_NONPERSISTENT);
    /** Modes whose writes are thrown away at power-off (BKP-009, whatever the backup policy). */
    private static final Set<DiskMode> DISCARDING = EnumSet.of(DiskMode.INDEPENDENT_NONPERSISTENT,
            DiskMode.NONPERSISTENT, DiskMode.UNDOABLE);

    private VmDisks() {
    }

    /** STO-012: physical-mode raw mappings. */
    public static List<String> physicalRdms(Vm vm) {
        return names(vm, VmDisks::physicalRdm);
    }

    /** STO-012: physical-mode raw mappings on a physically shared SCSI bus (no live migration either). */
    public static List<String> physicallySharedRdms(Vm vm) {
        return names(vm, d -> physicalRdm(d) && d.sharedBus() == BusSharing.PHYSICAL);
    }

    /**
     * BKP-009: the independent disks of a VM whose backup policy is known and not none (image
     * backups skip them silently); physical raw mappings are left to STO-012 (one disk, one finding).
     */
    public static List<String> backupSkippedDisks(Vm vm) {
        if (!vm.backupExpected()) {
            return List.of();
        }
        return names(vm, d -> !physicalRdm(d) && INDEPENDENT.contains(d.mode()));
    }

    /** BKP-009: disks whose writes are lost at power-off, physical raw mappings left to STO-012. */
    public static List<String> discardingDisks(Vm vm) {
        return names(vm, d -> !physicalRdm(d) && DISCARDING.contains(d.mode()));
    }

    /**
     * BKP-008: snapshot deltas ({@code -000001.vmdk}) a VM runs on while it is known to have no
     * snapshot: the chain was left behind by a failed consolidation.
     */
    public static List<String> orphanedDeltas(Vm vm) {
        if (vm.snapshots() == null || !vm.snapshots().isEmpty()) {
            return List.of();
        }
        return names(vm, Vm.Disk::snapshotDelta);
    }

    /**
     * CAP-004: the guest file systems of at least {@code minGb} whose free share is below
     * {@code share}, as {@code path (n % free)}.
     */
    public static List<String> fullPartitions(Vm vm, double minGb, double share) {
        List<String> full = new ArrayList<>();
        if (vm.partitions() != null) {
            for (Vm.Partition p : vm.partitions()) {
                Double free = p.freeFraction();
                if (free != null && p.capacityGb() >= minGb && free < share) {
                    full.add(p.path() + " (" + Math.round(free * 1000) / 10.0 + " % free)");
                }
            }
        }
        return full;
    }

    /** CAP-004: the lowest free share among the file systems of at least {@code minGb}; 1 when none is known. */
    public static double lowestFreeShare(Vm vm, double minGb) {
        double lowest = 1.0;
        if (vm.partitions() != null) {
            for (Vm.Partition p : vm.partitions()) {
                Double free = p.freeFraction();
                if (free != null && p.capacityGb() >= minGb) {
                    lowest = Math.min(lowest, free);
                }
            }
        }
        return lowest;
    }

    /** Whether {@link #physicalRdms} names any: the rule's condition, asked of every VM, builds no list. */
    public static boolean hasPhysicalRdm(Vm vm) {
        return any(vm, VmDisks::physicalRdm);
    }

    /** Whether {@link #backupSkippedDisks} or {@link #discardingDisks} names any. */
    public static boolean hasDiskOutsideBackups(Vm vm) {
        return any(vm, d -> !physicalRdm(d) && (vm.backupExpected() && INDEPENDENT.contains(d.mode())
                || DISCARDING.contains(d.mode())));
    }

    /** Whether {@link #orphanedDeltas} names any. */
    public static boolean hasOrphanedDelta(Vm vm) {
        return vm.snapshots() != null && vm.snapshots().isEmpty() && any(vm, Vm.Disk::snapshotDelta);
    }

    private static boolean any(Vm vm, Predicate<Vm.Disk> which) {
        if (vm.disks() != null) {
            for (Vm.Disk d : vm.disks()) {
                if (which.test(d)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean physicalRdm(Vm.Disk disk) {
        return disk.raw() == RawMapping.PHYSICAL;
    }

    private static List<String> names(Vm vm, Predicate<Vm.Disk> which) {
        List<String> names = new ArrayList<>();
        if (vm.disks() != null) {
            for (Vm.Disk d : vm.disks()) {
                if (which.test(d)) {
                    names.add(d.name() != null ? d.name() : d.file() != null ? d.file() : "disk " + (vm.disks().indexOf(d) + 1));
                }
            }
        }
        return names;
    }
}
