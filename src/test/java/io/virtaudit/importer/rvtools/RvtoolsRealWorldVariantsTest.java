package io.virtaudit.importer.rvtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.virtaudit.TestEstates;
import io.virtaudit.importer.EstateAssembler;
import io.virtaudit.importer.EstateDocument;
import io.virtaudit.model.Estate;
import io.virtaudit.model.Host;
import io.virtaudit.model.Lun;
import io.virtaudit.model.MultipathConfig;
import io.virtaudit.model.PathState;
import io.virtaudit.model.PortGroup;
import io.virtaudit.model.Protocol;
import io.virtaudit.model.Vlan;
import io.virtaudit.model.VlanPurpose;
import io.virtaudit.model.Vm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports as real RVTools 4.x writes them, where they differ from what the first importer
 * assumed: the multipath paths as adapter names only, blank vHBA types for RAID controllers and
 * NVMe/TCP adapters, NFS addresses as {@code server path}, VMkernel ports without a Services column
 * and named as administrators name them, and per-tab CSV in a Windows locale's digit grouping.
 * The cells are modelled on what 4.4.3 and 4.7.1.4 exports hold (drivers {@code lsi_mr3},
 * {@code smartpqi}, {@code lpfc}, {@code nvmetcp}; port groups {@code Mng}, {@code Service Console},
 * {@code VMkernel-NVME-A}).
 */
class RvtoolsRealWorldVariantsTest {

    @TempDir
    Path dir;

    private EstateDocument xlsx(RvtoolsExportWriter export) {
        Path file = export.writeXlsx(dir.resolve("RVTools_export_all.xlsx"));
        return new RvtoolsImporter().read(file, "RVTools_export_all.xlsx").document();
    }

    private static Lun lun(EstateDocument doc, String id) {
        return doc.luns().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    private static Vlan vlan(EstateDocument doc, int id) {
        return doc.vlans().stream().filter(v -> v.id() == id).findFirst().orElseThrow();
    }

    /** Two hosts: FC through lpfc, a RAID controller (lsi_mr3, smartpqi) and NVMe/TCP, all with a blank Type. */
    private static RvtoolsExportWriter storage() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vHost", "Host").row("esx01").row("esx02");
        w.tab("vDatastore", "Name", "Address", "Type", "Capacity MiB", "Free MiB", "# Hosts", "Hosts")
                .row("DS-FC-01", null, "VMFS", 4194048, 1048576, 2, "esx01, esx02")
                .row("esx01-local", null, "VMFS", 915456, 601210, 1, "esx01")
                .row("esx02-local", null, "VMFS", 915456, 601210, 1, "esx02")
                .row("DS-NVME", null, "VMFS", 2097152, 1048576, 2, "esx01, esx02")
                .row("ssd-010968", "172.18.60.10 ssd-010968/main", "NFS", 2097152, 1048576, 2, "esx01, esx02");
        w.tab("vHBA", "Host", "Device", "Type", "Status", "Bus", "Pci", "Driver", "Model", "WWN")
                .row("esx01", "vmhba0", null, "Unknown", 24, "0000:18:00.0", "lsi_mr3", "MegaRAID 12GSAS/PCIe Secure SAS39xx", null)
                .row("esx01", "vmhba3", null, "Link Up", 59, "0000:3b:00.0", "lpfc", "Emulex LPe35000/LPe36000 Fibre Channel Adapter", "20:00:00:10:9b:8a:00:01")
                .row("esx01", "vmhba65", null, "Online", null, null, "nvmetcp", "VMware NVMe over TCP Storage Adapter", null)
                .row("esx02", "vmhba1", null, "Unknown", 92, "0000:5c:00.0", "smartpqi", "Smart Array P408i-a SR Gen10", null)
                .row("esx02", "vmhba3", null, "Link Up", 59, "0000:3b:00.0", "lpfc", "Emulex LPe35000/LPe36000 Fibre Channel Adapter", "20:00:00:10:9b:8a:00:02")
                .row("esx02", "vmhba65", null, "Online", null, null, "nvmetcp", "VMware NVMe over TCP Storage Adapter", null);
        RvtoolsExportWriter.TabBuilder paths = w.tab("vMultiPath", "Host", "Datastore", "Disk", "Policy", "Path 1",
                "Path 1 state", "Path 2", "Path 2 state", "Path 3", "Path 3 state", "Path 4", "Path 4 state", "Path 5",
                "Path 5 state", "Path 6", "Path 6 state", "Path 7", "Path 7 state", "Path 8", "Path 8 state", "Vendor", "Model");
        paths.row("esx01", "DS-FC-01", "naa.600a098038314d2d", "VMW_PSP_RR", "vmhba3", "Active (I/O)", "vmhba3", "Dead",
                "vmhba3", "Active (I/O)", "vmhba3", "Dead", "vmhba3", "Active", "vmhba3", "Dead", "vmhba3", "Active",
                "vmhba3", "Dead", "NETAPP", "LUN C-Mode");
        paths.row("esx02", "DS-FC-01", "naa.600a098038314d2d", "VMW_PSP_RR", "vmhba3", "Active (I/O)", "vmhba3", "Active",
                null, null, null, null, null, null, null, null, null, null, null, null, "NETAPP", "LUN C-Mode");
        paths.row("esx01", "esx01-local", "naa.600508b1001c2a3f", "VMW_PSP_FIXED", "vmhba0", "Active (I/O)", null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, "AVAGO", "MR9460-16i");
        paths.row("esx02", "esx02-local", "naa.600508b1001c7e11", "VMW_PSP_FIXED", "vmhba1", "Active (I/O)", null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, "HPE", "LOGICAL VOLUME");
        paths.row("esx01", "DS-NVME", "eui.0025388b91b5a6e1", "VMW_PSP_RR", "vmhba65", "Active (I/O)", "vmhba65",
                "Active (I/O)", null, null, null, null, null, null, null, null, null, null, null, null, "NVMe", "Pure Storage FlashArray");
        return w;
    }

    @Test
    void adapterOnlyPathNamesAreOnePathEachAndKeepTheirStates() {
        MultipathConfig esx01 = xlsx(storage()).multipath().stream().filter(m -> m.id().equals("esx01:DS-FC-01"))
                .findFirst().orElseThrow();
        assertThat(esx01.paths()).as("eight cells, eight paths, though every one names vmhba3").hasSize(8)
                .allSatisfy(p -> assertThat(p.name()).isEqualTo("vmhba3"));
        assertThat(esx01.paths().stream().filter(p -> p.state() == PathState.DEAD)).hasSize(4);
    }

    @Test
    void theProtocolComesFromTheAdapterNamedAloneAndFromTheDriverWhereTheTypeIsBlank() {
        EstateDocument doc = xlsx(storage());
        assertThat(lun(doc, "DS-FC-01").protocol()).as("lpfc behind vmhba3").isEqualTo(Protocol.FC);
        assertThat(lun(doc, "esx01-local").protocol()).as("lsi_mr3, a RAID controller").isEqualTo(Protocol.LOCAL);
        assertThat(lun(doc, "esx01-local").array()).as("a RAID controller's SCSI vendor is no array").isNull();
        assertThat(lun(doc, "esx02-local").protocol()).as("smartpqi, HPE Smart Array").isEqualTo(Protocol.LOCAL);
        assertThat(lun(doc, "DS-NVME").protocol()).as("nvmetcp").isEqualTo(Protocol.NVMEOF);
    }

    @Test
    void anNfsAddressAsRvtoolsWritesItBecomesServerColonPath() {
        assertThat(lun(xlsx(storage()), "ssd-010968").nfsExport()).isEqualTo("172.18.60.10:/ssd-010968/main");
        assertThat(Spellings.nfsExport("nfs01:/vol/ds")).isEqualTo("nfs01:/vol/ds");
        assertThat(Spellings.nfsExport("nfs01 /vol/ds")).isEqualTo("nfs01:/vol/ds");
    }

    @Test
    void vmkernelPortsWithoutServicesTakeTheirPurposeFromTheDeviceAndTheWordsOfTheirName() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vHost", "Host").row("esx01").row("esx02");
        w.tab("vPort", "Host", "Port Group", "Switch", "VLAN")
                .row("esx01", "VMkernel", "vSwitch0", 11).row("esx01", "Mng", "vSwitch0", 12)
                .row("esx02", "Service Console", "vSwitch0", 13).row("esx01", "VMkernel-NVME-A", "vSwitch1", 14)
                .row("esx02", "vm-backup", "vSwitch1", 15).row("esx02", "Web Servers", "vSwitch1", 16);
        // RVTools 4.4 and 4.7 write no Services column
        w.tab("vSC_VMK", "Host", "Port Group", "Device", "Mac Address", "DHCP", "IP Address", "IP 6 Address",
                        "Subnet mask", "Gateway", "IP 6 Gateway", "MTU")
                .row("esx01", "VMkernel", "vmk0", "00:50:56:61:aa:01", false, "10.1.11.21", null, "255.255.255.0", "10.1.11.1", null, 1500)
                .row("esx01", "Mng", "vmk1", "00:50:56:61:aa:02", false, "10.1.12.21", null, "255.255.255.0", null, null, 1500)
                .row("esx02", "Service Console", "vmk1", "00:50:56:61:aa:03", false, "10.1.13.22", null, "255.255.255.0", null, null, 1500)
                .row("esx01", "VMkernel-NVME-A", "vmk2", "00:50:56:61:aa:04", false, "10.1.14.21", null, "255.255.255.0", null, null, 9000)
                .row("esx02", "Web Servers", "vmk3", "00:50:56:61:aa:05", false, "10.1.16.22", null, "255.255.255.0", null, null, 1500);
        EstateDocument doc = xlsx(w);
        assertThat(vlan(doc, 11).purposes()).as("vmk0, whatever its port group's name").containsExactly(VlanPurpose.MANAGEMENT);
        assertThat(vlan(doc, 12).purposes()).containsExactly(VlanPurpose.MANAGEMENT);
        assertThat(vlan(doc, 13).purposes()).containsExactly(VlanPurpose.MANAGEMENT);
        assertThat(vlan(doc, 14).purposes()).containsExactly(VlanPurpose.STORAGE);
        assertThat(vlan(doc, 16).purposes()).as("a name that says nothing: unknown, never vm").isNull();
        assertThat(Spellings.purposeOfPortGroupName("vm-backup")).isEqualTo("backup");
        assertThat(Spellings.purposeOfPortGroupName("Mngr-Desktops")).as("words, not letters").isNull();
        assertThat(Spellings.purposeOfPortGroupName("FT-Logging")).isEqualTo("ft");
        assertThat(Spellings.purposeOfPortGroupName("Software")).as("'ft' inside a word is not FT").isNull();
    }

    /**
     * An export as RVTools 3.x wrote it: sizes in {@code MB} headers, the VMkernel tab named
     * {@code vSC+VMK} without Services, no {@code VI SDK Server} column (the vCenter only in
     * vMetaData), full multipath path names, a {@code Memory} column without unit.
     */
    @Test
    void anRvtools3ExportImportsWithItsOwnTabAndColumnNames() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vInfo", "VM", "Powerstate", "Template", "CPUs", "Memory", "NICs", "Disks", "Host", "Cluster",
                        "Path", "OS according to the configuration file", "Annotation")
                .row("app01", "poweredOn", false, 2, 4096, 1, 1, "esx01.lab", "CL1", "[ds-fc01] app01/app01.vmx",
                        "Microsoft Windows Server 2008 R2 (64-bit)", null);
        w.tab("vHost", "Host", "Cluster", "CPU Model", "# CPU", "Cores per CPU", "# Memory", "ESX Version")
                .row("esx01.lab", "CL1", "Intel(R) Xeon(R) CPU E5-2660 0 @ 2.20GHz", 2, 8, 131072,
                        "VMware ESXi 5.5.0 build-1331820");
        w.tab("vDatastore", "Name", "Type", "Capacity MB", "Free MB", "# Hosts", "Hosts")
                .row("ds-fc01", "VMFS", 1048576, 524288, 1, "esx01.lab");
        w.tab("vHBA", "Host", "Device", "Type", "Model", "WWN").row("esx01.lab", "vmhba2", "Fibre Channel",
                "ISP2532-based 8Gb Fibre Channel to PCI Express HBA", "20:00:00:24:ff:01:02:03");
        w.tab("vMultiPath", "Host", "Datastore", "Disk", "Policy", "Path 1", "Path 1 state", "Path 2", "Path 2 state")
                .row("esx01.lab", "ds-fc01", "naa.600", "VMW_PSP_RR", "vmhba2:C0:T0:L1", "Active (I/O)",
                        "vmhba2:C0:T1:L1", "Active (I/O)");
        w.tab("vPort", "Host", "Port Group", "Switch", "VLAN").row("esx01.lab", "Management Network", "vSwitch0", 10);
        w.tab("vSC+VMK", "Host", "Port Group", "Device", "IP Address").row("esx01.lab", "Management Network", "vmk0",
                "10.0.10.11");
        w.tab("vMetaData", "RVTools version", "xlsx creation datetime", "Server")
                .row("3.11.9", java.time.LocalDateTime.of(2019, 5, 6, 14, 2, 11), "vc55.lab");
        EstateDocument doc = xlsx(w);
        assertThat(doc.estate().sources()).singleElement().satisfies(source -> {
            assertThat(source.id()).isEqualTo("vc55.lab");
            assertThat(source.tool()).isEqualTo("RVTools 3.11.9");
            assertThat(source.skipped()).isEmpty();
        });
        Vm vm = doc.vms().get(0);
        assertThat(vm.memoryGb()).isEqualTo(4.0);
        assertThat(vm.datastores()).containsExactly("ds-fc01");
        assertThat(lun(doc, "ds-fc01").protocol()).isEqualTo(Protocol.FC);
        assertThat(lun(doc, "ds-fc01").capacityGb()).isEqualTo(1024.0);
        assertThat(doc.hosts().get(0).memoryGb()).isEqualTo(128.0);
        assertThat(doc.hosts().get(0).networks()).extracting(Host.HostNetwork::vlan, Host.HostNetwork::portGroup)
                .containsExactly(tuple(10, "esx01.lab/vSwitch0/Management Network"));
        assertThat(vlan(doc, 10).purposes()).as("vmk0 is management").containsExactly(VlanPurpose.MANAGEMENT);
        assertThat(doc.multipath().get(0).paths()).hasSize(2);
    }

    @Test
    void aTotalsRowOfFormulasIsNoObjectButATotalsRowTypedInIsSkipped() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vInfo", "VM", "Powerstate", "CPUs", "Memory", "Host")
                .row("web01", "poweredOn", 2, 4096, "esx01")
                .row("web02", "poweredOn", 4, 8192, "esx01")
                .row(null, null, new RvtoolsExportWriter.Formula("SUM(C2:C3)"), new RvtoolsExportWriter.Formula("SUM(D2:D3)"))
                .row(null, "total", 6, 12288);
        Path file = w.writeXlsx(dir.resolve("RVTools_export_all.xlsx"));
        var read = new RvtoolsImporter().read(file, "RVTools_export_all.xlsx");
        assertThat(read.document().vms()).extracting(v -> v.id()).containsExactly("web01", "web02");
        assertThat(read.warnings()).extracting(e -> e.render())
                .containsExactly("RVTools_export_all.xlsx:vInfo!5: row skipped: no VM");
        assertThat(read.document().estate().sources().get(0).skipped())
                .extracting(r -> r.at()).containsExactly("vInfo!5");
    }

    @Test
    void distributedPortGroupsAreOnePerSwitchAndTheUplinkPortGroupIsToldByNameOrByNoVlanAndNoActiveUplink() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vHost", "Host").row("esx01").row("esx02");
        w.tab("vNIC", "Host", "Network Device", "Switch")
                .row("esx01", "vmnic2", "DS_Prod").row("esx02", "vmnic2", "DS_Prod");
        w.tab("dvPort", "Port", "Switch", "Type", "VLAN", "Active Uplink")
                .row("DPortGroup_DB", "DS_Prod", "earlyBinding", 120, "Uplink 1, Uplink 2")
                .row("DS_Prod-DVUplinks-34", "DS_Prod", "earlyBinding", "0-4094", null)
                .row("Spare", "DS_Prod", "ephemeral", null, null)
                .row("NoVlanYet", "DS_Prod", "ephemeral", null, "Uplink 1");
        EstateDocument doc = xlsx(w);
        assertThat(doc.portGroups()).extracting(PortGroup::id, PortGroup::vlan, PortGroup::uplink, PortGroup::hosts)
                .containsExactly(
                        tuple("DS_Prod/DPortGroup_DB", 120, null, List.of("esx01", "esx02")),
                        tuple("DS_Prod/DS_Prod-DVUplinks-34", null, true, List.of("esx01", "esx02")),
                        tuple("DS_Prod/Spare", null, true, List.of("esx01", "esx02")),
                        tuple("DS_Prod/NoVlanYet", null, null, List.of("esx01", "esx02")));
    }

    /**
     * A host whose management vmk sits untagged on vSwitch0 with two NICs and whose BMC's USB NIC
     * ({@code vusb0}) sits untagged on vSwitchBMC, as Dell iDRAC and HPE iLO set it up: VLAN 0 on
     * two switches is two networks, and NET-005 must judge the management port group alone.
     */
    @Test
    void untaggedPortGroupsAreOnePerSwitchAndHostAndVlanZeroIsUntaggedWithoutPurposes() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vHost", "Host").row("esx01");
        w.tab("vSwitch", "Host", "Datacenter", "Cluster", "Switch", "# Ports", "Free Ports", "MTU")
                .row("esx01", "DC1", "CL1", "vSwitch0", 2560, 2540, 1500)
                .row("esx01", "DC1", "CL1", "vSwitchBMC", 2560, 2556, 1500);
        w.tab("vPort", "Host", "Port Group", "Switch", "VLAN")
                .row("esx01", "Management Network", "vSwitch0", 0)
                .row("esx01", "BMC_Network", "vSwitchBMC", 0);
        w.tab("vNIC", "Host", "Network Device", "Driver", "Speed", "Duplex", "MAC", "Switch")
                .row("esx01", "vmnic0", "ixgben", 10000, "Full", "3c:fd:fe:00:00:01", "vSwitch0")
                .row("esx01", "vmnic1", "ixgben", 10000, "Full", "3c:fd:fe:00:00:02", "vSwitch0")
                .row("esx01", "vusb0", "cdce", 100, "Full", "b0:26:28:00:00:03", "vSwitchBMC");
        w.tab("vSC_VMK", "Host", "Port Group", "Device", "Mac Address", "DHCP", "IP Address", "MTU")
                .row("esx01", "Management Network", "vmk0", "00:50:56:61:aa:01", false, "10.1.11.21", 1500)
                .row("esx01", "BMC_Network", "vmk1", "00:50:56:61:aa:02", true, "169.254.0.2", 1500);
        EstateDocument doc = xlsx(w);
        assertThat(vlan(doc, 0).name()).isEqualTo("untagged");
        assertThat(vlan(doc, 0).purposes()).as("VLAN 0 is no one network").isNull();
        assertThat(doc.portGroups()).extracting(PortGroup::id, PortGroup::switchName, PortGroup::vlan, PortGroup::purposes)
                .containsExactly(
                        tuple("esx01/vSwitch0/Management Network", "vSwitch0", 0, List.of(VlanPurpose.MANAGEMENT)),
                        tuple("esx01/vSwitchBMC/BMC_Network", "vSwitchBMC", 0, null));
        Host host = doc.hosts().get(0);
        assertThat(host.networks()).extracting(Host.HostNetwork::portGroup, Host.HostNetwork::uplinks).containsExactly(
                tuple("esx01/vSwitch0/Management Network", List.of("vmnic0", "vmnic1")),
                tuple("esx01/vSwitchBMC/BMC_Network", List.of("vusb0")));
        Estate estate = new EstateAssembler(TestEstates.CLOCK).assemble(
                new RvtoolsImporter().read(dir.resolve("RVTools_export_all.xlsx"), "RVTools_export_all.xlsx"));
        assertThat(TestEstates.evaluate(estate).findings()).extracting(f -> f.ruleId())
                .as("the BMC's one USB NIC is not the management network's").doesNotContain("NET-005");
    }

    @Test
    void backupEvidenceInBackupProductsCustomAttributesGivesTheLatestSuccess() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vInfo", "VM", "Powerstate", "Host", "Annotation", "Backup", "Rubrik_LastBackup", "Last EMC vProxy Backup",
                        "NB_LAST_BACKUP", "Datacenter", "Cluster")
                .row("web01", "poweredOn", "esx01", null, null,
                        "Last Backup successfully completed at Thu May 29 22:10:08 UTC 2025", null, null, "DC1", "CL1")
                .row("db01", "poweredOn", "esx01", "vRanger Backup & Replication: Type [Full] Result [Success]"
                        + " Time [21/09/2013 15:08:31] Repository [ESXi_DD]", null, null,
                        "Backup Server=grpsrvbck, Policy=VProxy, StartTime=2023-10-30T00:48:53Z,"
                        + " EndTime=2023-10-30T00:52:58Z", "Sat Jan 20 05:26:53 2018\n,apntbkup01,VMWare_ESX_50_FlashBackup",
                        "DC1", "CL1")
                .row("app01", "poweredOn", "esx01", "owner: Anna", "weekly", "Backup failed", null, null, "DC1", "CL1");
        EstateDocument doc = xlsx(w);
        java.util.Map<String, Vm> vms = new java.util.HashMap<>();
        doc.vms().forEach(v -> vms.put(v.id(), v));
        assertThat(vms.get("web01").backup().lastSuccess().at()).isEqualTo(java.time.Instant.parse("2025-05-29T22:10:08Z"));
        assertThat(vms.get("db01").backup().lastSuccess().at()).as("the latest of vProxy, NetBackup and vRanger")
                .isEqualTo(java.time.Instant.parse("2023-10-30T00:52:58Z"));
        assertThat(vms.get("app01").backup()).as("a value in no product's shape gives no time").isNull();
    }

    @Test
    void anEmptyTabWhoseHeaderLacksAKeyColumnIsIgnored() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vInfo", "VM", "Powerstate", "Host").row("web01", "poweredOn", "esx01");
        // real exports carry tabs of features nobody uses, with partial headers and no rows
        w.tab("vMultiPath", "Datastore", "Disk", "Policy");
        w.tab("vNIC", "Switch", "Network Device");
        EstateDocument doc = xlsx(w);
        assertThat(doc.vms()).extracting(Vm::id).containsExactly("web01");
        assertThat(doc.multipath()).isNullOrEmpty();
    }

    @Test
    void aTabWithRowsNamesEveryRequiredColumnItLacksOnce() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vInfo", "VM", "Powerstate", "CPUs").row("web01", "poweredOn", 2).row("web02", "poweredOn", 4);
        w.tab("vMultiPath", "Disk", "Policy").row("naa.1", "VMW_PSP_RR");
        var e = org.junit.jupiter.api.Assertions.assertThrows(io.virtaudit.input.InputException.class, () -> xlsx(w));
        assertThat(e.errors()).extracting(io.virtaudit.input.InputError::render)
                .containsExactly("RVTools_export_all.xlsx:vInfo!1: missing required column 'Host'");
    }

    @Test
    void aVDiskTabWithoutAPathColumnLeavesTheDatastoresUnknown() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vInfo", "VM", "Powerstate", "Host").row("web01", "poweredOn", "esx01");
        w.tab("vDisk", "VM", "Disk", "Capacity MiB").row("web01", "Hard disk 1", 40960);
        assertThat(xlsx(w).vms().get(0).datastores()).as("unknown, not none").isNull();
        RvtoolsExportWriter withPath = new RvtoolsExportWriter();
        withPath.tab("vInfo", "VM", "Powerstate", "Host").row("web01", "poweredOn", "esx01");
        withPath.tab("vDisk", "VM", "Disk", "Capacity MiB", "Disk Path")
                .row("web01", "Hard disk 1", 40960, "[DS-01] web01/web01.vmdk");
        assertThat(xlsx(withPath).vms().get(0).datastores()).containsExactly("DS-01");
    }

    @Test
    void vSphereClusterServicesVmsAreAgents() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vInfo", "VM", "Powerstate", "CPUs", "Memory", "Host", "Annotation", "OS according to the configuration file",
                        "OS according to the VMware Tools")
                .row("vCLS-4c4c4544-0042-5110-8035-b6c04f4e4d32", "poweredOn", 1, 128, "esx01",
                        "vSphere Cluster Service VM is deployed from an OVA with a minimal installed profile of PhotonOS.",
                        "Other 3.x or later Linux (64-bit)", null)
                .row("vCLS (1)", "poweredOn", 1, 128, "esx02", null, "VMware Photon OS (64-bit)", "VMware Photon OS (64-bit)")
                .row("vCLS", "poweredOn", 2, 4096, "esx01", "our own app, named badly", "Microsoft Windows Server 2019 (64-bit)", null)
                .row("web01", "poweredOn", 2, 4096, "esx01", null, "Ubuntu Linux (64-bit)", null);
        java.util.Map<String, Vm> vms = new java.util.HashMap<>();
        xlsx(w).vms().forEach(v -> vms.put(v.id(), v));
        assertThat(vms.get("vCLS-4c4c4544-0042-5110-8035-b6c04f4e4d32").isAgent()).isTrue();
        assertThat(vms.get("vCLS (1)").isAgent()).isTrue();
        assertThat(vms.get("vCLS").isAgent()).as("the name alone, without Photon or the annotation").isFalse();
        assertThat(vms.get("web01").agent()).isNull();
    }

    @Test
    void perTabCsvInAWindowsLocaleWithDigitGroups() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("export"));
        Files.writeString(folder.resolve("RVTools_tabvInfo.csv"), """
                "VM","Powerstate","Template","CPUs","Memory","Host","Cluster","VI SDK Server"
                "db01","poweredOn","False","8","16,384","esx01","CL1","vc01"
                "db02","poweredOn","False","16","1,048,576","esx01","CL1","vc01"
                """);
        Files.writeString(folder.resolve("RVTools_tabvHost.csv"), """
                "Host","Cluster","# Memory","# CPU","Cores per CPU"
                "esx01","CL1","2,097,152","2","24"
                """);
        EstateDocument doc = new RvtoolsImporter().read(folder, "export").document();
        Vm db01 = doc.vms().stream().filter(v -> v.id().equals("db01")).findFirst().orElseThrow();
        Vm db02 = doc.vms().stream().filter(v -> v.id().equals("db02")).findFirst().orElseThrow();
        assertThat(db01.memoryGb()).isEqualTo(16.0);
        assertThat(db02.memoryGb()).isEqualTo(1024.0);
        assertThat(doc.hosts().get(0).memoryGb()).isEqualTo(2048.0);
        assertThat(List.of(db01.vcpus(), db02.vcpus())).containsExactly(8, 16);
    }
}
