package io.virtaudit.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes {@code portGroups}, the vSphere clusters' virtual switches (other platforms' bridges and
 * virtual switches stay out: their inventories do not name port groups). Each ESXi host has its
 * management port group on the standard {@code vSwitch0}; each ESXi cluster has a distributed
 * switch with its two VM port groups, vMotion, the legacy cluster's old DMZ, the uplink port group
 * (a trunk of every VLAN) and sometimes a guest trunk. Security policies reject everything and VM
 * port groups bind statically, except for the slips of {@link Slips}; the legacy cluster always shows
 * some (late binding on its old DMZ, a VM port group missing on its last host, the old vSwitch
 * defaults on its first two hosts) so that every estate of twelve clusters or more has them.
 */
final class PortGroupSection {

    static final String MANAGEMENT = "Management Network";
    static final String OLD_DMZ = "pg-old-dmz";

    private PortGroupSection() {
    }

    static String managementOf(HostPlan host) {
        return host.id() + "/vSwitch0/" + MANAGEMENT;
    }

    static String dvSwitch(Plan plan, int cluster) {
        return "dvs-" + plan.names.cluster(cluster);
    }

    static String vmotionOf(Plan plan, HostPlan host) {
        return dvSwitch(plan, host.cluster()) + "/pg-vmotion-" + plan.layout.vlan(plan.layout.vlanGroupOf(host.cluster()), 0);
    }

    /** The distributed port group a vSphere VM connects to, by its VLAN. */
    static String vmPortGroupOf(Plan plan, HostPlan host, int v) {
        int vlan = VlanSection.vmVlanOf(plan, host, v);
        return dvSwitch(plan, host.cluster()) + "/" + (vlan == VlanSection.RESERVED_VLAN ? OLD_DMZ : "pg-vm-" + vlan);
    }

    /** Whether the cluster's last host lacks the first VM port group (NET-009). */
    static boolean missingOnLastHost(Plan plan, int cluster) {
        return plan.layout.slotsOf(cluster) > 1 && (Profile.of(cluster) == Profile.LEGACY
                || plan.dice.chance("pg.missing", cluster, Slips.PORT_GROUP_MISSING));
    }

    static boolean guestTrunk(Plan plan, int cluster) {
        return plan.dice.chance("pg.trunk", cluster, Slips.GUEST_TRUNK);
    }

    static void write(JsonGenerator g, Plan plan) throws IOException {
        g.writeArrayFieldStart("portGroups");
        for (int c = 0; c < plan.layout.clusters; c++) {
            if (!Profile.of(c).esxi()) {
                continue;
            }
            int first = c * Layout.HOSTS_PER_CLUSTER;
            for (int h = first; h < first + plan.layout.slotsOf(c); h++) {
                writeManagement(g, plan, plan.host(h));
            }
            writeDistributed(g, plan, c);
        }
        g.writeEndArray();
    }

    private static void writeManagement(JsonGenerator g, Plan plan, HostPlan host) throws IOException {
        start(g, managementOf(host), MANAGEMENT, "vSwitch0", "standard");
        g.writeNumberField("vlan", HostSection.MANAGEMENT_VLAN);
        g.writeArrayFieldStart("hosts");
        g.writeString(host.id());
        g.writeEndArray();
        purposes(g, "management");
        if (host.profile() == Profile.LEGACY && host.index() % Layout.HOSTS_PER_CLUSTER < 2) {
            // the legacy cluster's oldest hosts keep vSwitch0's old defaults: MAC changes and forged transmits
            g.writeObjectFieldStart("security");
            g.writeBooleanField("allowPromiscuous", false);
            g.writeBooleanField("allowMacChanges", true);
            g.writeBooleanField("allowForgedTransmits", true);
            g.writeEndObject();
        } else {
            security(g, plan.dice, "pg.standard", host.index());
        }
        g.writeEndObject();
    }

    private static void writeDistributed(JsonGenerator g, Plan plan, int c) throws IOException {
        Layout layout = plan.layout;
        int group = layout.vlanGroupOf(c);
        String sw = dvSwitch(plan, c);
        long key = (long) c * 8;
        for (int role = 1; role <= 2; role++) {
            int vlan = layout.vlan(group, role);
            distributed(g, plan, c, sw, "pg-vm-" + vlan, vlan, role == 1 && missingOnLastHost(plan, c));
            purposes(g, "vm");
            security(g, plan.dice, "pg.distributed", key + role);
            double binding = plan.dice.roll("pg.binding", key + role);
            g.writeStringField("binding", binding < Slips.EPHEMERAL ? "ephemeral"
                    : binding < Slips.EPHEMERAL + Slips.DYNAMIC ? "dynamic" : "static");
            g.writeEndObject();
        }
        int vmotion = layout.vlan(group, 0);
        distributed(g, plan, c, sw, "pg-vmotion-" + vmotion, vmotion, false);
        purposes(g, "vmotion");
        security(g, null, null, 0);
        g.writeStringField("binding", "static");
        g.writeEndObject();
        if (Profile.of(c) == Profile.LEGACY) {
            distributed(g, plan, c, sw, OLD_DMZ, VlanSection.RESERVED_VLAN, false);
            purposes(g, "vm");
            security(g, null, null, 0);
            g.writeStringField("binding", "dynamic"); // late binding, kept since vSphere 4
            g.writeEndObject();
        }
        if (guestTrunk(plan, c)) {
            distributed(g, plan, c, sw, "pg-trunk", null, false);
            g.writeArrayFieldStart("vlanTrunk");
            g.writeNumber(layout.vlan(group, 1));
            g.writeNumber(layout.vlan(group, 2));
            g.writeString("3900-3909");
            g.writeEndArray();
            security(g, null, null, 0);
            g.writeStringField("binding", "ephemeral");
            g.writeEndObject();
        }
        distributed(g, plan, c, sw, sw + "-DVUplinks", null, false);
        g.writeArrayFieldStart("vlanTrunk");
        g.writeString("0-4094");
        g.writeEndArray();
        g.writeBooleanField("uplink", true);
        g.writeStringField("binding", "static");
        g.writeEndObject();
    }

    /** Starts a distributed port group with its VLAN (null: a trunk) and the cluster's hosts. */
    private static void distributed(JsonGenerator g, Plan plan, int c, String sw, String name, Integer vlan,
                                    boolean withoutLastHost) throws IOException {
        start(g, sw + "/" + name, name, sw, "distributed");
        if (vlan != null) {
            g.writeNumberField("vlan", vlan);
        }
        g.writeArrayFieldStart("hosts");
        int first = c * Layout.HOSTS_PER_CLUSTER;
        int count = plan.layout.slotsOf(c) - (withoutLastHost ? 1 : 0);
        for (int h = first; h < first + count; h++) {
            g.writeString(plan.names.host(plan.layout, h));
        }
        g.writeEndArray();
    }

    private static void start(JsonGenerator g, String id, String name, String sw, String type) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("name", name);
        g.writeStringField("switch", sw);
        g.writeStringField("switchType", type);
    }

    private static void purposes(JsonGenerator g, String purpose) throws IOException {
        g.writeArrayFieldStart("purposes");
        g.writeString(purpose);
        g.writeEndArray();
    }

    /** The effective security policy: all rejected, or the slips drawn for {@code what} (none when null). */
    private static void security(JsonGenerator g, Dice dice, String what, long index) throws IOException {
        g.writeObjectFieldStart("security");
        g.writeBooleanField("allowPromiscuous", dice != null && dice.chance(what + ".promiscuous", index, Slips.PROMISCUOUS));
        g.writeBooleanField("allowMacChanges", dice != null && dice.chance(what + ".mac", index, Slips.MAC_CHANGES));
        g.writeBooleanField("allowForgedTransmits", dice != null
                && dice.chance(what + ".forged", index, Slips.FORGED_TRANSMITS));
        g.writeEndObject();
    }
}
