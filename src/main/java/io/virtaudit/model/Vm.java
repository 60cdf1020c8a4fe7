package io.virtaudit.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** A virtual machine, container, zone or LPAR: a guest of a host. */
public record Vm(String id, String name, String host, String guestOs, OsFamily guestFamily,
                 Integer vcpus, Double memoryGb, PowerState powerState, Instant poweredOffSince,
                 Boolean template, Environment environment, Criticality criticality,
                 Boolean timingSensitive, ToolsStatus tools, List<Snapshot> snapshots,
                 List<String> datastores, List<Integer> networks, Backup backup, String owner,
                 Instant createdAt, Map<String, String> labels, Boolean agent,
                 ConnectionState connectionState, Map<String, String> customAttributes,
                 HardwareVersion hardwareVersion, Boolean consolidationNeeded,
                 LatencySensitivity latencySensitivity, Limit cpuLimitMhz, Double cpuReservationMhz,
                 Limit memoryLimitGb, Double memoryReservationGb, List<Device> devices, List<Disk> disks,
                 List<Partition> partitions, List<String> portGroups) implements NamedObject {

    /** A removable or legacy device: {@code type} is required. */
    public record Device(DeviceType type, String name, Boolean connected, Boolean startConnected,
                         DeviceBacking backing) {
    }

    /** A virtual disk or raw mapping; {@code datastore} names the LUN its file (or mapping file) is on. */
    public record Disk(String name, String file, Double capacityGb, String datastore, DiskMode mode,
                       RawMapping raw, DiskSharing sharing, BusSharing sharedBus, Boolean thin) {

        /**
         * A snapshot delta: a file whose name ends {@code -000001.vmdk} (six digits), case-insensitive,
         * unless the name is its folder's: the base disk of a VM named {@code app-000001} is
         * {@code [ds] app-000001/app-000001.vmdk}, and its delta {@code app-000001-000001.vmdk}.
         */
        public boolean snapshotDelta() {
            if (file == null || !SNAPSHOT_DELTA.matcher(file.strip()).find()) {
                return false;
            }
            String path = file.strip();
            int slash = path.lastIndexOf('/');
            String stem = path.substring(slash + 1, path.length() - ".vmdk".length());
            String dir = slash < 0 ? "" : path.substring(0, slash);
            String folder = dir.substring(Math.max(dir.lastIndexOf('/'), dir.lastIndexOf(']')) + 1).strip();
            return !stem.equalsIgnoreCase(folder);
        }

        private static final Pattern SNAPSHOT_DELTA =
                Pattern.compile("-\\d{6}\\.vmdk$", Pattern.CASE_INSENSITIVE);
    }

    /** A guest file system as the guest tools report it; {@code path} is required. */
    public record Partition(String path, Double capacityGb, Double freeGb) {

        /** The free share of the capacity, 0 to 1; null when either is unknown or the capacity is 0. */
        public Double freeFraction() {
            if (capacityGb == null || freeGb == null || capacityGb <= 0) {
                return null;
            }
            return freeGb / capacityGb;
        }
    }

    /** A snapshot of the VM. */
    public record Snapshot(String name, Instant createdAt) {
    }

    /** Backup facts; {@code policy: none} means explicitly no backup. */
    public record Backup(String policy, BackupTime lastSuccess) {
    }

    /** Templates are exempt from most VM rules; absent means not a template. */
    public boolean isTemplateVm() {
        return Boolean.TRUE.equals(template);
    }

    /**
     * A VM the platform deploys and runs for itself (vSphere Cluster Services' {@code vCLS-…}):
     * exempt from every VM rule, since nobody can change it, but its load counts on its host.
     */
    public boolean isAgent() {
        return Boolean.TRUE.equals(agent);
    }

    /**
     * Orphaned, inaccessible or invalid: the manager cannot read the VM, so its vCPUs and memory
     * are unknown by nature (no data gap) and MGT-005's to report.
     */
    public boolean unreadable() {
        return connectionState != null && connectionState.unreadable();
    }

    /** A CPU limit is known and caps the VM ({@code none} and unknown do not). */
    public boolean cpuLimited() {
        return cpuLimitMhz != null && !cpuLimitMhz.none();
    }

    /** A memory limit is known and caps the VM ({@code none} and unknown do not). */
    public boolean memoryLimited() {
        return memoryLimitGb != null && !memoryLimitGb.none();
    }

    /** The memory limit is below the configured memory: the guest balloons and swaps. False when either is unknown. */
    public boolean memoryLimitBelowConfigured() {
        return memoryLimited() && memoryGb != null && memoryLimitGb.below(memoryGb);
    }

    /** Less memory is reserved than configured (TIM-010); false when either is unknown. */
    public boolean memoryNotFullyReserved() {
        return memoryReservationGb != null && memoryGb != null && memoryReservationGb < memoryGb;
    }

    /** No CPU is reserved (TIM-010); false when unknown. */
    public boolean cpuUnreserved() {
        return cpuReservationMhz != null && cpuReservationMhz == 0;
    }

    /** A backup policy is known and is not {@code none} (BKP-009, STO-012: an image backup is expected). */
    public boolean backupExpected() {
        return backupPolicy() != null && !noBackup();
    }

    /** ON(vm) of the catalogue: powered on and not a template. */
    public boolean on() {
        return powerState == PowerState.ON && !isTemplateVm();
    }

    /** PC(vm) of the catalogue: production, or criticality critical or high. */
    public boolean pc() {
        return environment == Environment.PRODUCTION
                || criticality == Criticality.CRITICAL || criticality == Criticality.HIGH;
    }

    public boolean critical() {
        return criticality == Criticality.CRITICAL;
    }

    public boolean production() {
        return environment == Environment.PRODUCTION;
    }

    public String backupPolicy() {
        return backup == null ? null : backup.policy();
    }

    /** {@code backup.policy: none}: explicitly no backup. */
    public boolean noBackup() {
        return "none".equalsIgnoreCase(backupPolicy());
    }

    /** The time of the VM's last successful backup, or null when unknown or never. */
    public Instant lastBackupAt() {
        return backup == null || backup.lastSuccess() == null ? null : backup.lastSuccess().at();
    }

    /** The VM's RPO in hours (BKP-002): the one for production or critical VMs, or the one for others. */
    public double rpoHours(double pcHours, double otherHours) {
        return pc() ? pcHours : otherHours;
    }

    /** When the VM's oldest snapshot whose time is known was taken, or null. */
    public Instant oldestSnapshotAt() {
        Instant oldest = null;
        if (snapshots != null) {
            for (Snapshot s : snapshots) {
                if (s.createdAt() != null && (oldest == null || s.createdAt().isBefore(oldest))) {
                    oldest = s.createdAt();
                }
            }
        }
        return oldest;
    }

    /** The name of the oldest snapshot (the first named one taken at {@link #oldestSnapshotAt()}), or null. */
    public String oldestSnapshotName() {
        Instant oldest = oldestSnapshotAt();
        if (oldest != null) {
            for (Snapshot s : snapshots) {
                if (oldest.equals(s.createdAt()) && s.name() != null) {
                    return s.name();
                }
            }
        }
        return null;
    }

    /** vCPUs that load the host: those of powered-on, non-template VMs. */
    public int loadVcpus() {
        return on() && vcpus != null ? vcpus : 0;
    }

    /** Memory that loads the host: that of powered-on, non-template VMs. */
    public double loadMemoryGb() {
        return on() && memoryGb != null ? memoryGb : 0.0;
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.VM;
    }

}
