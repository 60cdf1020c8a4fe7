package io.virtaudit.generate;

import java.util.List;

/**
 * One LUN of the synthetic estate: the array behind it, how full it is, the hosts it is presented
 * to and the hosts with multipath entries for it.
 */
record LunPlan(int index, String id, String protocol, String vendor, String model, String mode, int capacityGb,
               int freeGb, List<Integer> hosts, List<Integer> pathHosts, boolean widePaths) {

    private static final String[][] FC_ARRAYS = {
        {"pure", "FlashArray//X70 R3", "alua"},
        {"hpe", "Primera A630", "alua"},
        {"dell", "PowerStore 5200T", "alua"},
        {"netapp", "AFF A400", "alua"},
        {"hpe", "XP8", "active-active"},
    };
    private static final String[][] ISCSI_ARRAYS = {
        {"netapp", "AFF A250", "alua"},
        {"dell", "PowerStore 1200T", "alua"},
        {"pure", "FlashArray//C60", "alua"},
    };
    private static final String[] IBM = {"ibm", "FlashSystem 7300", "alua"};

    static LunPlan of(Layout layout, Names names, Dice dice, int lun) {
        int host = layout.hostOfLun(lun);
        Profile p = layout.profileOfHost(host);
        String[] array = switch (p.protocol) {
            case "fc" -> p == Profile.POWERVM ? IBM : FC_ARRAYS[dice.pick("lun.array", lun, FC_ARRAYS.length)];
            case "iscsi" -> ISCSI_ARRAYS[dice.pick("lun.array", lun, ISCSI_ARRAYS.length)];
            default -> null;
        };
        int capacity = dice.oneOf("lun.capacity", lun, 4096, 8192, 8192, 16384);
        double used = 0.4 + 0.35 * dice.roll("lun.used", lun);
        double fullness = dice.roll("lun.full", lun);
        if (fullness < 0.005) {
            used = 0.96 + 0.03 * dice.roll("lun.used", lun);
        } else if (fullness < 0.035) {
            used = 0.76 + 0.18 * dice.roll("lun.used", lun);
        }
        int free = (int) Math.round(capacity * (1 - used));
        List<Integer> pathHosts = p.block() ? layout.pathHosts(lun) : List.of();
        List<Integer> hosts = !p.block() ? List.of(host) : p == Profile.ZONING ? pathHosts : layout.storageGroup(host);
        String vendor = array == null ? (p == Profile.LXC ? "zfs" : "nvme") : array[0];
        boolean wide = "netapp".equals(vendor) && dice.chance("lun.wide-paths", lun, 0.05);
        return new LunPlan(lun, names.lun(vendor, lun), p.protocol, array == null ? null : array[0],
                array == null ? null : array[1], array == null ? null : array[2], capacity, free, hosts, pathHosts, wide);
    }

    /** At or above the 85 % used where snapshots become dangerous (BKP-007). */
    boolean nearlyFull() {
        return capacityGb - freeGb >= 0.85 * capacityGb;
    }

    /** The round-robin I/O limit the vendor asks for. */
    int vendorRrIops() {
        return "dell".equals(vendor) ? 3 : 1;
    }
}
