package io.virtaudit.importer.rvtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.virtaudit.TestEstates;
import io.virtaudit.importer.EstateAssembler;
import io.virtaudit.importer.EstateDocument;
import io.virtaudit.importer.SourcedDocument;
import io.virtaudit.input.InputError;
import io.virtaudit.model.Estate;
import io.virtaudit.model.Host;
import io.virtaudit.model.PortBinding;
import io.virtaudit.model.PortGroup;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.Vlan;
import io.virtaudit.model.VlanPurpose;
import io.virtaudit.model.VlanRange;
import io.virtaudit.model.Vm;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * vSwitch, vPort, dvSwitch, dvPort and vNetwork as RVTools 3.x, 4.4.3 and 4.7.1.4 write them fill
 * the second edition's port groups: security (a vPort cell, else its vSwitch's), binding, trunks,
 * distributed members, and the port groups of each VM's adapters. Header rows are the tools' own:
 * 4.x writes {@code Promiscuous Mode} in vSwitch and vPort and {@code Allow Promiscuous} in dvPort;
 * 3.x vNetwork has no Switch column and says {@code IP Address}.
 */
class RvtoolsPortGroupsTest {

    private static final String FILE = "RVTools_export_all.xlsx";

    /** RVTools 4.4.3 and 4.7.1.4. */
    static final String[] VSWITCH_4 = {"Host", "Datacenter", "Cluster", "Switch", "# Ports", "Free Ports",
            "Promiscuous Mode", "Mac Changes", "Forged Transmits", "Traffic Shaping", "Width", "Peak", "Burst", "Policy",
            "Reverse Policy", "Notify Switch", "Rolling Order", "Offload", "TSO", "Zero Copy Xmit", "MTU",
            "VI SDK Server", "VI SDK UUID"};
    static final String[] VPORT_4 = {"Host", "Datacenter", "Cluster", "Port Group", "Switch", "VLAN",
            "Promiscuous Mode", "Mac Changes", "Forged Transmits", "Traffic Shaping", "Width", "Peak", "Burst", "Policy",
            "Reverse Policy", "Notify Switch", "Rolling Order", "Offload", "TSO", "Zero Copy Xmit", "VI SDK Server",
            "VI SDK UUID"};
    static final String[] DVSWITCH_4 = {"Switch", "Datacenter", "Name", "Vendor", "Version", "Description", "Created",
            "Host members", "Max Ports", "# Ports", "# VMs", "In Traffic Shaping", "In Avg", "In Peak", "In Burst",
            "Out Traffic Shaping", "Out Avg", "Out Peak", "Out Burst", "CDP Type", "CDP Operation", "LACP Name",
            "LACP Mode", "LACP Load Balance Alg.", "Max MTU", "Contact", "Admin Name", "Object ID", "VI SDK Server",
            "VI SDK UUID"};
    static final String[] DVPORT_4 = {"Port", "Switch", "Type", "# Ports", "VLAN", "Speed", "Full Duplex", "Blocked",
            "Allow Promiscuous", "Mac Changes", "Active Uplink", "Standby Uplink", "Policy", "Forged Transmits",
            "In Traffic Shaping", "In Avg", "In Peak", "In Burst", "Out Traffic Shaping", "Out Avg", "Out Peak",
            "Out Burst", "Reverse Policy", "Notify Switch", "Rolling Order", "Check Beacon", "Live Port Moving",
            "Check Duplex", "Check Error %", "Check Speed", "Percentage", "Block Override", "Config Reset",
            "Shaping Override", "Vendor Config Override", "Sec. Policy Override", "Teaming Override", "Vlan Override",
            "Object ID", "VI SDK Server", "VI SDK UUID"};
    static final String[] VNETWORK_4 = {"VM", "Powerstate", "Template", "SRM Placeholder", "NIC label", "Adapter",
            "Network", "Switch", "Connected", "Starts Connected", "Mac Address", "Type", "IPv4 Address", "IPv6 Address",
            "Direct Path IO", "Internal Sort Column", "Annotation", "Datacenter", "Cluster", "Host", "Folder",
            "OS according to the configuration file", "OS according to the VMware Tools", "VM ID", "VM UUID",
            "VI SDK Server", "VI SDK UUID"};
    /** RVTools 3.x: vNetwork without Switch, one IP Address column. */
    static final String[] VNETWORK_3 = {"VM", "Powerstate", "Template", "NIC label", "Adapter", "Network", "Connected",
            "Starts Connected", "Mac Address", "Type", "IP Address", "Annotation", "Datacenter", "Cluster", "Host",
            "Folder", "OS according to the configuration file", "OS according to the VMware Tools", "VM ID", "VM UUID",
            "VI SDK Server", "VI SDK UUID"};

    private static final String VC = "vc01.lab";

    @TempDir
    Path dir;

    private SourcedDocument read(RvtoolsExportWriter w) {
        return new RvtoolsImporter().read(w.writeXlsx(dir.resolve(FILE)), FILE);
    }

    private static PortGroup group(EstateDocument doc, String id) {
        return doc.portGroups().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }

    private static Vm vm(EstateDocument doc, String id) {
        return doc.vms().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    private static Vlan vlan(EstateDocument doc, int id) {
        return doc.vlans().stream().filter(v -> v.id() == id).findFirst().orElseThrow();
    }

    private static List<String> warnings(SourcedDocument read) {
        return read.warnings().stream().map(InputError::render).toList();
    }

    // ---- security: vPort, else vSwitch -------------------------------------------------------

    private static RvtoolsExportWriter standardSwitches() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vHost", "Host").row("esx01");
        w.tab("vSwitch", VSWITCH_4)
                .rowOf("Host", "esx01", "Switch", "vSwitch0", "Promiscuous Mode", false, "Mac Changes", true,
                        "Forged Transmits", true, "MTU", 1500, "VI SDK Server", VC)
                .rowOf("Host", "esx01", "Switch", "vSwitch1", "Promiscuous Mode", false, "Mac Changes", false,
                        "Forged Transmits", false, "MTU", 9000, "VI SDK Server", VC)
                .rowOf("Host", "esx01", "Switch", "vSwitch2", "MTU", 1500, "VI SDK Server", VC);
        w.tab("vPort", VPORT_4)
                .rowOf("Host", "esx01", "Port Group", "Management Network", "Switch", "vSwitch0", "VLAN", 0,
                        "VI SDK Server", VC)
                .rowOf("Host", "esx01", "Port Group", "VM-Sniffer", "Switch", "vSwitch0", "VLAN", 4095,
                        "Promiscuous Mode", true, "Forged Transmits", false, "VI SDK Server", VC)
                .rowOf("Host", "esx01", "Port Group", "iSCSI-A", "Switch", "vSwitch2", "VLAN", 30, "VI SDK Server", VC)
                .rowOf("Host", "esx01", "Port Group", "Odd", "Switch", "vSwitch1", "VLAN", 40, "Promiscuous Mode",
                        "Maybe", "VI SDK Server", VC);
        return w;
    }

    @Test
    void aBlankVPortCellTakesItsVSwitchsPolicy() {
        SourcedDocument read = read(standardSwitches());
        EstateDocument doc = read.document();
        PortGroup management = group(doc, "esx01/vSwitch0/Management Network");
        assertThat(management.security()).as("every vPort cell blank: the vSwitch's policy")
                .isEqualTo(new PortGroup.Security(false, true, true));
        assertThat(management.binding()).as("a standard port group has no binding").isNull();
        assertThat(read.locator().locate("/portGroups/0/security/allowMacChanges")).isEqualTo(new SourceRef(FILE,
                "vSwitch!2"));
        PortGroup sniffer = group(doc, "esx01/vSwitch0/VM-Sniffer");
        assertThat(sniffer.security()).as("its own cells win; the blank Mac Changes is its switch's")
                .isEqualTo(new PortGroup.Security(true, true, false));
        assertThat(read.locator().locate("/portGroups/1/security/allowPromiscuous")).isEqualTo(new SourceRef(FILE,
                "vPort!3"));
        assertThat(read.locator().locate("/portGroups/1/security/allowMacChanges")).isEqualTo(new SourceRef(FILE,
                "vSwitch!2"));
    }

    @Test
    void bothBlankLeaveTheSecurityUnknownAndABadCellIsAWarning() {
        SourcedDocument read = read(standardSwitches());
        EstateDocument doc = read.document();
        assertThat(group(doc, "esx01/vSwitch2/iSCSI-A").security()).as("vPort and vSwitch blank: unknown").isNull();
        assertThat(group(doc, "esx01/vSwitch1/Odd").security()).as("an unreadable cell does not take the switch's value")
                .isEqualTo(new PortGroup.Security(null, false, false));
        assertThat(warnings(read)).singleElement().asString().startsWith(FILE + ":vPort!G5")
                .contains("'Maybe'", "Promiscuous Mode");
    }

    @Test
    void vlan4095OnAStandardSwitchIsVirtualGuestTaggingNotATrunk() {
        EstateDocument doc = read(standardSwitches()).document();
        PortGroup sniffer = group(doc, "esx01/vSwitch0/VM-Sniffer");
        assertThat(sniffer.vlan()).isEqualTo(4095);
        assertThat(sniffer.vlanTrunk()).isNull();
        assertThat(doc.vlans()).extracting(Vlan::id).contains(4095);
    }

    @Test
    void aVPortHeaderSpelledAsDvPortSpellsItIsReadAlike() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vPort", "Host", "Port Group", "Switch", "VLAN", "Allow Promiscuous", "Mac Changes", "Forged Transmits")
                .row("esx01", "VM Network", "vSwitch0", 50, "True", "False", "False");
        assertThat(read(w).document().portGroups().get(0).security()).isEqualTo(new PortGroup.Security(true, false,
                false));
    }

    // ---- dvPort: binding, VLAN or trunk, security ----------------------------------------------

    private static RvtoolsExportWriter distributed() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vHost", "Host").row("esx01").row("esx02");
        w.tab("dvPort", DVPORT_4)
                .rowOf("Port", "DPortGroup_DB", "Switch", "DS_Prod", "Type", "earlyBinding", "# Ports", 128, "VLAN", 120,
                        "Allow Promiscuous", false, "Mac Changes", false, "Active Uplink", "Uplink 1, Uplink 2",
                        "Forged Transmits", false, "Object ID", "dvportgroup-41", "VI SDK Server", VC)
                .rowOf("Port", "DS_Prod-DVUplinks-34", "Switch", "DS_Prod", "Type", "earlyBinding", "VLAN", "0-4094",
                        "Allow Promiscuous", false, "Mac Changes", false, "Forged Transmits", true,
                        "Object ID", "dvportgroup-35", "VI SDK Server", VC)
                .rowOf("Port", "Trunk", "Switch", "DS_Prod", "Type", "ephemeral", "VLAN", "0-4094",
                        "Allow Promiscuous", true, "Mac Changes", true, "Active Uplink", "Uplink 1",
                        "Forged Transmits", true, "VI SDK Server", VC)
                .rowOf("Port", "Trunk-Apps", "Switch", "DS_Prod", "Type", "lateBinding", "VLAN", "100-199,300",
                        "Active Uplink", "Uplink 1", "VI SDK Server", VC)
                .rowOf("Port", "Odd", "Switch", "DS_Prod", "Type", "portBinding", "VLAN", "4000-4095",
                        "Active Uplink", "Uplink 1", "VI SDK Server", VC)
                .rowOf("Port", "NoVlan", "Switch", "DS_Prod", "VLAN", null, "Active Uplink", "Uplink 1",
                        "VI SDK Server", VC);
        return w;
    }

    @Test
    void dvPortTypeIsTheBindingAndItsVlanANumberOrATrunk() {
        SourcedDocument read = read(distributed());
        EstateDocument doc = read.document();
        PortGroup db = group(doc, "DS_Prod/DPortGroup_DB");
        assertThat(db.binding()).isEqualTo(PortBinding.STATIC);
        assertThat(db.vlan()).isEqualTo(120);
        assertThat(db.vlanTrunk()).isNull();
        assertThat(db.security()).isEqualTo(new PortGroup.Security(false, false, false));
        PortGroup trunk = group(doc, "DS_Prod/Trunk");
        assertThat(trunk.binding()).isEqualTo(PortBinding.EPHEMERAL);
        assertThat(trunk.vlan()).isNull();
        assertThat(trunk.vlanTrunk()).containsExactly(new VlanRange(0, 4094));
        assertThat(trunk.security()).isEqualTo(new PortGroup.Security(true, true, true));
        PortGroup apps = group(doc, "DS_Prod/Trunk-Apps");
        assertThat(apps.binding()).as("late binding is the deprecated dynamic").isEqualTo(PortBinding.DYNAMIC);
        assertThat(apps.vlanTrunk()).containsExactly(new VlanRange(100, 199), new VlanRange(300, 300));
        assertThat(apps.security()).as("dvPort cells blank: unknown (no switch row to inherit from)").isNull();
        PortGroup uplinks = group(doc, "DS_Prod/DS_Prod-DVUplinks-34");
        assertThat(uplinks.uplink()).isTrue();
        assertThat(uplinks.vlanTrunk()).containsExactly(new VlanRange(0, 4094));
        assertThat(read.locator().locate("/portGroups/2/vlanTrunk")).isEqualTo(new SourceRef(FILE, "dvPort!4"));
        assertThat(read.locator().locate("/portGroups/2/binding")).isEqualTo(new SourceRef(FILE, "dvPort!4"));
        assertThat(doc.vlans()).as("a trunk creates no VLAN entry").extracting(Vlan::id).containsExactly(120);
    }

    @Test
    void anUnknownBindingWordOrARangeBeyond4094IsAWarningAndABlankVlanIsUnknown() {
        SourcedDocument read = read(distributed());
        PortGroup odd = group(read.document(), "DS_Prod/Odd");
        assertThat(odd.binding()).isNull();
        assertThat(odd.vlan()).isNull();
        assertThat(odd.vlanTrunk()).isNull();
        PortGroup noVlan = group(read.document(), "DS_Prod/NoVlan");
        assertThat(noVlan.vlan()).isNull();
        assertThat(noVlan.vlanTrunk()).isNull();
        assertThat(noVlan.binding()).isNull();
        assertThat(warnings(read)).containsExactly(
                FILE + ":dvPort!E6: invalid value '4000-4095' in column 'VLAN': expected VLAN ranges within 0-4094 in"
                        + " ascending order; the field is left unknown",
                FILE + ":dvPort!C6: invalid value 'portBinding' in column 'Type': expected earlyBinding, ephemeral or"
                        + " lateBinding; the field is left unknown");
    }

    @Test
    void theLoaderTakesTheTrunksAndBindings() {
        Estate estate = new EstateAssembler(TestEstates.CLOCK).assemble(read(distributed()));
        assertThat(estate.portGroups()).extracting(PortGroup::id, PortGroup::binding).contains(
                tuple("DS_Prod/Trunk", PortBinding.EPHEMERAL), tuple("DS_Prod/Trunk-Apps", PortBinding.DYNAMIC));
    }

    // ---- dvSwitch: member hosts and Max MTU ----------------------------------------------------

    @Test
    void dvSwitchMembersAreTheHostsOfItsPortGroupsOverTheUplinks() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vHost", "Host").row("esx01").row("esx02").row("esx03");
        w.tab("dvSwitch", DVSWITCH_4)
                .rowOf("Switch", "DS_Prod", "Datacenter", "DC1", "Name", "DS_Prod", "Version", "8.0.0",
                        "Host members", "esx01, esx02, esx03", "Max MTU", 9000, "VI SDK Server", VC)
                .rowOf("Switch", "DS_Test", "Datacenter", "DC1", "Name", "DS_Test", "Version", "8.0.0",
                        "Max MTU", 1500, "VI SDK Server", VC);
        w.tab("vNIC", "Host", "Network Device", "Switch")
                .row("esx01", "vmnic2", "DS_Prod").row("esx02", "vmnic2", "DS_Prod").row("esx01", "vmnic3", "DS_Test");
        w.tab("dvPort", DVPORT_4)
                .rowOf("Port", "DPortGroup_DB", "Switch", "DS_Prod", "Type", "earlyBinding", "VLAN", 120,
                        "Active Uplink", "Uplink 1", "VI SDK Server", VC)
                .rowOf("Port", "vMotion-D", "Switch", "DS_Prod", "Type", "earlyBinding", "VLAN", 20,
                        "Active Uplink", "Uplink 1", "VI SDK Server", VC)
                .rowOf("Port", "Test", "Switch", "DS_Test", "Type", "earlyBinding", "VLAN", 130,
                        "Active Uplink", "Uplink 1", "VI SDK Server", VC)
                .rowOf("Port", "Lab", "Switch", "DS_Lab", "Type", "earlyBinding", "VLAN", 140,
                        "Active Uplink", "Uplink 1", "VI SDK Server", VC);
        w.tab("vSC_VMK", "Host", "Port Group", "Device", "MTU").row("esx03", "vMotion-D", "vmk1", null);
        SourcedDocument read = read(w);
        EstateDocument doc = read.document();
        assertThat(group(doc, "DS_Prod/DPortGroup_DB").hosts()).as("dvSwitch's members, esx03 without uplinks too")
                .containsExactly("esx01", "esx02", "esx03");
        assertThat(read.locator().locate("/portGroups/0/hosts/2")).isEqualTo(new SourceRef(FILE, "dvSwitch!2"));
        assertThat(vlan(doc, 120).hosts()).containsExactly("esx01", "esx02", "esx03");
        assertThat(group(doc, "DS_Test/Test").hosts()).as("Host members blank: the hosts with uplinks on it")
                .containsExactly("esx01");
        assertThat(group(doc, "DS_Lab/Lab").hosts()).as("neither tab names the switch: unknown").isNull();
        Host esx03 = doc.hosts().stream().filter(h -> h.id().equals("esx03")).findFirst().orElseThrow();
        assertThat(esx03.networks()).extracting(Host.HostNetwork::mtu, Host.HostNetwork::portGroup)
                .as("a VMkernel port without MTU takes its distributed switch's Max MTU")
                .containsExactly(tuple(9000, "DS_Prod/vMotion-D"));
        assertThat(read.locator().locate("/hosts/2/networks/0/mtu")).isEqualTo(new SourceRef(FILE, "dvSwitch!2"));
    }

    // ---- vNetwork and vInfo Network #n: the VMs' port groups -----------------------------------

    /** Two hosts whose standard `VM Network` differ, and a distributed `VM Network` of the same name. */
    private static RvtoolsExportWriter vmNetworks() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vInfo", "VM", "Powerstate", "Host", "Network #1", "Network #2", "VI SDK Server")
                .row("app01", "poweredOn", "esx01", "VM Network", "DB", VC)
                .row("app02", "poweredOn", "esx02", "VM Network", null, VC)
                .row("app03", "poweredOn", "esx01", "seg-web", null, VC)
                .row("app04", "poweredOff", "esx01", "Not connected", null, VC)
                .row("app05", "poweredOn", "esx03", "VM Network", "Not connected", VC);
        w.tab("vSwitch", VSWITCH_4)
                .rowOf("Host", "esx01", "Switch", "vSwitch0", "VI SDK Server", VC)
                .rowOf("Host", "esx02", "Switch", "vSwitch0", "VI SDK Server", VC);
        w.tab("vPort", VPORT_4)
                .rowOf("Host", "esx01", "Port Group", "VM Network", "Switch", "vSwitch0", "VLAN", 50, "VI SDK Server", VC)
                .rowOf("Host", "esx02", "Port Group", "VM Network", "Switch", "vSwitch0", "VLAN", 51, "VI SDK Server", VC);
        w.tab("dvPort", DVPORT_4)
                .rowOf("Port", "VM Network", "Switch", "DS_Prod", "Type", "earlyBinding", "VLAN", 60,
                        "Active Uplink", "Uplink 1", "VI SDK Server", VC)
                .rowOf("Port", "DB", "Switch", "DS_Prod", "Type", "earlyBinding", "VLAN", 120,
                        "Active Uplink", "Uplink 1", "VI SDK Server", VC);
        return w;
    }

    @Test
    void vInfoNetworksResolveOnTheVmsHostFirstAndNotConnectedIsNoPortGroup() {
        EstateDocument doc = read(vmNetworks()).document();
        assertThat(vm(doc, "app01").portGroups()).as("the host's standard port group first, then a distributed one")
                .containsExactly("esx01/vSwitch0/VM Network", "DS_Prod/DB");
        assertThat(vm(doc, "app01").networks()).containsExactly(50, 120);
        assertThat(vm(doc, "app02").portGroups()).containsExactly("esx02/vSwitch0/VM Network");
        assertThat(vm(doc, "app05").portGroups()).as("no standard one on its host: the distributed one")
                .containsExactly("DS_Prod/VM Network");
        assertThat(vm(doc, "app03").portGroups()).as("a network no tab lists (an NSX segment): unknown").isNull();
        assertThat(vm(doc, "app03").networks()).isNull();
        assertThat(vm(doc, "app04").portGroups()).as("`Not connected` is no port group").isEmpty();
        assertThat(vm(doc, "app04").networks()).isEmpty();
        assertThat(group(doc, "esx01/vSwitch0/VM Network").purposes()).containsExactly(VlanPurpose.VM);
        assertThat(vlan(doc, 60).purposes()).containsExactly(VlanPurpose.VM);
    }

    /** RVTools 4.7.1.4: vNetwork names each adapter's switch. */
    @Test
    void vNetworkNamesEachAdaptersSwitchAndWinsOverVInfo() {
        RvtoolsExportWriter w = vmNetworks();
        w.tab("vNetwork", VNETWORK_4)
                .rowOf("VM", "app01", "Powerstate", "poweredOn", "NIC label", "Network adapter 1", "Adapter", "Vmxnet3",
                        "Network", "VM Network", "Switch", "DS_Prod", "Connected", true, "Starts Connected", true,
                        "Mac Address", "00:50:56:aa:00:01", "Type", "assigned", "IPv4 Address", "10.0.60.11",
                        "Host", "esx01", "VI SDK Server", VC)
                .rowOf("VM", "app01", "Powerstate", "poweredOn", "NIC label", "Network adapter 2", "Adapter", "Vmxnet3",
                        "Network", "DB", "Switch", "DS_Prod", "Connected", true, "Host", "esx01", "VI SDK Server", VC)
                .rowOf("VM", "app02", "Powerstate", "poweredOn", "NIC label", "Network adapter 1", "Adapter", "E1000E",
                        "Network", "VM Network", "Switch", "vSwitch0", "Connected", false, "Host", "esx02",
                        "VI SDK Server", VC)
                .rowOf("VM", "app03", "Powerstate", "poweredOn", "NIC label", "Network adapter 1", "Adapter", "Vmxnet3",
                        "Network", "seg-web", "Switch", "nsx-overlay", "Host", "esx01", "VI SDK Server", VC);
        w.tab("vMetaData", "RVTools major version", "RVTools version", "xlsx creation datetime", "Server")
                .row(4, "4.7.1.4", "2025/06/02 09:15:00", VC);
        SourcedDocument read = read(w);
        EstateDocument doc = read.document();
        assertThat(vm(doc, "app01").portGroups()).as("the switch says distributed, though esx01 has a standard one")
                .containsExactly("DS_Prod/VM Network", "DS_Prod/DB");
        assertThat(vm(doc, "app01").networks()).containsExactly(60, 120);
        assertThat(read.locator().locate("/vms/0/portGroups/1")).isEqualTo(new SourceRef(FILE, "vNetwork!3"));
        assertThat(vm(doc, "app02").portGroups()).as("a disconnected adapter keeps its port group")
                .containsExactly("esx02/vSwitch0/VM Network");
        assertThat(vm(doc, "app03").portGroups()).as("no port group of that switch: unknown").isNull();
        assertThat(vm(doc, "app05").portGroups()).as("no vNetwork row: no adapter, whatever vInfo says").isEmpty();
        assertThat(vm(doc, "app05").networks()).isEmpty();
        assertThat(vlan(doc, 50).purposes()).as("only vInfo named esx01's VM Network: vNetwork wins").isNull();
        assertThat(group(doc, "esx01/vSwitch0/VM Network").purposes()).isNull();
        assertThat(vlan(doc, 60).purposes()).containsExactly(VlanPurpose.VM);
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void theNetworksOfTheImportAreWhatTheFormatDerivesFromThePortGroups() {
        RvtoolsExportWriter w = vmNetworks();
        Estate estate = new EstateAssembler(TestEstates.CLOCK).assemble(read(w));
        for (Vm vm : estate.vms()) {
            if (vm.portGroups() != null) {
                List<Integer> derived = vm.portGroups().stream()
                        .map(id -> estate.portGroups().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow())
                        .map(PortGroup::vlan).filter(java.util.Objects::nonNull).distinct().toList();
                assertThat(vm.networks()).as(vm.id()).isEqualTo(derived);
            }
        }
    }

    @Test
    void distributedPortGroupsOfTwoVCentersAreToldApartByTheAdaptersVCenter() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vInfo", "VM", "Powerstate", "Host", "VI SDK Server")
                .row("web01", "poweredOn", "esx01", "vc01").row("web02", "poweredOn", "esx51", "vc02");
        w.tab("dvPort", DVPORT_4)
                .rowOf("Port", "VM Network", "Switch", "DS_Prod", "Type", "earlyBinding", "VLAN", 60,
                        "Active Uplink", "Uplink 1", "VI SDK Server", "vc01")
                .rowOf("Port", "VM Network", "Switch", "DS_Prod", "Type", "ephemeral", "VLAN", 61,
                        "Active Uplink", "Uplink 1", "VI SDK Server", "vc02");
        w.tab("vNetwork", VNETWORK_4)
                .rowOf("VM", "web01", "Network", "VM Network", "Switch", "DS_Prod", "VI SDK Server", "vc01")
                .rowOf("VM", "web02", "Network", "VM Network", "Switch", "DS_Prod", "VI SDK Server", "vc02");
        EstateDocument doc = read(w).document();
        assertThat(doc.portGroups()).extracting(PortGroup::id, PortGroup::vlan, PortGroup::binding).containsExactly(
                tuple("vc01/DS_Prod/VM Network", 60, PortBinding.STATIC),
                tuple("vc02/DS_Prod/VM Network", 61, PortBinding.EPHEMERAL));
        assertThat(vm(doc, "web01").portGroups()).containsExactly("vc01/DS_Prod/VM Network");
        assertThat(vm(doc, "web02").portGroups()).containsExactly("vc02/DS_Prod/VM Network");
    }

    // ---- the versions --------------------------------------------------------------------------

    /** RVTools 3.x: vNetwork has no Switch column, so its networks resolve by name as vInfo's do. */
    @Test
    void rvtools3VNetworkWithoutSwitchResolvesByNameOnTheHost() {
        RvtoolsExportWriter w = vmNetworks();
        w.tab("vNetwork", VNETWORK_3)
                .rowOf("VM", "app01", "Powerstate", "poweredOn", "NIC label", "Network adapter 1", "Adapter", "Vmxnet3",
                        "Network", "VM Network", "Connected", true, "IP Address", "10.0.50.11", "Host", "esx01",
                        "VI SDK Server", VC)
                .rowOf("VM", "app05", "Powerstate", "poweredOn", "NIC label", "Network adapter 1", "Adapter", "E1000",
                        "Network", "VM Network", "Connected", true, "Host", "esx03", "VI SDK Server", VC);
        w.tab("vMetaData", "RVTools major version", "RVTools version", "xlsx creation datetime", "Server")
                .row(3, "3.11.9", "2019/05/02 10:11:12", VC);
        EstateDocument doc = read(w).document();
        assertThat(vm(doc, "app01").portGroups()).containsExactly("esx01/vSwitch0/VM Network");
        assertThat(vm(doc, "app05").portGroups()).containsExactly("DS_Prod/VM Network");
        assertThat(vm(doc, "app02").portGroups()).as("no row in vNetwork").isEmpty();
    }

    /** RVTools 4.4.3 per-tab CSV: the same tabs, text cells throughout. */
    @Test
    void rvtools443PerTabCsvGivesTheSamePortGroups() {
        RvtoolsExportWriter w = distributed();
        w.tab("dvSwitch", DVSWITCH_4).rowOf("Switch", "DS_Prod", "Name", "DS_Prod", "Version", "7.0.3",
                "Host members", "esx01,esx02", "Max MTU", 9000, "VI SDK Server", VC);
        w.tab("vMetaData", "RVTools major version", "RVTools version", "csv creation datetime", "Server")
                .row(4, "4.4.3.0", "2023/10/30 08:00:00", VC);
        Path folder = w.writeCsv(dir.resolve("csv"));
        EstateDocument doc = new RvtoolsImporter().read(folder, "csv").document();
        PortGroup apps = group(doc, "DS_Prod/Trunk-Apps");
        assertThat(apps.vlanTrunk()).containsExactly(new VlanRange(100, 199), new VlanRange(300, 300));
        assertThat(apps.binding()).isEqualTo(PortBinding.DYNAMIC);
        assertThat(apps.hosts()).containsExactly("esx01", "esx02");
        assertThat(group(doc, "DS_Prod/DPortGroup_DB").security()).isEqualTo(new PortGroup.Security(false, false, false));
    }

    // ---- spellings -----------------------------------------------------------------------------

    @Test
    void spellingsOfBindingsTrunksMembersAndUnconnectedAdapters() {
        assertThat(Spellings.portBinding("earlyBinding")).isEqualTo("static");
        assertThat(Spellings.portBinding("LATEBINDING")).isEqualTo("dynamic");
        assertThat(Spellings.portBinding("ephemeral")).isEqualTo("ephemeral");
        assertThat(Spellings.portBinding("portBinding")).isNull();
        assertThat(Spellings.vlanTrunk("100-199, 300")).containsExactly(new VlanRange(100, 199),
                new VlanRange(300, 300));
        assertThat(Spellings.vlanTrunk("PVLAN 100")).isNull();
        assertThat(Spellings.hostMembers("esx01.lab, esx02.lab")).containsExactly("esx01.lab", "esx02.lab");
        assertThat(Spellings.hostMembers(" ")).isNull();
        assertThat(Spellings.notConnected("Not connected")).isTrue();
        assertThat(Spellings.notConnected("VM Network")).isFalse();
    }
}
