package io.virtaudit.generate.rvtools;

import io.virtaudit.generate.Dice;

/**
 * The operators' slips an RVTools export shows in its second-edition columns, each a pure function
 * of the seed and an object's index, at the rates of the native generator (a few percent), so that
 * the rules that read them fire at scale on an imported export. The tabs ask these questions; the
 * tests count the answers. The host, switch and cluster slips are also placed on fixed objects (the
 * third to seventh hosts, the second cluster and its port groups, the second vCenter's licence) so
 * that a small export shows each.
 */
final class ExportSlips {

    static final double OLD_HARDWARE = 0.04;
    static final double BROKEN = 0.003;
    static final double DISCONNECTED_HOST = 0.005;
    static final double CONSOLIDATION = 0.01;
    static final double LATENCY_HIGH = 0.005;
    static final double NO_RESERVATION = 0.3;
    static final double CPU_LIMIT = 0.015;
    static final double MEMORY_LIMIT = 0.01;
    static final double INDEPENDENT = 0.015;
    static final double NONPERSISTENT = 0.003;
    static final double PHYSICAL_RDM = 0.005;
    static final double MULTI_WRITER = 0.003;
    static final double PARTITION_LOW = 0.02;
    static final double PARTITION_FULL = 0.01;
    static final double FLOPPY = 0.003;
    static final double SSH = 0.05;
    static final double SHELL = 0.01;
    static final double NTPD_STOPPED = 0.02;
    static final double OLD_BUILD = 0.03;
    static final double CERT_EXPIRING = 0.015;
    static final double CERT_EXPIRED = 0.005;
    static final double NO_HOST_MONITORING = 0.05;
    static final double OVER_PROVISIONED = 0.04;
    static final double SWITCH_MAC_CHANGES = 0.02;
    static final double SWITCH_FORGED = 0.02;
    static final double PORT_PROMISCUOUS = 0.02;
    static final double DV_PROMISCUOUS = 0.02;
    static final double DV_MAC_CHANGES = 0.02;
    static final double DV_FORGED = 0.02;
    static final double DV_EPHEMERAL = 0.02;
    static final double DV_LATE = 0.02;

    /** The second disk's kind: as most are, or one of the slips. */
    enum DiskKind { PLAIN, INDEPENDENT, NONPERSISTENT, PHYSICAL_RDM, MULTI_WRITER }

    private final ExportPlan plan;
    private final Dice dice;

    ExportSlips(ExportPlan plan) {
        this.plan = plan;
        this.dice = plan.dice;
    }

    /** vInfo HW version: the host's usual versions, or 13 to 15 by slip (CMP-013). */
    int hardwareVersion(int vm) {
        if (plan.agent(vm)) {
            return 19;
        }
        if (dice.chance("hwOld", vm, OLD_HARDWARE)) {
            return dice.oneOf("hwOldVersion", vm, 13, 14, 15);
        }
        return plan.siteOfVm(vm).index() == 0 ? dice.oneOf("hw", vm, 19, 20, 20, 21) : dice.oneOf("hw", vm, 17, 19, 19);
    }

    /** A host vCenter lost (its VMs show {@code disconnected}, MGT-006). */
    boolean hostDisconnected(int host) {
        return dice.chance("hostDisconnected", host, DISCONNECTED_HOST);
    }

    /** vInfo Connection state (MGT-005 for the last three). */
    String connectionState(int vm) {
        if (hostDisconnected(plan.hostOfVm(vm))) {
            return "disconnected";
        }
        if (!plan.agent(vm) && dice.chance("broken", vm, BROKEN)) {
            return dice.oneOf("brokenState", vm, "orphaned", "inaccessible", "invalid");
        }
        return "connected";
    }

    /** Whether RVTools shows CPUs 0 and Memory 0: vCenter cannot read the VM's configuration. */
    boolean unreadable(int vm) {
        return !connectionState(vm).equals("connected") && !connectionState(vm).equals("disconnected");
    }

    boolean consolidationNeeded(int vm) {
        return !plan.agent(vm) && dice.chance("consolidate", vm, CONSOLIDATION);
    }

    boolean latencyHigh(int vm) {
        return !plan.agent(vm) && dice.chance("latency", vm, LATENCY_HIGH);
    }

    /** Full CPU and memory reservations: latency-sensitive VMs have them, except by slip (TIM-010). */
    boolean reserved(int vm) {
        return latencyHigh(vm) && !dice.chance("noReservation", vm, NO_RESERVATION);
    }

    /** vCPU Limit in MHz, -1 for none (CMP-014). */
    long cpuLimitMhz(int vm) {
        return !plan.agent(vm) && dice.chance("cpuLimit", vm, CPU_LIMIT) ? dice.oneOf("cpuLimitMhz", vm, 1_000, 2_000, 4_000)
                : -1;
    }

    /** vMemory Limit in MiB, -1 for none: half the memory by slip (CMP-014). */
    long memoryLimitMib(int vm) {
        return !plan.agent(vm) && dice.chance("memLimit", vm, MEMORY_LIMIT) ? plan.memoryMib(vm) / 2 : -1;
    }

    /** The kind of the VM's second disk (the first is always plain). */
    DiskKind diskKind(int vm, int disk) {
        if (disk != 1) {
            return DiskKind.PLAIN;
        }
        double roll = dice.roll("diskKind", vm);
        double edge = INDEPENDENT;
        if (roll < edge) {
            return DiskKind.INDEPENDENT;
        }
        if (roll < (edge += NONPERSISTENT)) {
            return DiskKind.NONPERSISTENT;
        }
        if (roll < (edge += PHYSICAL_RDM)) {
            return DiskKind.PHYSICAL_RDM;
        }
        return roll < edge + MULTI_WRITER ? DiskKind.MULTI_WRITER : DiskKind.PLAIN;
    }

    /** The free share of a partition in percent: the last one of the VM takes the slip (CAP-004). */
    double freePercent(int vm, int partition, boolean last) {
        double roll = dice.roll("partitionSlip", vm);
        double r = dice.roll("free", vm * 8L + partition);
        if (last && roll < PARTITION_FULL) {
            return 1 + 3.5 * r;
        }
        if (last && roll < PARTITION_FULL + PARTITION_LOW) {
            return 5.2 + 4.5 * r;
        }
        return 20 + 60 * r;
    }

    boolean floppyConnected(int vm) {
        return !plan.agent(vm) && plan.poweredOn(vm) && dice.chance("floppy", vm, FLOPPY);
    }

    boolean sshRunning(int host) {
        return host == 4 || dice.chance("ssh", host, SSH);
    }

    boolean shellRunning(int host) {
        return host == 4 || dice.chance("shell", host, SHELL);
    }

    boolean ntpdStopped(int host) {
        return host == 2 || dice.chance("ntpd", host, NTPD_STOPPED);
    }

    boolean oldBuild(int host) {
        return host == 3 || dice.chance("oldBuild", host, OLD_BUILD);
    }

    /** Days from the export to the host certificate's expiry (SEC-018 below 60). */
    int certificateDays(int host) {
        if (host == 5 || host == 6) {
            return host == 5 ? 30 : -3;
        }
        double roll = dice.roll("certSlip", host);
        if (roll < CERT_EXPIRED) {
            return dice.between("certDays", host, -40, 13);
        }
        if (roll < CERT_EXPIRED + CERT_EXPIRING) {
            return dice.between("certDays", host, 15, 59);
        }
        return dice.between("certDays", host, 90, 700);
    }

    /** HA on but host monitoring off (AVL-012): by slip, and the first vCenter's second cluster. */
    boolean hostMonitoringOff(int cluster) {
        return cluster == 1 || dice.chance("hostMonitoring", cluster, NO_HOST_MONITORING);
    }

    /** A shared datastore provisioned at 1.5 to 2.4 times its capacity (STO-013). */
    boolean overProvisioned(int cluster, int n) {
        return dice.chance("overProvisioned", cluster * 64L + n, OVER_PROVISIONED);
    }

    boolean switchMacChanges(int host) {
        return host == 4 || dice.chance("vssMac", host, SWITCH_MAC_CHANGES);
    }

    boolean switchForged(int host) {
        return host == 4 || dice.chance("vssForged", host, SWITCH_FORGED);
    }

    /** {@code VM Network} overrides its switch to accept promiscuous mode (SEC-010). */
    boolean portPromiscuous(int host) {
        return host == 4 || dice.chance("vssPromiscuous", host, PORT_PROMISCUOUS);
    }

    /** dvPort Type of a VM port group: earlyBinding, or ephemeral or lateBinding by slip (NET-008). */
    String binding(int cluster, int n) {
        if (cluster == 1 && n == 0) {
            return "lateBinding";
        }
        double roll = dice.roll("dvBinding", cluster * 16L + n);
        return roll < DV_EPHEMERAL ? "ephemeral" : roll < DV_EPHEMERAL + DV_LATE ? "lateBinding" : "earlyBinding";
    }

    boolean dvPromiscuous(int cluster, int n) {
        return cluster == 1 && n == 1 || dice.chance("dvPromiscuous", cluster * 16L + n, DV_PROMISCUOUS);
    }

    boolean dvMacChanges(int cluster, int n) {
        return cluster == 1 && n == 2 || dice.chance("dvMac", cluster * 16L + n, DV_MAC_CHANGES);
    }

    boolean dvForged(int cluster, int n) {
        return cluster == 1 && n == 2 || dice.chance("dvForged", cluster * 16L + n, DV_FORGED);
    }

    /** The second vCenter's vSphere licence runs out 30 days after the export (MGT-007). */
    boolean licenseExpiring(ExportPlan.Site site) {
        return site.index() == 1;
    }
}
