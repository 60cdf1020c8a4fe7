package io.virtaudit.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes {@code vms}: ten guests per host with the mix of an enterprise estate (mostly powered on,
 * backed up and tooled) and a few percent of slips, some tied to their host's own slips so that
 * the rules about combinations (a timing-sensitive VM on a host without NTP) fire too. vSphere VMs
 * add what vCenter knows of them ({@link VmConfig}, {@link VmDisks}), and two per ESXi cluster are
 * vSphere Cluster Services agents.
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
        if (agent(host, v)) {
            writeAgent(g, plan, host, v);
            return;
        }
        Guest guest = Guest.of(plan, host, v);
        String id = plan.names.vm(guest.prefix(), v);
        VmConfig.Size size = new VmConfig.Size(vcpus(dice, host, v), MEMORY[dice.pick("vm.memory", v, MEMORY.length)]);
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("host", host.id());
        g.writeStringField("guestOs", guest.guestOs());
        g.writeNumberField("vcpus", size.vcpus());
        g.writeNumberField("memoryGb", size.memoryGb());
        String power = writePower(g, dice, guest, v);
        if (guest.template()) {
            g.writeBooleanField("template", true);
        } else {
            writeClassification(g, dice, host, guest, v);
        }
        g.writeBooleanField("timingSensitive", guest.timingSensitive());
        String tools = host.profile() == Profile.LXC ? null : tools(dice, guest, v);
        if (tools != null) {
            g.writeStringField("tools", tools);
        }
        Snapshots.write(g, plan, guest, v);
        writePlacement(g, plan, host, v);
        if (!guest.template()) {
            Backups.write(g, dice, guest, v);
        }
        g.writeStringField("owner", guest.owner());
        g.writeStringField("createdAt", Plan.daysAgo(dice.between("vm.created", v, 30, 2500)));
        if (host.profile().esxi()) {
            VmConfig.write(g, plan, host, guest, v, size);
            VmDisks.writeDisks(g, plan, host, id, v);
            if (power.equals("on") && ("ok".equals(tools) || "outdated".equals(tools))) {
                VmDisks.writePartitions(g, dice, guest, v);
            }
            VmConfig.writeCustomAttributes(g, dice, host, v);
            g.writeArrayFieldStart("portGroups");
            g.writeString(PortGroupSection.vmPortGroupOf(plan, host, v));
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /**
     * vSphere Cluster Services: vCenter runs an agent VM on the first two hosts of each ESXi cluster,
     * in the slot no other plan uses.
     */
    static boolean agent(HostPlan host, int v) {
        return host.profile().esxi() && host.clustered() && host.index() % Layout.HOSTS_PER_CLUSTER < 2
                && v % Layout.VMS_PER_HOST == AGENT_SLOT;
    }

    static final int AGENT_SLOT = 8;

    /** A vCLS agent: tiny, unconnected, exempt from VM rules, but its load counts. */
    private static void writeAgent(JsonGenerator g, Plan plan, HostPlan host, int v) throws IOException {
        String id = Names.agent(plan.dice, v);
        String lun = plan.lun(plan.layout.lunOfVm(v)).id();
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("host", host.id());
        g.writeStringField("guestOs", "VMware Photon OS (64-bit)");
        g.writeNumberField("vcpus", 1);
        g.writeNumberField("memoryGb", 0.125);
        g.writeStringField("powerState", "on");
        g.writeBooleanField("timingSensitive", false);
        g.writeStringField("tools", "ok");
        g.writeArrayFieldStart("snapshots");
        g.writeEndArray();
        g.writeArrayFieldStart("datastores");
        g.writeString(lun);
        g.writeEndArray();
        g.writeArrayFieldStart("networks");
        g.writeEndArray();
        g.writeStringField("createdAt", Plan.daysAgo(plan.dice.between("vm.created", v, 30, 400)));
        g.writeNumberField("hardwareVersion", 19);
        g.writeStringField("connectionState", host.connected() ? "connected" : "disconnected");
        g.writeBooleanField("consolidationNeeded", false);
        g.writeStringField("latencySensitivity", "normal");
        g.writeStringField("cpuLimitMhz", "none");
        g.writeNumberField("cpuReservationMhz", 0);
        g.writeStringField("memoryLimitGb", "none");
        g.writeNumberField("memoryReservationGb", 0);
        g.writeArrayFieldStart("devices");
        g.writeEndArray();
        g.writeArrayFieldStart("disks");
        g.writeStartObject();
        g.writeStringField("name", "Hard disk 1");
        g.writeStringField("file", "[" + lun + "] " + id + "/" + id + ".vmdk");
        g.writeNumberField("capacityGb", 2);
        g.writeStringField("datastore", lun);
        g.writeStringField("mode", "persistent");
        g.writeBooleanField("thin", true);
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("customAttributes");
        g.writeEndObject();
        g.writeArrayFieldStart("portGroups");
        g.writeEndArray();
        g.writeBooleanField("agent", true);
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

    /** Writes the power state and returns it. */
    private static String writePower(JsonGenerator g, Dice dice, Guest guest, int v) throws IOException {
        double roll = dice.roll("vm.power", v);
        if (guest.template() || (!guest.alwaysOn() && roll < 0.08)) {
            g.writeStringField("powerState", "off");
            if (!guest.template()) {
                boolean longAgo = dice.chance("vm.off-long", v, 0.5);
                g.writeStringField("poweredOffSince", Plan.daysAgo(longAgo
                        ? dice.between("vm.off-days", v, 35, 400) : dice.between("vm.off-days", v, 1, 25)));
            }
            return "off";
        }
        String state = !guest.alwaysOn() && roll < 0.10 ? "suspended" : "on";
        g.writeStringField("powerState", state);
        return state;
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
