package io.virtaudit.generate.rvtools;

import io.virtaudit.generate.Dice;
import java.time.Instant;
import java.util.Locale;

/**
 * The estate a generated RVTools export describes, as pure functions of the seed and an object's
 * index (so that each tab is written by walking indexes, with nothing kept): two vCenters, each
 * with half the VMs, 25 VMs per host, 8 hosts per cluster, six shared VMFS datastores and an NFS
 * datastore per cluster and a local {@code datastore1} per host (vCenter numbers the copies
 * {@code datastore1 (1)}, … and the other vCenter has its own {@code datastore1}), two vSphere
 * Cluster Services agent VMs per cluster, and a few VM names used in both vCenters.
 */
final class ExportPlan {

    static final int VMS_PER_HOST = 25;
    static final int HOSTS_PER_CLUSTER = 8;
    static final int VMS_PER_CLUSTER = VMS_PER_HOST * HOSTS_PER_CLUSTER;
    static final int SHARED_DATASTORES = 6;
    static final int AGENTS_PER_CLUSTER = 2;
    /** Every this many VMs of the second vCenter, one carries the name of a VM of the first. */
    static final int REUSED_NAME_EVERY = 400;
    static final String DOMAIN = "corp.example";
    /** When the export was taken: fixed, so that the same seed gives the same bytes. */
    static final Instant EXPORTED = Instant.parse("2025-06-02T07:30:00Z");

    /** One vCenter and the part of the estate it manages. */
    record Site(int index, String server, String prefix, String datacenter, String uuid, int vmFrom, int vms,
                int hostFrom, int hosts, int clusterFrom, int clusters) {

        int clusterOfHost(int localHost) {
            return localHost / HOSTS_PER_CLUSTER;
        }

        /** Hosts in one cluster (the last may have fewer). */
        int hostsIn(int localCluster) {
            return Math.min(HOSTS_PER_CLUSTER, hosts - localCluster * HOSTS_PER_CLUSTER);
        }
    }

    final int vms;
    final Dice dice;
    final Site[] sites;
    final int hosts;
    final int clusters;
    final ExportSlips slips;

    ExportPlan(int vms, long seed) {
        this.vms = vms;
        this.dice = new Dice(seed);
        int first = (vms + 1) / 2;
        Site a = site(0, "vc01", "fra", "DC-Frankfurt", 0, first, 0, 0);
        Site b = site(1, "vc02", "ams", "DC-Amsterdam", first, vms - first, a.hosts(), a.clusters());
        this.sites = b.vms() == 0 ? new Site[] {a} : new Site[] {a, b};
        this.hosts = a.hosts() + b.hosts();
        this.clusters = a.clusters() + b.clusters();
        this.slips = new ExportSlips(this);
    }

    private Site site(int index, String name, String prefix, String datacenter, int vmFrom, int count, int hostFrom,
                      int clusterFrom) {
        int siteHosts = (count + VMS_PER_HOST - 1) / VMS_PER_HOST;
        int siteClusters = (siteHosts + HOSTS_PER_CLUSTER - 1) / HOSTS_PER_CLUSTER;
        return new Site(index, name + "." + DOMAIN, prefix, datacenter, uuid("vcenter", index), vmFrom, count,
                hostFrom, siteHosts, clusterFrom, siteClusters);
    }

    Site siteOfVm(int vm) {
        return sites.length > 1 && vm >= sites[1].vmFrom() ? sites[1] : sites[0];
    }

    Site siteOfHost(int host) {
        return sites.length > 1 && host >= sites[1].hostFrom() ? sites[1] : sites[0];
    }

    Site siteOfCluster(int cluster) {
        return sites.length > 1 && cluster >= sites[1].clusterFrom() ? sites[1] : sites[0];
    }

    // --- clusters and hosts (global indexes) ---

    String cluster(int cluster) {
        Site site = siteOfCluster(cluster);
        return site.prefix().toUpperCase(Locale.ROOT) + "-CL" + pad(cluster - site.clusterFrom(), 3);
    }

    int hostsIn(int cluster) {
        Site site = siteOfCluster(cluster);
        return site.hostsIn(cluster - site.clusterFrom());
    }

    int firstHost(int cluster) {
        Site site = siteOfCluster(cluster);
        return site.hostFrom() + (cluster - site.clusterFrom()) * HOSTS_PER_CLUSTER;
    }

    int clusterOfHost(int host) {
        Site site = siteOfHost(host);
        return site.clusterFrom() + site.clusterOfHost(host - site.hostFrom());
    }

    String host(int host) {
        Site site = siteOfHost(host);
        int local = host - site.hostFrom();
        return "esx-" + site.prefix() + "-" + pad(site.clusterOfHost(local), 3) + "-"
                + pad(local % HOSTS_PER_CLUSTER + 1, 2) + "." + DOMAIN;
    }

    /** The host's local datastore: vCenter renames the copies of the installer's {@code datastore1}. */
    String localDatastore(int host) {
        int local = host - siteOfHost(host).hostFrom();
        return local == 0 ? "datastore1" : "datastore1 (" + local + ")";
    }

    String sharedDatastore(int cluster, int n) {
        return cluster(cluster).toLowerCase(Locale.ROOT) + "-vmfs-" + pad(n + 1, 2);
    }

    String nfsDatastore(int cluster) {
        return cluster(cluster).toLowerCase(Locale.ROOT) + "-nfs-iso";
    }

    /** Port groups of a cluster's distributed switch: three VM networks, then vMotion, NFS, management. */
    int vmVlan(int cluster, int n) {
        Site site = siteOfCluster(cluster);
        return 100 + ((cluster - site.clusterFrom()) * 3 + n) % 3_800;
    }

    String dvSwitch(int cluster) {
        return "dvs-" + cluster(cluster).toLowerCase(Locale.ROOT);
    }

    String vmPortGroup(int cluster, int n) {
        return cluster(cluster).toLowerCase(Locale.ROOT) + "-vlan" + vmVlan(cluster, n);
    }

    /** Every fourth host has a BMC's USB NIC on its own untagged switch, as Dell iDRAC and HPE iLO add. */
    boolean hasBmcNic(int host) {
        return host % 4 == 0;
    }

    boolean iscsi(int host) {
        return siteOfHost(host).index() == 1;
    }

    // --- VMs (global indexes) ---

    int hostOfVm(int vm) {
        Site site = siteOfVm(vm);
        return site.hostFrom() + (vm - site.vmFrom()) / VMS_PER_HOST;
    }

    int clusterOfVm(int vm) {
        return clusterOfHost(hostOfVm(vm));
    }

    /** A vSphere Cluster Services VM: the first two of each cluster. */
    boolean agent(int vm) {
        return (vm - siteOfVm(vm).vmFrom()) % VMS_PER_CLUSTER < AGENTS_PER_CLUSTER;
    }

    private static final String[] ROLES = {"web", "app", "db", "file", "dc", "mq", "k8s", "sql", "rds", "mon"};

    int roleIndex(int vm) {
        return (vm - siteOfVm(vm).vmFrom()) / 3 % ROLES.length;
    }

    String role(int vm) {
        return ROLES[roleIndex(vm)];
    }

    String vmName(int vm) {
        Site site = siteOfVm(vm);
        int local = vm - site.vmFrom();
        if (agent(vm)) {
            return "vCLS-" + uuid("vcls", vm);
        }
        if (site.index() == 1 && local % REUSED_NAME_EVERY == 57 && local < sites[0].vms() && !agent(local)) {
            return vmName(local); // restored at the other site under its old name
        }
        return site.prefix() + "-" + role(vm) + "-" + pad(local, 5);
    }

    boolean windows(int vm) {
        return !agent(vm) && dice.chance("windows", vm, 0.55);
    }

    String osConfig(int vm) {
        if (agent(vm)) {
            return "Other 4.x or later Linux (64-bit)";
        }
        return windows(vm) ? dice.oneOf("os", vm, "Microsoft Windows Server 2019 (64-bit)",
                "Microsoft Windows Server 2022 (64-bit)", "Microsoft Windows Server 2016 (64-bit)")
                : dice.oneOf("os", vm, "Red Hat Enterprise Linux 8 (64-bit)", "Red Hat Enterprise Linux 9 (64-bit)",
                "Ubuntu Linux (64-bit)", "SUSE Linux Enterprise 15 (64-bit)");
    }

    String osTools(int vm) {
        if (agent(vm)) {
            return "VMware Photon OS (64-bit)";
        }
        return poweredOn(vm) ? osConfig(vm) : null;
    }

    boolean poweredOn(int vm) {
        return agent(vm) || !dice.chance("off", vm, 0.07);
    }

    int cpus(int vm) {
        return agent(vm) ? 1 : dice.oneOf("cpus", vm, 1, 2, 2, 4, 4, 4, 8, 8, 16);
    }

    int memoryMib(int vm) {
        return agent(vm) ? 128 : dice.oneOf("memory", vm, 2_048, 4_096, 8_192, 8_192, 16_384, 32_768, 65_536);
    }

    int disks(int vm) {
        return agent(vm) ? 1 : 1 + dice.pick("disks", vm, 3);
    }

    int diskMib(int vm, int disk) {
        return disk == 0 ? (agent(vm) ? 2_048 : 81_920) : dice.oneOf("disk", vm * 8L + disk, 51_200, 102_400, 204_800,
                512_000);
    }

    int nics(int vm) {
        return agent(vm) ? 1 : dice.chance("nics", vm, 0.3) ? 2 : 1;
    }

    String datastoreOfVm(int vm) {
        int cluster = clusterOfVm(vm);
        return sharedDatastore(cluster, agent(vm) ? 0 : (vm - siteOfVm(vm).vmFrom()) % SHARED_DATASTORES);
    }

    String toolsStatus(int vm) {
        if (!poweredOn(vm)) {
            return "toolsNotRunning";
        }
        return dice.chance("toolsOld", vm, 0.1) ? "toolsOld" : "toolsOk";
    }

    boolean rubrik(int vm) {
        return !agent(vm) && dice.chance("rubrik", vm, 0.85);
    }

    Instant created(int vm) {
        return EXPORTED.minusSeconds(86_400L * (30 + dice.pick("age", vm, 2_000)) + dice.pick("ageSec", vm, 86_400));
    }

    Instant lastBackup(int vm) {
        return EXPORTED.minusSeconds(3_600L * (2 + dice.pick("backupAge", vm, dice.chance("stale", vm, 0.05) ? 900 : 40)));
    }

    int snapshots(int vm) {
        return agent(vm) || !dice.chance("snapshot", vm, 0.04) ? 0 : 1 + dice.pick("snapshots", vm, 2);
    }

    boolean usb(int vm) {
        return !agent(vm) && dice.chance("usb", vm, 0.01);
    }

    boolean cdConnected(int vm) {
        return !agent(vm) && dice.chance("cd", vm, 0.03);
    }

    String ip(int vm) {
        int cluster = clusterOfVm(vm);
        int local = vm - siteOfVm(vm).vmFrom();
        return "10." + (siteOfVm(vm).index() * 64 + cluster % 64) + "." + (local / 250 % 256) + "." + (local % 250 + 2);
    }

    // --- identifiers ---

    /** A UUID made from the seed, a kind and an index. */
    String uuid(String what, long index) {
        long hi = dice.bits(what, index);
        long lo = dice.bits(what + "-lo", index);
        return String.format(Locale.ROOT, "%08x-%04x-%04x-%04x-%012x", hi >>> 32, hi >>> 16 & 0xffff,
                hi & 0x0fff | 0x4000, lo >>> 48 & 0x3fff | 0x8000, lo & 0xffffffffffffL);
    }

    String hex(String what, long index, int digits) {
        String h = Long.toHexString(dice.bits(what, index)) + Long.toHexString(dice.bits(what + "+", index));
        while (h.length() < digits) {
            h = h + h;
        }
        return h.substring(0, digits);
    }

    String mac(String what, long index) {
        long b = dice.bits(what, index);
        return String.format(Locale.ROOT, "00:50:56:%02x:%02x:%02x", b >>> 16 & 0x3f, b >>> 8 & 0xff, b & 0xff);
    }

    static String pad(int n, int width) {
        String s = Integer.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
