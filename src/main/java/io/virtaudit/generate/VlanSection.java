package io.virtaudit.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * Writes {@code vlans}: the shared management and storage VLANs, per cluster a vMotion VLAN and
 * two VM networks trunked to all its hosts, and the legacy VLANs a real estate still carries.
 */
final class VlanSection {

    static final int NATIVE_VLAN = 1;
    static final int RESERVED_VLAN = 1002;
    static final int ALL_VLANS = 4095;

    private VlanSection() {
    }

    /** The MTU of a group's vMotion VLAN: jumbo frames, except where someone forgot. */
    static int vmotionMtu(Plan plan, int group) {
        return plan.dice.chance("vlan.vmotion-mtu", group, 0.02) ? 1500 : 9000;
    }

    /** The VLAN of a VM's port group. */
    static int vmVlanOf(Plan plan, HostPlan host, int v) {
        if (host.profile() == Profile.LAB) {
            return NATIVE_VLAN;
        }
        if (host.profile() == Profile.LEGACY && v % Layout.VMS_PER_HOST == 9) {
            return RESERVED_VLAN;
        }
        return plan.layout.vlan(plan.layout.vlanGroupOf(host.cluster()), 1 + v % 2);
    }

    static void write(JsonGenerator g, Plan plan) throws IOException {
        g.writeArrayFieldStart("vlans");
        boolean lab = plan.layout.clusters > Profile.LAB.ordinal();
        if (lab) {
            legacy(g, plan, NATIVE_VLAN, "default", Profile.LAB);
        }
        vlan(g, HostSection.MANAGEMENT_VLAN, "mgmt", 1500, List.of("management"));
        g.writeEndObject();
        vlan(g, HostSection.STORAGE_VLAN, "iscsi", 9000, List.of("storage"));
        g.writeEndObject();
        for (int group = 0; group < plan.layout.vlanGroupsUsed(); group++) {
            writeGroup(g, plan, group);
        }
        if (plan.layout.clusters > Profile.LEGACY.ordinal()) {
            legacy(g, plan, RESERVED_VLAN, "old-dmz", Profile.LEGACY);
        }
        if (lab) {
            vlan(g, ALL_VLANS, "lab-trunk", 1500, List.of("vm"));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeGroup(JsonGenerator g, Plan plan, int group) throws IOException {
        Dice dice = plan.dice;
        Layout layout = plan.layout;
        boolean legacy = group % Profile.values().length == Profile.LEGACY.ordinal();
        boolean shared = legacy || dice.chance("vlan.vmotion-shared", group, 0.02);
        vlan(g, layout.vlan(group, 0), "vmotion-" + group, vmotionMtu(plan, group),
                shared ? List.of("vmotion", "ft") : List.of("vmotion"));
        g.writeEndObject();
        for (int role = 1; role <= 2; role++) {
            long key = (long) group * Layout.VLANS_PER_CLUSTER + role;
            double roll = dice.roll("vlan.purposes", key);
            List<String> purposes = roll < 0.01 || (legacy && role == 1) ? List.of("vm", "management")
                    : roll < 0.02 ? List.of("vm", "storage") : List.of("vm");
            vlan(g, layout.vlan(group, role), "vm-" + group + "-" + role, 1500, purposes);
            boolean missing = dice.chance("vlan.not-trunked", key, 0.03);
            g.writeArrayFieldStart("hosts");
            List<Integer> clusters = layout.clustersOfVlanGroup(group);
            for (int c : clusters) {
                int last = c * Layout.HOSTS_PER_CLUSTER + layout.slotsOf(c) - 1;
                for (int h = c * Layout.HOSTS_PER_CLUSTER; h <= last; h++) {
                    if (!(missing && c == clusters.get(0) && h == last && h > c * Layout.HOSTS_PER_CLUSTER)) {
                        g.writeString(plan.names.host(layout, h));
                    }
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** A VLAN carried by every host of the clusters of one profile. */
    private static void legacy(JsonGenerator g, Plan plan, int id, String name, Profile profile) throws IOException {
        vlan(g, id, name, 1500, List.of("vm"));
        g.writeArrayFieldStart("hosts");
        Profile[] all = Profile.values();
        for (int c = profile.ordinal(); c < plan.layout.clusters; c += all.length) {
            for (int p = 0; p < plan.layout.slotsOf(c); p++) {
                g.writeString(plan.names.host(plan.layout, c * Layout.HOSTS_PER_CLUSTER + p));
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Starts a VLAN object; the caller may add fields and ends it. */
    private static void vlan(JsonGenerator g, int id, String name, int mtu, List<String> purposes) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", id);
        g.writeStringField("name", name);
        g.writeArrayFieldStart("purposes");
        for (String purpose : purposes) {
            g.writeString(purpose);
        }
        g.writeEndArray();
        g.writeNumberField("mtu", mtu);
    }
}
