package io.virtaudit.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * A vSphere VM's virtual disks and the guest file systems on them: a system disk on the VM's LUN
 * and, for half the VMs, a data disk, which carries the disk slips (independent, non-persistent,
 * a physical RDM, multi-writer sharing). Running guests whose tools answer report their file
 * systems, a few nearly full.
 */
final class VmDisks {

    /** The data disk's kind: an ordinary one, or one of the slips. */
    enum DataDisk { NONE, PLAIN, INDEPENDENT, NONPERSISTENT, PHYSICAL_RDM, MULTI_WRITER }

    private VmDisks() {
    }

    static DataDisk dataDisk(Dice dice, int v) {
        double roll = dice.roll("vm.data-disk", v);
        double edge = Slips.INDEPENDENT;
        if (roll < edge) {
            return DataDisk.INDEPENDENT;
        }
        if (roll < (edge += Slips.NONPERSISTENT)) {
            return DataDisk.NONPERSISTENT;
        }
        if (roll < (edge += Slips.PHYSICAL_RDM)) {
            return DataDisk.PHYSICAL_RDM;
        }
        if (roll < edge + Slips.MULTI_WRITER) {
            return DataDisk.MULTI_WRITER;
        }
        return dice.chance("vm.data-disk-plain", v, 0.5) ? DataDisk.PLAIN : DataDisk.NONE;
    }

    static int systemGb(Dice dice, int v) {
        return dice.oneOf("vm.system-disk", v, 60, 80, 100, 120);
    }

    static int dataGb(Dice dice, int v) {
        return dice.oneOf("vm.data-disk-size", v, 100, 200, 500, 1_000);
    }

    static void writeDisks(JsonGenerator g, Plan plan, HostPlan host, String vm, int v) throws IOException {
        Dice dice = plan.dice;
        String lun = plan.lun(plan.layout.lunOfVm(v)).id();
        boolean delta = dice.chance("vm.orphan-delta", v, Slips.ORPHAN_DELTA);
        g.writeArrayFieldStart("disks");
        disk(g, "Hard disk 1", "[" + lun + "] " + vm + "/" + vm + (delta ? "-000001" : "") + ".vmdk", systemGb(dice, v),
                lun, "persistent", "none", "none", "none", true);
        DataDisk data = dataDisk(dice, v);
        if (data != DataDisk.NONE) {
            String store = host.localDatastore() && v % Layout.VMS_PER_HOST == 0 ? StorageSection.localDatastoreOf(host) : lun;
            String file = "[" + store + "] " + vm + "/" + vm + "_1.vmdk";
            int gb = dataGb(dice, v);
            switch (data) {
                case INDEPENDENT -> disk(g, "Hard disk 2", file, gb, store, "independent-persistent", "none", "none",
                        "none", false);
                case NONPERSISTENT -> disk(g, "Hard disk 2", file, gb, store, dice.oneOf("vm.nonpersistent", v,
                        "nonpersistent", "independent-nonpersistent"), "none", "none", "none", true);
                case PHYSICAL_RDM -> disk(g, "Hard disk 2", file, gb, store, "independent-persistent", "physical", "none",
                        dice.chance("vm.rdm-bus", v, 0.5) ? "physical" : "none", false);
                case MULTI_WRITER -> disk(g, "Hard disk 2", file, gb, store, "independent-persistent", "none",
                        "multi-writer", "none", false);
                default -> disk(g, "Hard disk 2", file, gb, store, "persistent", "none", "none", "none", true);
            }
        }
        g.writeEndArray();
    }

    private static void disk(JsonGenerator g, String name, String file, int gb, String datastore, String mode, String raw,
                             String sharing, String sharedBus, boolean thin) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeStringField("file", file);
        g.writeNumberField("capacityGb", gb);
        g.writeStringField("datastore", datastore);
        g.writeStringField("mode", mode);
        g.writeStringField("raw", raw);
        g.writeStringField("sharing", sharing);
        g.writeStringField("sharedBus", sharedBus);
        g.writeBooleanField("thin", thin);
        g.writeEndObject();
    }

    /** The slip of a VM's file systems: 0 none, 1 one below 10 % free, 2 one below 5 %. */
    static int partitionSlip(Dice dice, int v) {
        double roll = dice.roll("vm.partition-slip", v);
        return roll < Slips.PARTITION_FULL ? 2 : roll < Slips.PARTITION_FULL + Slips.PARTITION_LOW ? 1 : 0;
    }

    /** The file systems of a running guest: the last one takes the slip. */
    static void writePartitions(JsonGenerator g, Dice dice, Guest guest, int v) throws IOException {
        boolean windows = guest.guestOs().contains("Windows");
        int system = systemGb(dice, v);
        boolean data = dataDisk(dice, v) != DataDisk.NONE;
        g.writeArrayFieldStart("partitions");
        if (windows) {
            partition(g, dice, v, 0, "C:\\", system - 0.5, !data);
            if (data) {
                partition(g, dice, v, 1, "D:\\", dataGb(dice, v) - 0.1, true);
            }
        } else {
            partition(g, dice, v, 0, "/boot", 1.0, false);
            partition(g, dice, v, 1, "/", system - 1.5, !data);
            if (data) {
                partition(g, dice, v, 2, "/data", dataGb(dice, v) - 0.1, true);
            }
        }
        g.writeEndArray();
    }

    private static void partition(JsonGenerator g, Dice dice, int v, int n, String path, double capacity, boolean last)
            throws IOException {
        int slip = last ? partitionSlip(dice, v) : 0;
        long key = (long) v * 4 + n;
        double share = switch (slip) {
            case 2 -> 0.01 + 0.035 * dice.roll("vm.partition-free", key);
            case 1 -> 0.052 + 0.045 * dice.roll("vm.partition-free", key);
            default -> 0.2 + 0.55 * dice.roll("vm.partition-free", key);
        };
        g.writeStartObject();
        g.writeStringField("path", path);
        g.writeNumberField("capacityGb", tenths(capacity));
        g.writeNumberField("freeGb", tenths(capacity * share));
        g.writeEndObject();
    }

    private static double tenths(double x) {
        return Math.floor(x * 10) / 10;
    }
}
