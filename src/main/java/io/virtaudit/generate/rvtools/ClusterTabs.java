package io.virtaudit.generate.rvtools;

import java.time.Instant;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The tabs written per cluster: vCluster, vRP, dvSwitch, dvPort, vDatastore and vFileInfo. Each
 * cluster has its own distributed switch, with three VM port groups, vMotion, NFS or iSCSI, an
 * ephemeral {@code Management} port group on VLAN 0, an ephemeral guest trunk and the uplink trunk.
 */
final class ClusterTabs {

    private static final String[] ISOS = {"SW_DVD9_Win_Server_2022.iso", "SW_DVD9_Win_Server_2019.iso",
        "rhel-9.4-x86_64-dvd.iso", "rhel-8.10-x86_64-dvd.iso", "ubuntu-22.04.4-live-server-amd64.iso",
        "VMware-tools-windows-12.4.0.iso", "VMware-VMvisor-Installer-8.0U2.iso", "SLE-15-SP5-Full-x86_64.iso"};

    private final ExportPlan plan;
    private final HostTabs hosts;

    ClusterTabs(ExportPlan plan, HostTabs hosts) {
        this.plan = plan;
        this.hosts = hosts;
    }

    private ExportPlan.Site site(int cluster) {
        return plan.siteOfCluster(cluster);
    }

    private void sdk(Sheet s, int cluster) {
        s.text("VI SDK Server", site(cluster).server()).text("VI SDK UUID", site(cluster).uuid());
    }

    private int vms(int cluster) {
        ExportPlan.Site site = site(cluster);
        return Math.min(ExportPlan.VMS_PER_CLUSTER, site.vms() - (cluster - site.clusterFrom()) * ExportPlan.VMS_PER_CLUSTER);
    }

    private String hostList(int cluster) {
        StringJoiner list = new StringJoiner(", ");
        for (int h = 0; h < plan.hostsIn(cluster); h++) {
            list.add(plan.host(plan.firstHost(cluster) + h));
        }
        return list.toString();
    }

    void vCluster(Sheet s, int cluster) {
        int n = plan.hostsIn(cluster);
        s.text("Name", plan.cluster(cluster)).number("NumHosts", n).number("numEffectiveHosts", n);
        s.number("TotalCpu", n * 127_680L).number("NumCpuCores", n * 64L).number("NumCpuThreads", n * 128L);
        s.number("Effective Cpu", n * 120_000L).number("TotalMemory", n * 1_098_974_756_864L);
        s.number("Effective Memory", n * 1_000_000L).number("Num VMotions", plan.dice.pick("vmotions", cluster, 5_000));
        if (plan.dice.chance("haOff", cluster, 0.05)) {
            s.text("HA enabled", "False");
        }
        if (plan.slips.hostMonitoringOff(cluster)) {
            s.text("Host monitoring", "disabled");
        }
        s.text("Object ID", "domain-c" + (8 + cluster - site(cluster).clusterFrom()));
        s.text("com.vmware.vcenter.cluster.edrs.upgradeHostAdded", null);
        sdk(s, cluster);
        s.endRow();
    }

    void vRp(Sheet s, int cluster, int n) {
        String name = n == 0 ? "Resources" : "Production";
        String path = "/" + site(cluster).datacenter() + "/host/" + plan.cluster(cluster) + "/Resources"
                + (n == 0 ? "" : "/Production");
        s.text("Resource Pool name", name).text("Resource Pool path", path);
        int vms = n == 0 ? vms(cluster) : vms(cluster) / 2;
        s.number("# VMs total", vms).number("# VMs", n == 0 ? vms - vms(cluster) / 2 : vms).number("# vCPUs", vms * 4L);
        s.number("CPU overheadLimit", 0).number("CPU maxUsage", 1_021_440).number("CPU overallUsage", vms * 400L);
        s.number("CPU reservationUsed", 0).number("CPU reservationUsedForVm", 0);
        s.number("CPU unreservedForPool", 1_021_440).number("CPU unreservedForVm", 1_021_440);
        s.number("Mem Configured", vms * 12_000L).number("Mem overheadLimit", 0).number("Mem maxUsage", 8_388_608);
        s.number("Mem overallUsage", vms * 9_000L).number("Mem reservationUsed", 0).number("Mem reservationUsedForVm", 0);
        s.number("Mem unreservedForPool", 8_000_000).number("Mem unreservedForVm", 8_000_000);
        s.number("QS overallCpuDemand", vms * 380L).number("QS overallCpuUsage", vms * 400L);
        s.number("QS staticCpuEntitlement", vms * 900L).number("QS distributedCpuEntitlement", vms * 450L);
        s.number("QS consumedOverheadMemory", vms * 60L).number("QS distributedMemoryEntitlement", vms * 5_000L);
        s.number("QS guestMemoryUsage", vms * 2_000L).number("QS hostMemoryUsage", vms * 9_000L);
        s.number("QS overheadMemory", vms * 70L).number("QS privateMemory", vms * 8_000L);
        s.number("QS sharedMemory", vms * 1_000L).number("QS staticMemoryEntitlement", vms * 11_000L);
        s.text("Object ID", "resgroup-" + (10 + (cluster - site(cluster).clusterFrom()) * 2 + n));
        sdk(s, cluster);
        s.endRow();
    }

    void dvSwitch(Sheet s, int cluster) {
        s.text("Switch", plan.dvSwitch(cluster)).text("Datacenter", site(cluster).datacenter());
        s.text("Name", plan.dvSwitch(cluster)).date("Created", Instant.parse("2021-09-14T11:20:00Z"));
        s.text("Host members", hostList(cluster)).number("# Ports", 512).number("# VMs", vms(cluster));
        s.text("Object ID", "dvs-" + (20 + cluster - site(cluster).clusterFrom()));
        sdk(s, cluster);
        s.endRow();
    }

    static final int PORT_GROUPS = 8;

    void dvPort(Sheet s, int cluster, int n) {
        String base = plan.cluster(cluster).toLowerCase(Locale.ROOT);
        String name;
        String vlan;
        switch (n) {
            case 0, 1, 2 -> {
                name = plan.vmPortGroup(cluster, n);
                vlan = String.valueOf(plan.vmVlan(cluster, n));
            }
            case 3 -> {
                name = "vMotion-" + base;
                vlan = String.valueOf(3_900 + site(cluster).index());
            }
            case 4 -> {
                name = (site(cluster).index() == 1 ? "iSCSI-" : "NFS-") + base;
                vlan = String.valueOf(3_910 + site(cluster).index());
            }
            case 5 -> {
                name = "Management";
                vlan = "0";
            }
            case 6 -> {
                name = "trunk-" + base;
                vlan = "100-199,300";
            }
            default -> {
                name = plan.dvSwitch(cluster) + "-DVUplinks-" + (20 + cluster - site(cluster).clusterFrom());
                vlan = "0-4094";
            }
        }
        s.text("Port", name).text("Switch", plan.dvSwitch(cluster));
        if (vlan.indexOf('-') < 0) {
            s.number("VLAN", Integer.parseInt(vlan));
        } else {
            s.text("VLAN", vlan);
        }
        if (n < 7) {
            s.text("Active Uplink", "Uplink 1, Uplink 2");
        }
        policy(s, cluster, n);
        s.number("# Ports", n == 7 ? plan.hostsIn(cluster) * 2L : 128);
        s.text("Object ID", "dvportgroup-" + (100 + (cluster - site(cluster).clusterFrom()) * PORT_GROUPS + n));
        s.text("VI SDK Server", site(cluster).server()).text("VI SDK UUID", site(cluster).uuid());
        s.endRow();
    }

    /**
     * Binding and security of a distributed port group: VM port groups take the slips; the
     * management port group is ephemeral (VMware's design for a vCenter on its own switch) and the
     * guest trunk is ephemeral too.
     */
    private void policy(Sheet s, int cluster, int n) {
        if (n < 3) {
            s.text("Type", plan.slips.binding(cluster, n));
            if (plan.slips.dvPromiscuous(cluster, n)) {
                s.text("Allow Promiscuous", "True");
            }
            if (plan.slips.dvMacChanges(cluster, n)) {
                s.text("Mac Changes", "True");
            }
            if (plan.slips.dvForged(cluster, n)) {
                s.text("Forged Transmits", "True");
            }
        } else if (n == 5 || n == 6) {
            s.text("Type", "ephemeral");
        }
    }

    /** The shared VMFS datastores, the NFS one, then each host's local datastore. */
    int datastores(int cluster) {
        return ExportPlan.SHARED_DATASTORES + 1 + plan.hostsIn(cluster);
    }

    void vDatastore(Sheet s, int cluster, int n) {
        long capacity;
        int vms;
        if (n < ExportPlan.SHARED_DATASTORES) {
            s.text("Name", plan.sharedDatastore(cluster, n)).text("Type", "VMFS");
            s.text("Address", hosts.lunId(cluster, n));
            capacity = 8_388_352;
            vms = (vms(cluster) + ExportPlan.SHARED_DATASTORES - 1 - n) / ExportPlan.SHARED_DATASTORES;
            s.number("# Hosts", plan.hostsIn(cluster)).text("Hosts", hostList(cluster));
            vmfs(s, cluster, n, 1);
        } else if (n == ExportPlan.SHARED_DATASTORES) {
            s.text("Name", plan.nfsDatastore(cluster)).text("Type", "NFS");
            s.text("Address", "172.18.60." + (10 + site(cluster).index()) + " iso-" + plan.cluster(cluster)
                    .toLowerCase(Locale.ROOT) + "/main");
            capacity = 2_097_152;
            vms = 0;
            s.number("# Hosts", plan.hostsIn(cluster)).text("Hosts", hostList(cluster));
            s.once("URL", "ds:///vmfs/volumes/" + plan.hex("nfsUrl", cluster, 8) + "-" + plan.hex("nfsUrl2", cluster, 8) + "/");
        } else {
            int host = plan.firstHost(cluster) + n - ExportPlan.SHARED_DATASTORES - 1;
            s.text("Name", plan.localDatastore(host)).text("Type", "VMFS");
            capacity = 1_834_752;
            vms = 0;
            s.number("# Hosts", 1).text("Hosts", plan.host(host));
            vmfs(s, cluster, n, 1);
        }
        long used = capacity * (20 + plan.dice.pick("dsUsed", cluster * 64L + n, 70)) / 100;
        s.number("# VMs total", vms).number("# VMs", vms).number("Capacity MiB", capacity);
        boolean over = n < ExportPlan.SHARED_DATASTORES && plan.slips.overProvisioned(cluster, n);
        s.number("Provisioned MiB", over ? (long) (capacity * (1.5 + 0.9 * plan.dice.roll("overBy", cluster * 64L + n)))
                : used * 13 / 10).number("In Use MiB", used).number("Free MiB", capacity - used);
        s.number("Free %", (capacity - used) * 100 / capacity);
        s.text("Object ID", "datastore-" + (100 + (cluster - site(cluster).clusterFrom()) * 32 + n));
        sdk(s, cluster);
        s.endRow();
    }

    private void vmfs(Sheet s, int cluster, int n, int extents) {
        s.number("Block size", 1).number("Max Blocks", 64).number("# Extents", extents);
        s.number("Major Version", 6).text("Version", "6.82").text("MHA", "True");
        s.once("URL", "ds:///vmfs/volumes/" + plan.hex("url", cluster * 64L + n, 8) + "-"
                + plan.hex("url2", cluster * 64L + n, 8) + "-" + plan.hex("url3", cluster * 64L + n, 4) + "/");
    }

    int files() {
        return ISOS.length;
    }

    void vFileInfo(Sheet s, int cluster, int n) {
        String ds = plan.nfsDatastore(cluster);
        s.text("Friendly Path Name", "[" + ds + "] iso/" + ISOS[n]).text("File Name", ISOS[n]);
        s.text("File Type", "Iso").number("File Size in bytes", 1_000_000_000L + plan.dice.pick("iso", n, 5_000_000));
        s.text("Path", "[" + ds + "] iso/").number("Internal Sort Column", n);
        sdk(s, cluster);
        s.endRow();
    }
}
