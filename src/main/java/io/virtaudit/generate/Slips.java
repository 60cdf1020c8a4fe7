package io.virtaudit.generate;

/**
 * The rates of the second-edition slips: the share of eligible objects (ESXi hosts, vSphere VMs,
 * distributed port groups, …) on which an operator got a setting wrong, each named after the rule it
 * feeds. Sections draw them with {@link Dice#chance}; the tests count them on a seeded estate.
 * A few slips are also placed on fixed objects (the legacy cluster, the first vCenter of a site) so
 * that even a small estate shows each one.
 */
final class Slips {

    // hosts (ESXi unless said)
    /** An older build of the same release (SEC-012). */
    static final double OLD_BUILD = 0.03;
    /** NTP servers set but the daemon stopped, any product (TIM-009). */
    static final double NTP_STOPPED = 0.02;
    /** SSH left running (SEC-013). */
    static final double SSH_RUNNING = 0.03;
    /** SSH set to start with the host although stopped now (SEC-013). */
    static final double SSH_WITH_HOST = 0.01;
    /** The ESXi Shell left running (SEC-013). */
    static final double SHELL_RUNNING = 0.01;
    /** Lockdown mode off (SEC-014). */
    static final double LOCKDOWN_OFF = 0.04;
    /** No remote syslog target, any product (MGT-004). */
    static final double NO_SYSLOG = 0.03;
    /** Management certificate expiring within 60 days (SEC-018 medium), any product. */
    static final double CERT_EXPIRING = 0.015;
    /** Management certificate expired or within 14 days (SEC-018 high), any product. */
    static final double CERT_EXPIRED = 0.005;
    /** A disconnected host (already drawn before the second edition) that is not responding instead. */
    static final double NOT_RESPONDING = 0.5;

    // clusters
    /** HA on but host monitoring off (AVL-012), besides the legacy profile. */
    static final double NO_HOST_MONITORING = 0.03;

    // LUNs
    /** Provisioned at 1.5 to 2.4 times the capacity (STO-013). */
    static final double OVER_PROVISIONED = 0.03;

    // distributed port groups of VMs and the management port group of each ESXi host
    /** Promiscuous mode accepted (SEC-010). */
    static final double PROMISCUOUS = 0.02;
    /** MAC address changes accepted (SEC-009). */
    static final double MAC_CHANGES = 0.02;
    /** Forged transmits accepted (SEC-011). */
    static final double FORGED_TRANSMITS = 0.02;
    /** Ephemeral binding on a VM port group (NET-008). */
    static final double EPHEMERAL = 0.02;
    /** Deprecated dynamic (late) binding on a VM port group (NET-008). */
    static final double DYNAMIC = 0.01;
    /** A cluster whose last host lacks one VM port group (NET-009). */
    static final double PORT_GROUP_MISSING = 0.03;
    /** A cluster with a guest-trunk (VGT) port group, ephemeral (NET-008, vlanTrunk). */
    static final double GUEST_TRUNK = 0.1;

    // vSphere VMs
    /** Virtual hardware 13 to 15 (CMP-013 low). */
    static final double OLD_HARDWARE = 0.04;
    /** Virtual hardware 8 (CMP-013 medium). */
    static final double ANCIENT_HARDWARE = 0.003;
    /** Orphaned, inaccessible or invalid (MGT-005). */
    static final double BROKEN = 0.003;
    /** Snapshot delta disks to consolidate (BKP-008). */
    static final double CONSOLIDATION = 0.01;
    /** A delta disk file without snapshots (BKP-008, second condition). */
    static final double ORPHAN_DELTA = 0.003;
    /** A CPU limit (CMP-014). */
    static final double CPU_LIMIT = 0.015;
    /** A memory limit below the configured memory (CMP-014). */
    static final double MEMORY_LIMIT = 0.01;
    /** A memory limit equal to the configured memory: does nothing (CMP-014 near miss). */
    static final double HARMLESS_MEMORY_LIMIT = 0.005;
    /** A latency-sensitive (timing-sensitive) VM without full reservations (TIM-010). */
    static final double NO_RESERVATION = 0.3;
    /** The CD/DVD drive connected to an ISO (SEC-016). */
    static final double CD_CONNECTED = 0.03;
    /** The CD/DVD drive connecting to the host's drive at power-on (SEC-016). */
    static final double CD_AT_POWER_ON = 0.01;
    /** A connected USB device (SEC-016). */
    static final double USB = 0.005;
    /** A legacy floppy drive connecting at power-on (SEC-016). */
    static final double FLOPPY = 0.003;
    /** The data disk independent-persistent, left out of snapshots (BKP-009 high). */
    static final double INDEPENDENT = 0.015;
    /** The data disk non-persistent, writes lost at power-off (BKP-009 medium). */
    static final double NONPERSISTENT = 0.003;
    /** The data disk a physical-mode RDM (STO-012). */
    static final double PHYSICAL_RDM = 0.005;
    /** The data disk shared multi-writer (a cluster file system). */
    static final double MULTI_WRITER = 0.003;
    /** A guest file system below 10 % free (CAP-004 medium). */
    static final double PARTITION_LOW = 0.02;
    /** A guest file system below 5 % free (CAP-004 high). */
    static final double PARTITION_FULL = 0.01;
    /** A password in a custom attribute (SEC-015). */
    static final double PASSWORD_NOTE = 0.002;

    // managers
    /** A vCenter still on 7.0 (SEC-017), besides the first one of the last site. */
    static final double OLD_VCENTER = 0.05;
    /** A vSphere licence expiring within 60 days (MGT-007), besides the first vCenter of the fourth site. */
    static final double LICENSE_EXPIRING = 0.05;

    private Slips() {
    }
}
