package io.virtaudit.generate;

/**
 * One host of the synthetic estate, derived from its index: its hardware and configuration, and
 * the slips drawn for it. The VM, storage and network sections derive the same plan again instead
 * of keeping it.
 */
record HostPlan(int index, String id, int cluster, boolean clustered, Profile profile, String cpuModel,
                int sockets, int coresPerSocket, int memoryGb, int nics, int hbas, int powerSupplies,
                int ntpServers, boolean maintenance, boolean connected, boolean vmExtensions, String version,
                boolean localDatastore, boolean mtuSlip, boolean singleManagementUplink,
                boolean singleStorageUplink, boolean lacpOnStandard, boolean singleVios, boolean mixedZones,
                boolean managed) {

    /** The legacy cluster's host that vCenter lost (MGT-006 in every estate of twelve clusters or more). */
    static final int LEGACY_LOST = 6;

    /** NTP servers: -1 unknown, 0 none, otherwise how many. */
    static final int NTP_UNKNOWN = -1;

    static HostPlan of(Layout layout, Names names, Dice dice, int host) {
        int cluster = layout.clusterOfHost(host);
        int position = layout.position(host);
        Profile p = Profile.of(cluster);
        String cpu = p.cpuModel;
        int sockets = p.sockets;
        int cores = p.coresPerSocket;
        int memory = p.memoryGb;
        String version = p.version;
        if (p == Profile.LEGACY && position == 0) {
            memory = 12288;
        }
        if (p == Profile.LEGACY && position == 1) {
            cpu = "AMD EPYC 7543";
        }
        if (p == Profile.LEGACY && position >= 14) {
            version = "8.0.2";
        }
        if (dice.chance("host.small-cpu", host, 0.01)) {
            sockets = 1;
            cores = 8;
        }
        if (dice.chance("host.small-memory", host, 0.01)) {
            memory = Math.min(memory, 128);
        }
        boolean singleNic = dice.chance("host.single-nic", host, 0.004);
        int ntp = 3;
        double ntpRoll = dice.roll("host.ntp", host);
        if (ntpRoll < 0.005) {
            ntp = 0;
        } else if (ntpRoll < 0.015) {
            ntp = ntpRoll < 0.01 ? 1 : 2;
        } else if (ntpRoll < 0.018) {
            ntp = NTP_UNKNOWN;
        }
        boolean paraOrNative = !p.product.equals("virtualbox") && !p.product.equals("lxc");
        return new HostPlan(host, names.host(layout, host), cluster, p.clustered(position), p, cpu, sockets, cores,
                memory, singleNic ? 1 : 4, p.protocol.equals("fc") ? (dice.chance("host.single-hba", host, 0.005) ? 1 : 2) : 0,
                dice.chance("host.single-psu", host, 0.01) ? 1 : 2, ntp,
                dice.chance("host.maintenance", host, 0.003),
                !dice.chance("host.disconnected", host, 0.002) && !(p == Profile.LEGACY && position == LEGACY_LOST),
                !(paraOrNative && dice.chance("host.no-vmx", host, 0.004)), version,
                dice.chance("host.local-datastore", host, 0.01) || (p == Profile.ZONING && position == 5),
                dice.chance("host.mtu", host, 0.005) || (p == Profile.LEGACY && position == 3),
                singleNic || dice.chance("host.mgmt-uplink", host, 0.003),
                p.ipStorage() && dice.chance("host.storage-uplink", host, 0.005),
                dice.chance("host.lacp", host, 0.003) || (p == Profile.LEGACY && position == 4),
                p == Profile.POWERVM && dice.chance("host.single-vios", host, 0.2),
                p == Profile.LXC && dice.chance("host.mixed-zones", host, 0.15),
                p.clustered(position) || dice.chance("host.managed", host, 0.5));
    }

    int cores() {
        return sockets * coresPerSocket;
    }

    boolean smallCpu() {
        return sockets == 1 && coresPerSocket == 8;
    }

    /** Physical NIC names of the host, as its platform spells them. */
    String nic(int n) {
        return switch (profile.nicPrefix) {
            case "NIC" -> "NIC" + (n + 1);
            case "ens" -> "ens" + (n / 2 + 1) + "f" + (n % 2);
            default -> profile.nicPrefix + n;
        };
    }
}
