package io.virtaudit.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes {@code hosts}: hardware, NTP, management, services and the host-side networks. */
final class HostSection {

    /** The management VLAN every host has an interface on. */
    static final int MANAGEMENT_VLAN = 10;
    /** The IP storage VLAN of hosts that reach their LUNs over iSCSI. */
    static final int STORAGE_VLAN = 30;

    private HostSection() {
    }

    static void write(JsonGenerator g, Plan plan) throws IOException {
        g.writeArrayFieldStart("hosts");
        for (int h = 0; h < plan.layout.hosts; h++) {
            HostPlan host = plan.host(h);
            g.writeStartObject();
            g.writeStringField("id", host.id());
            if (host.clustered()) {
                g.writeStringField("cluster", plan.names.cluster(host.cluster()));
            }
            if (host.managed()) {
                g.writeStringField("managedBy", Names.manager(host.profile(), host.cluster()));
            }
            g.writeObjectFieldStart("hypervisor");
            g.writeStringField("product", host.profile().product);
            g.writeStringField("version", host.version());
            String build = HostServices.build(plan.dice, host);
            if (build != null) {
                g.writeStringField("build", build);
            }
            g.writeEndObject();
            g.writeObjectFieldStart("os");
            g.writeStringField("family", host.profile().osFamily);
            g.writeEndObject();
            writeHardware(g, host);
            writeNtp(g, plan, host);
            if (host.maintenance()) {
                g.writeObjectFieldStart("maintenance");
                g.writeStringField("since", Plan.daysAgo(plan.dice.between("host.maintenance-days", h, 9, 60)));
                g.writeEndObject();
            }
            g.writeBooleanField("connected", host.connected());
            HostServices.write(g, plan.dice, host);
            writeNetworks(g, plan, host);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeHardware(JsonGenerator g, HostPlan host) throws IOException {
        g.writeObjectFieldStart("cpu");
        g.writeStringField("model", host.cpuModel());
        g.writeNumberField("sockets", host.sockets());
        g.writeNumberField("coresPerSocket", host.coresPerSocket());
        g.writeBooleanField("vmExtensions", host.vmExtensions());
        g.writeEndObject();
        g.writeNumberField("memoryGb", host.memoryGb());
        g.writeNumberField("nics", host.nics());
        g.writeNumberField("hbas", host.hbas());
        g.writeNumberField("powerSupplies", host.powerSupplies());
    }

    private static void writeNtp(JsonGenerator g, Plan plan, HostPlan host) throws IOException {
        if (host.ntpServers() == HostPlan.NTP_UNKNOWN) {
            return;
        }
        g.writeArrayFieldStart("ntpServers");
        for (int n = 1; n <= host.ntpServers(); n++) {
            g.writeString(Names.ntp(host.cluster(), n));
        }
        g.writeEndArray();
        if (host.ntpServers() != HostPlan.NTP_UNKNOWN) {
            g.writeBooleanField("ntpRunning", host.ntpServers() > 0
                    && !plan.dice.chance("host.ntp-stopped", host.index(), Slips.NTP_STOPPED));
        }
    }

    private static void writeNetworks(JsonGenerator g, Plan plan, HostPlan host) throws IOException {
        Profile p = host.profile();
        boolean esxi = p.esxi();
        String switchType = esxi ? "distributed" : "standard";
        String teaming = esxi ? "port-id" : "active-standby";
        g.writeArrayFieldStart("networks");
        network(g, MANAGEMENT_VLAN, 1500, host, host.singleManagementUplink() ? 1 : 2, 0, teaming, "standard",
                esxi ? PortGroupSection.managementOf(host) : null);
        if (p != Profile.LAB && p != Profile.LXC) {
            int group = plan.layout.vlanGroupOf(host.cluster());
            int mtu = VlanSection.vmotionMtu(plan, group);
            if (host.mtuSlip()) {
                mtu = esxi ? 9216 : (mtu == 9000 ? 1500 : 9000);
            }
            boolean lacp = host.lacpOnStandard();
            network(g, plan.layout.vlan(group, 0), mtu, host, host.nics() < 4 ? 1 : 2, 2,
                    lacp ? "lacp" : teaming, lacp ? "standard" : switchType,
                    esxi && !lacp ? PortGroupSection.vmotionOf(plan, host) : null);
        }
        if (p.ipStorage()) {
            network(g, STORAGE_VLAN, 9000, host, host.singleStorageUplink() || host.nics() < 4 ? 1 : 2, 2,
                    "active-standby", "standard", null);
        }
        g.writeEndArray();
    }

    private static void network(JsonGenerator g, int vlan, int mtu, HostPlan host, int uplinks, int firstNic,
                                String teaming, String switchType, String portGroup) throws IOException {
        g.writeStartObject();
        g.writeNumberField("vlan", vlan);
        g.writeNumberField("mtu", mtu);
        g.writeArrayFieldStart("uplinks");
        int first = host.nics() < 4 ? 0 : firstNic;
        for (int u = 0; u < uplinks; u++) {
            g.writeString(host.nic(first + u));
        }
        g.writeEndArray();
        g.writeStringField("teaming", teaming);
        g.writeStringField("switchType", switchType);
        if (portGroup != null) {
            g.writeStringField("portGroup", portGroup);
        }
        g.writeEndObject();
    }
}
