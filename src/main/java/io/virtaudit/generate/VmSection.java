package io.virtaudit.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes {@code vms}: ten guests per host with the mix of an enterprise estate (mostly powered on,
 * backed up and tooled) and a few percent of slips, some tied to their host's own slips so that
 * the rules about combinations (a timing-sensitive VM on a host without NTP) fire too.
 */
final class VmSection {

    private static final int[] VCPUS = {1, 2, 2, 4, 4, 4, 8, 8, 16};
    private static final int[] MEMORY = {4, 8, 8, 16, 16, 32, 64};

    private VmSection() {
    }

    static void write(JsonGenerator g, Plan plan) throws IOException {
        g.writeArrayFieldStart("vms");
        for (int v = 0; v < plan.layout.vms; v++) {
            writeVm(g, plan, v);
        }
        g.writeEndArray();
    }

    private static void writeVm(JsonGenerator g, Plan plan, int v) throws IOException {
        Dice dice = plan.dice;
        HostPlan host = plan.host(plan.layout.hostOfVm(v));
        Guest guest = Guest.of(plan, host, v);
        g.writeStartObject();
        g.writeStringField("id", plan.names.vm(guest.prefix(), v));
        g.writeStringField("host", host.id());
        g.writeStringField("guestOs", guest.guestOs());
        g.writeNumberField("vcpus", vcpus(dice, host, v));
        g.writeNumberField("memoryGb", MEMORY[dice.pick("vm.memory", v, MEMORY.length)]);
        writePower(g, dice, guest, v);
        if (guest.template()) {
            g.writeBooleanField("template", true);
        } else {
            writeClassification(g, dice, host, guest, v);
        }
        g.writeBooleanField("timingSensitive", guest.timingSensitive());
        if (host.profile() != Profile.LXC) {
            g.writeStringField("tools", tools(dice, guest, v));
        }
        Snapshots.write(g, plan, guest, v);
        writePlacement(g, plan, host, v);
        if (!guest.template()) {
            Backups.write(g, dice, guest, v);
        }
        g.writeStringField("owner", guest.owner());
        g.writeStringField("createdAt", Plan.daysAgo(dice.between("vm.created", v, 30, 2500)));
        g.writeEndObject();
    }

    private static int vcpus(Dice dice, HostPlan host, int v) {
        if (dice.chance("vm.wider-than-host", v, 0.001)) {
            return host.cores() + 8;
        }
        if (host.sockets() > 1 && dice.chance("vm.wider-than-numa", v, 0.004)) {
            return host.coresPerSocket() + 4;
        }
        return VCPUS[dice.pick("vm.vcpus", v, VCPUS.length)];
    }

    private static void writePower(JsonGenerator g, Dice dice, Guest guest, int v) throws IOException {
        double roll = dice.roll("vm.power", v);
        if (guest.template() || (!guest.alwaysOn() && roll < 0.08)) {
            g.writeStringField("powerState", "off");
            if (!guest.template()) {
                boolean longAgo = dice.chance("vm.off-long", v, 0.5);
                g.writeStringField("poweredOffSince", Plan.daysAgo(longAgo
                        ? dice.between("vm.off-days", v, 35, 400) : dice.between("vm.off-days", v, 1, 25)));
            }
        } else if (!guest.alwaysOn() && roll < 0.10) {
            g.writeStringField("powerState", "suspended");
        } else {
            g.writeStringField("powerState", "on");
        }
    }

    private static void writeClassification(JsonGenerator g, Dice dice, HostPlan host, Guest guest, int v)
            throws IOException {
        boolean unclassified = dice.chance("vm.unclassified", v, 0.01);
        if (!unclassified || dice.chance("vm.unclassified-half", v, 0.5)) {
            g.writeStringField("environment", guest.environment());
        }
        if (!unclassified) {
            g.writeStringField("criticality", guest.criticality());
        }
    }

    private static String tools(Dice dice, Guest guest, int v) {
        if (guest.timingSensitive() && dice.chance("vm.ts-tools", v, 0.1)) {
            return "not-installed";
        }
        double roll = dice.roll("vm.tools", v);
        if (roll < 0.01) {
            return "not-installed";
        }
        if (roll < 0.02) {
            return "not-running";
        }
        return roll < 0.06 ? "outdated" : "ok";
    }

    private static void writePlacement(JsonGenerator g, Plan plan, HostPlan host, int v) throws IOException {
        LunPlan lun = plan.lun(plan.layout.lunOfVm(v));
        g.writeArrayFieldStart("datastores");
        g.writeString(lun.id());
        if (host.localDatastore() && v % Layout.VMS_PER_HOST == 0) {
            g.writeString(StorageSection.localDatastoreOf(host));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("networks");
        g.writeNumber(VlanSection.vmVlanOf(plan, host, v));
        g.writeEndArray();
    }
}
