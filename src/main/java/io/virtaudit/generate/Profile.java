package io.virtaudit.generate;

/**
 * What a cluster of the synthetic estate is: its platform, its hardware and the slip, if any,
 * that its operators made. Clusters take the profiles in turn, so the first twenty clusters of
 * any estate show every one of them.
 */
enum Profile {
    ESXI("PRD-ESX", "esxi", "8.0.3", "other", "Intel Xeon Gold 6448Y", 2, 32, 1024, "fc", "vmnic", true),
    HA_OFF("WEB-ESX", "esxi", "8.0.3", "other", "Intel Xeon Gold 6448Y", 2, 32, 1024, "fc", "vmnic", false),
    HYPERV("HV-FC", "hyperv", "10.0.20348", "windows", "Intel Xeon Gold 6330", 2, 28, 768, "iscsi", "NIC", true),
    EDGE("PVE-EDGE", "proxmox", "8.2.4", "linux", "AMD EPYC 7313", 2, 16, 512, "iscsi", "eno", true),
    LAB("LAB-VBOX", "virtualbox", "7.0.20", "linux", "Intel Xeon W-2295", 1, 18, 256, "local", "eno", false),
    AC_DISABLED("DMZ-ESX", "esxi", "8.0.3", "other", "Intel Xeon Gold 6338", 2, 32, 1024, "fc", "vmnic", true),
    LXC("CT-LXC", "lxc", "5.0.3", "linux", "AMD EPYC 7313P", 1, 16, 256, "local", "eno", false),
    OVIRT("RHV", "ovirt", "4.5.5", "linux", "AMD EPYC 7543", 2, 32, 1024, "iscsi", "ens", true),
    N1_TIGHT("VDI-ESX", "esxi", "8.0.2", "other", "Intel Xeon Gold 6430", 2, 32, 192, "fc", "vmnic", true),
    POWERVM("P9-FRAME", "powervm", "9.5.0", "aix", "IBM POWER9", 2, 12, 1024, "fc", "ent", true),
    ZONING("SAP-ESX", "esxi", "8.0.3", "other", "Intel Xeon Platinum 8462Y", 2, 32, 1536, "fc", "vmnic", true),
    LEGACY("OLD-ESX", "esxi", "7.0.3", "other", "Intel Xeon Gold 6248R", 2, 24, 768, "fc", "vmnic", true),
    PROXMOX("PVE", "proxmox", "8.2.4", "linux", "AMD EPYC 7443", 2, 24, 768, "iscsi", "ens", true),
    ESXI_B("PRD-ESX", "esxi", "8.0.3", "other", "Intel Xeon Gold 6448Y", 2, 32, 1024, "fc", "vmnic", true),
    CITRIX("XEN-POOL", "citrix", "8.2.1", "linux", "Intel Xeon Silver 4314", 2, 16, 512, "iscsi", "eth", true),
    ESXI_C("APP-ESX", "esxi", "8.0.3", "other", "Intel Xeon Gold 6448Y", 2, 32, 1024, "fc", "vmnic", true),
    HYPERV_B("HV-FC", "hyperv", "10.0.20348", "windows", "Intel Xeon Gold 6330", 2, 28, 768, "iscsi", "NIC", true),
    ESXI_D("DB-ESX", "esxi", "8.0.3", "other", "Intel Xeon Gold 6448Y", 2, 32, 1536, "fc", "vmnic", true),
    KVM("KVM", "kvm", "8.2.0", "linux", "AMD EPYC 9354", 2, 32, 1024, "iscsi", "ens", true),
    ESXI_E("PRD-ESX", "esxi", "8.0.3", "other", "Intel Xeon Gold 6448Y", 2, 32, 1024, "fc", "vmnic", true);

    /** Hosts of an edge site that belong to its two-node cluster; the rest stand alone. */
    static final int EDGE_CLUSTER_NODES = 2;

    final String label;
    final String product;
    final String version;
    final String osFamily;
    final String cpuModel;
    final int sockets;
    final int coresPerSocket;
    final int memoryGb;
    final String protocol;
    final String nicPrefix;
    final boolean ha;

    Profile(String label, String product, String version, String osFamily, String cpuModel, int sockets,
            int coresPerSocket, int memoryGb, String protocol, String nicPrefix, boolean ha) {
        this.label = label;
        this.product = product;
        this.version = version;
        this.osFamily = osFamily;
        this.cpuModel = cpuModel;
        this.sockets = sockets;
        this.coresPerSocket = coresPerSocket;
        this.memoryGb = memoryGb;
        this.protocol = protocol;
        this.nicPrefix = nicPrefix;
        this.ha = ha;
    }

    /** The profile of the cluster slot {@code cluster}. */
    static Profile of(int cluster) {
        Profile[] all = values();
        return all[cluster % all.length];
    }

    boolean esxi() {
        return product.equals("esxi");
    }

    /** Whether the host at this position of the cluster slot belongs to the cluster. */
    boolean clustered(int position) {
        return this != EDGE || position < EDGE_CLUSTER_NODES;
    }

    /** Hosts reach their storage over IP (a storage VLAN on the host). */
    boolean ipStorage() {
        return protocol.equals("iscsi");
    }

    /** Whether LUNs have multipath entries. */
    boolean block() {
        return !protocol.equals("local");
    }

    /** Linux-style multipath (dm-multipath with {@code prio alua}) rather than a SATP. */
    boolean linuxMultipath() {
        return !esxi() && !product.equals("hyperv") && !product.equals("powervm");
    }
}
