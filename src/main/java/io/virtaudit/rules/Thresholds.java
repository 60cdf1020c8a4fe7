package io.virtaudit.rules;

import java.util.List;

/**
 * Every ⟨threshold⟩ of the catalogue, with its default. Rules read them from the
 * {@code thresholds} global, never from literals, so that a policy file can move them.
 *
 * @param vcpuPerCore              CMP-008: vCPU to core ratio of a host
 * @param vcpuPerCoreCritical      CMP-008: the ratio when the host runs a critical VM
 * @param memoryOvercommitProduction CMP-009: memory ratio when the host runs a production VM
 * @param memoryOvercommit         CMP-009: memory ratio otherwise
 * @param scaleUpMemoryShare       CMP-011: largest host's share of the cluster's active memory
 * @param n1DemandFactor           AVL-004: head-room factor applied to the memory demand
 * @param n1UsableCapacity         AVL-004: usable share of the surviving hosts' memory
 * @param n1VcpuPerCore            AVL-004: vCPUs the surviving cores may carry
 * @param haMinHosts               AVL-005: minimum active hosts of an ESXi or Hyper-V HA cluster
 * @param haMinHostsQuorum         AVL-005: minimum active hosts for Proxmox, oVirt, Xen, Citrix
 * @param consolidatedVms          AVL-006: powered-on VMs that make a host consolidated
 * @param heartbeatDatastores      AVL-010: shared datastores needed for HA heartbeating
 * @param datastoreUsedMedium      STO-010: used share for medium
 * @param datastoreUsedHigh        STO-010: used share for high
 * @param datastoreUsedCritical    STO-010: used share for critical
 * @param netappMaxPaths           STO-009: paths a NetApp LUN should not exceed
 * @param timingOvercommit         TIM-008: vCPU and memory ratio for timing-sensitive VMs
 * @param backupRpoPcHours         BKP-002: RPO of production or critical VMs
 * @param backupRpoOtherHours      BKP-002: RPO of other VMs
 * @param firstBackupGraceHours    BKP-003: grace before a new VM must have a backup
 * @param snapshotAgeHours         BKP-004: age of an old snapshot
 * @param snapshotAgeHighHours     BKP-004: age that makes it high
 * @param snapshotChain            BKP-005: snapshots above which the chain is too deep
 * @param snapshotChainCritical    BKP-005: snapshots at which it is critical
 * @param snapshotDatastoreUsed    BKP-007: datastore used share that makes snapshots risky
 * @param poweredOffDays           CAP-001: days powered off
 * @param clusterMemoryHeadroom    CAP-003: share of active memory the cluster may use
 * @param clusterVcpuPerCore       CAP-003: vCPUs per active core the cluster may carry
 * @param nativeVlans              SEC-002: native VLAN ids
 * @param reservedVlans            SEC-003: switch-reserved VLAN ids
 * @param maintenanceDays          MGT-003: days a host may stay in maintenance
 * @param certificateExpiryDays    SEC-018: days before expiry from which a host certificate is reported
 * @param certificateExpiryHighDays SEC-018: days before expiry from which it is high
 * @param minHardwareVersion       CMP-013: virtual hardware below this is low on ESXi 7.0 and later
 * @param oldHardwareVersion       CMP-013: virtual hardware below this is medium on ESXi 5.1 and later
 * @param datastoreProvisioned     STO-013: provisioned to capacity ratio for medium
 * @param datastoreProvisionedHigh STO-013: the ratio for high
 * @param partitionFreeMedium      CAP-004: free share of a guest file system below which it is medium
 * @param partitionFreeHigh        CAP-004: free share below which it is high
 * @param partitionMinGb           CAP-004: smaller file systems (EFI, boot) are ignored
 * @param licenseExpiryDays        MGT-007: days before expiry from which a licence is reported
 * @param securityPolicyExceptions SEC-009, SEC-010, SEC-011: port-group names or globs exempt
 * @param credentialPatterns       SEC-015: words that introduce a credential, matched as whole words in any case
 */
public record Thresholds(double vcpuPerCore, double vcpuPerCoreCritical, double memoryOvercommitProduction,
                         double memoryOvercommit, double scaleUpMemoryShare, double n1DemandFactor,
                         double n1UsableCapacity, double n1VcpuPerCore, int haMinHosts, int haMinHostsQuorum,
                         int consolidatedVms, int heartbeatDatastores, double datastoreUsedMedium,
                         double datastoreUsedHigh, double datastoreUsedCritical, int netappMaxPaths,
                         double timingOvercommit, double backupRpoPcHours, double backupRpoOtherHours,
                         double firstBackupGraceHours, double snapshotAgeHours, double snapshotAgeHighHours,
                         int snapshotChain, int snapshotChainCritical, double snapshotDatastoreUsed,
                         double poweredOffDays, double clusterMemoryHeadroom, double clusterVcpuPerCore,
                         List<Integer> nativeVlans, List<Integer> reservedVlans, double maintenanceDays,
                         double certificateExpiryDays, double certificateExpiryHighDays, int minHardwareVersion,
                         int oldHardwareVersion, double datastoreProvisioned, double datastoreProvisionedHigh,
                         double partitionFreeMedium, double partitionFreeHigh, double partitionMinGb,
                         double licenseExpiryDays, List<String> securityPolicyExceptions,
                         List<String> credentialPatterns) {

    /** Every threshold's name, as a policy file and a rule's {@code @thresholds} write it. */
    public static final List<String> NAMES = java.util.Arrays.stream(Thresholds.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName).toList();

    /** The thresholds that are lists of words (names, globs, patterns) rather than of VLAN ids. */
    public static final java.util.Set<String> WORD_LISTS = java.util.Set.of("securityPolicyExceptions", "credentialPatterns");

    /** The catalogue's defaults. */
    public static Thresholds defaults() {
        return new Thresholds(4.0, 2.0, 1.0, 1.5, 0.5, 1.05, 0.9, 4.0, 2, 3, 10, 2, 0.75, 0.85, 0.95, 4,
                1.0, 24, 7 * 24, 48, 72, 7 * 24, 3, 32, 0.85, 30, 0.8, 3.2,
                List.of(1), reservedVlanDefaults(), 7,
                60, 14, 17, 9, 1.5, 2.0, 0.10, 0.05, 1,
                60, List.of(), List.of("password", "passwd", "pwd", "pass", "passwort", "kennwort", "wachtwoord",
                        "mot de passe", "contraseña", "senha"));
    }

    /** VLANs 1001–1024, 3968–4047 and 4094. */
    private static List<Integer> reservedVlanDefaults() {
        List<Integer> ids = new java.util.ArrayList<>();
        for (int id = 1001; id <= 1024; id++) {
            ids.add(id);
        }
        for (int id = 3968; id <= 4047; id++) {
            ids.add(id);
        }
        ids.add(4094);
        return List.copyOf(ids);
    }

    /** A threshold's value by its policy name, for documentation; empty for an unknown name. */
    public java.util.Optional<Object> valueOf(String name) {
        for (java.lang.reflect.RecordComponent component : Thresholds.class.getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return java.util.Optional.of(component.getAccessor().invoke(this));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** A threshold's value as a policy file writes it: VLAN lists as ranges ({@code 1001-1024}). */
    public String display(String name) {
        Object value = valueOf(name).orElse(null);
        if (value instanceof List<?> list && WORD_LISTS.contains(name)) {
            return list.isEmpty() ? "[]" : "[" + String.join(", ", list.stream().map(String::valueOf).toList()) + "]";
        }
        if (value instanceof List<?> list) {
            return VlanRanges.format(list.stream().map(o -> (Integer) o).toList());
        }
        if (value instanceof Double d && d == Math.rint(d)) {
            return String.valueOf(d.longValue());
        }
        return String.valueOf(value);
    }
}
