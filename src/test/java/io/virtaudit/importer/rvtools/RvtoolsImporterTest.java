package io.virtaudit.importer.rvtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.virtaudit.TestEstates;
import io.virtaudit.importer.EstateAssembler;
import io.virtaudit.importer.EstateDocument;
import io.virtaudit.input.InputError;
import io.virtaudit.input.InputException;
import io.virtaudit.importer.SourcedDocument;
import io.virtaudit.model.AdmissionControl;
import io.virtaudit.model.BackupTime;
import io.virtaudit.model.Cluster;
import io.virtaudit.model.Estate;
import io.virtaudit.model.Host;
import io.virtaudit.model.Lun;
import io.virtaudit.model.MultipathConfig;
import io.virtaudit.model.PathPolicy;
import io.virtaudit.model.PathState;
import io.virtaudit.model.PowerState;
import io.virtaudit.model.Protocol;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.SwitchType;
import io.virtaudit.model.ToolsStatus;
import io.virtaudit.model.Vlan;
import io.virtaudit.model.VlanPurpose;
import io.virtaudit.model.EstateInfo;
import io.virtaudit.model.SourceKind;
import io.virtaudit.model.Vm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each tab's mapping, the spelling variants of RVTools versions, errors and locations. */
class RvtoolsImporterTest {

    private static final String FILE = "RVTools_export.xlsx";
    private static final String VC = "vc01.acme.local";

    @TempDir
    Path dir;

    private SourcedDocument read(RvtoolsExportWriter export) {
        Path file = export.writeXlsx(dir.resolve(FILE));
        return new RvtoolsImporter().read(file, FILE);
    }

    private EstateDocument document(RvtoolsExportWriter export) {
        return read(export).document();
    }

    private Estate estate(RvtoolsExportWriter export) {
        return new EstateAssembler(TestEstates.CLOCK).assemble(read(export));
    }

    private InputError error(RvtoolsExportWriter export) {
        InputException e = assertThrows(InputException.class, () -> read(export));
        return e.errors().get(0);
    }

    private static Vm vm(EstateDocument doc, String id) {
        return doc.vms().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    private static Host host(EstateDocument doc, String id) {
        return doc.hosts().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    private static Lun lun(EstateDocument doc, String id) {
        return doc.luns().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    private static Vlan vlan(EstateDocument doc, int id) {
        return doc.vlans().stream().filter(v -> v.id() == id).findFirst().orElseThrow();
    }

    /** A vInfo tab with the columns most tests need. */
    private static RvtoolsExportWriter.TabBuilder vInfo(RvtoolsExportWriter w) {
        return w.tab("vInfo", "VM", "Powerstate", "Template", "CPUs", "Memory", "Host", "Cluster", "Path",
                "Network #1", "Network #2", "VI SDK Server");
    }

    // ---- vInfo --------------------------------------------------------------------------------

    @Test
    void vInfoGivesTheVmFields() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vInfo", "VM", "Powerstate", "Template", "Config status", "CPUs", "Memory", "Host", "Cluster",
                        "OS according to the configuration file", "OS according to the VMware Tools",
                        "Latency Sensitivity", "Creation date", "Backup status", "Last backup", "Path", "Annotation",
                        "VM UUID", "VI SDK Server")
                .row("trade01", "poweredOn", false, "green", 8, 32768, "esx01", "CL1", "Red Hat Enterprise Linux 8 (64-bit)",
                        "Red Hat Enterprise Linux 8.9 (64-bit)", "high", LocalDateTime.of(2023, 11, 6, 9, 30),
                        "Success", LocalDateTime.of(2026, 11, 19, 22, 5), "[DS1] trade01/trade01.vmx", "Trading",
                        "5012aa", VC)
                .row("old01", "poweredOff", false, "green", 2, 4096, "esx01", "CL1", "CentOS 7 (64-bit)", null,
                        "normal", null, null, "never", "[DS1] old01/old01.vmx", null, null, VC)
                .row("tpl01", "poweredOff", true, "green", 1, 2048, "esx01", "CL1", "Other (64-bit)", null,
                        "medium", null, "Failed", LocalDateTime.of(2026, 11, 1, 1, 0), "[DS2] tpl01/tpl01.vmtx",
                        null, null, VC)
                .row("susp01", "suspended", false, "green", 1, 1536, "esx01", "CL1", null, null, null, null, null,
                        null, null, null, null, VC);
        EstateDocument doc = document(w);

        Vm trade = vm(doc, "trade01");
        assertThat(trade.host()).isEqualTo("esx01");
        assertThat(trade.powerState()).isEqualTo(PowerState.ON);
        assertThat(trade.template()).isFalse();
        assertThat(trade.vcpus()).isEqualTo(8);
        assertThat(trade.memoryGb()).isEqualTo(32.0);
        assertThat(trade.guestOs()).isEqualTo("Red Hat Enterprise Linux 8.9 (64-bit)");
        assertThat(trade.timingSensitive()).isTrue();
        assertThat(trade.createdAt()).isEqualTo(Instant.parse("2023-11-06T09:30:00Z"));
        assertThat(trade.backup().lastSuccess()).isEqualTo(new BackupTime(Instant.parse("2026-11-19T22:05:00Z")));
        assertThat(trade.datastores()).containsExactly("DS1");
        assertThat(trade.labels()).isEqualTo(Map.of("annotation", "Trading", "uuid", "5012aa"));
        assertThat(trade.networks()).as("no vPort or dvPort tab: networks unknown").isNull();
        assertThat(trade.tools()).as("no vTools tab").isNull();
        assertThat(trade.snapshots()).as("no vSnapshot tab").isNull();

        Vm old = vm(doc, "old01");
        assertThat(old.powerState()).isEqualTo(PowerState.OFF);
        assertThat(old.guestOs()).as("the configuration file's OS when Tools report none").isEqualTo("CentOS 7 (64-bit)");
        assertThat(old.timingSensitive()).as("normal leaves it unknown").isNull();
        assertThat(old.backup().lastSuccess()).isEqualTo(BackupTime.NEVER);

        Vm tpl = vm(doc, "tpl01");
        assertThat(tpl.template()).isTrue();
        assertThat(tpl.timingSensitive()).isNull();
        assertThat(tpl.backup()).as("a failed last backup says nothing of the last success").isNull();
        assertThat(vm(doc, "susp01").powerState()).isEqualTo(PowerState.SUSPENDED);

        assertThat(doc.hosts()).extracting(Host::id).containsExactly("esx01");
        assertThat(host(doc, "esx01").cluster()).as("a host only vInfo names takes its cluster").isEqualTo("CL1");
        assertThat(host(doc, "esx01").product().wireName()).isEqualTo("esxi");
        assertThat(doc.luns()).extracting(Lun::id).containsExactly("DS1", "DS2");
        assertThat(doc.estate().name()).as("no vMetaData: the file name").isEqualTo("RVTools_export");
        assertThat(doc.estate().source()).isEqualTo("RVTools export of " + VC);
        assertThat(doc.formatVersion()).isEqualTo(1);
    }

    @Test
    void aWrongPowerStateOrNumberIsAWarningAtItsCellAndLeavesTheFieldUnknown() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        vInfo(w).row("a", "poweredOn", false, 2, 1024, "esx01")
                .row("b", "running", false, 2, 1024, "esx01")
                .row("c", "poweredOn", false, "two", 1024, "esx01");
        SourcedDocument read = read(w);
        assertThat(read.warnings()).extracting(InputError::render).containsExactly(
                FILE + ":vInfo!B3: invalid value 'running' in column 'Powerstate': expected poweredOn, poweredOff or suspended"
                        + "; the field is left unknown",
                FILE + ":vInfo!D4: invalid value 'two' in column 'CPUs': expected a whole number; the field is left unknown");
        assertThat(vm(read.document(), "b").powerState()).isNull();
        assertThat(vm(read.document(), "b").vcpus()).isEqualTo(2);
        assertThat(vm(read.document(), "c").vcpus()).isNull();
        assertThat(vm(read.document(), "c").powerState()).isEqualTo(PowerState.ON);
    }

    @Test
    void aRowRepeatingAVmUnderOneServerIsSkipped() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        vInfo(w).row("a", "poweredOn", false, 2, 1024, "esx01", null, null, null, null, VC)
                .row("a", "poweredOn", false, 2, 1024, "esx02", null, null, null, null, VC);
        SourcedDocument read = read(w);
        assertThat(read.warnings()).extracting(InputError::render)
                .containsExactly(FILE + ":vInfo!3: row skipped: repeats vInfo!2 (VM a)");
        assertThat(read.document().vms()).extracting(Vm::id, Vm::host).containsExactly(tuple("a", "esx01"));
        assertThat(read.document().estate().sources()).singleElement().satisfies(source -> {
            assertThat(source.id()).isEqualTo(VC);
            assertThat(source.skipped()).containsExactly(new EstateInfo.SkippedRow("vInfo!3", "repeats vInfo!2 (VM a)"));
        });
    }

    // ---- vTools, vSnapshot, vDisk ------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"toolsOk, ok", "toolsOld, outdated", "toolsNotRunning, not-running", "toolsNotInstalled, not-installed"})
    void vToolsGivesTheToolsStatus(String rvtools, String wire) {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        vInfo(w).row("a", "poweredOn", false, 2, 1024, "esx01");
        w.tab("vTools", "VM", "Powerstate", "Tools", "Tools Version").row("a", "poweredOn", rvtools, 12352);
        assertThat(vm(document(w), "a").tools()).isEqualTo(io.virtaudit.model.Wire.parse(ToolsStatus.class, wire));
    }

    @Test
    void vSnapshotGivesSnapshotsAndNoneForTheOthers() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        vInfo(w).row("a", "poweredOn", false, 2, 1024, "esx01").row("b", "poweredOn", false, 2, 1024, "esx01");
        w.tab("vSnapshot", "VM", "Powerstate", "Name", "Description", "Date / time")
                .row("a", "poweredOn", "before patch", "CHG1", LocalDateTime.of(2026, 9, 30, 22, 10, 4))
                .row("a", "poweredOn", "after patch", null, "2026/10/01 08:00:00");
        EstateDocument doc = document(w);
        assertThat(vm(doc, "a").snapshots()).containsExactly(
                new Vm.Snapshot("before patch", Instant.parse("2026-09-30T22:10:04Z")),
                new Vm.Snapshot("after patch", Instant.parse("2026-10-01T08:00:00Z")));
        assertThat(vm(doc, "b").snapshots()).as("vSnapshot read, no rows of b: none").isEmpty();
    }

    @Test
    void vDiskAddsEveryDisksDatastore() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        vInfo(w).row("db01", "poweredOn", false, 2, 1024, "esx01", null, "[DS1] db01/db01.vmx");
        w.tab("vDisk", "VM", "Disk", "Capacity MiB", "Path")
                .row("db01", "Hard disk 1", 102400, "[DS1] db01/db01.vmdk")
                .row("db01", "Hard disk 2", 2097152, "[DS-LOGS] db01/db01_1.vmdk")
                .row("db01", "Hard disk 3", 2097152, "[DS-LOGS] db01/db01_2.vmdk");
        assertThat(vm(document(w), "db01").datastores()).containsExactly("DS1", "DS-LOGS");
    }

    // ---- vHost, vCluster ---------------------------------------------------------------------

    private static RvtoolsExportWriter.TabBuilder vHost(RvtoolsExportWriter w) {
        return w.tab("vHost", "Host", "Datacenter", "Cluster", "in Maintenance Mode", "CPU Model", "# CPU",
                "Cores per CPU", "# Cores", "# Memory", "# NICs", "# HBAs", "ESX Version", "NTP Server(s)", "Vendor",
                "Model", "VI SDK Server");
    }

    @Test
    void vHostGivesTheHostFields() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        vHost(w).row("esx01", "DC", "CL1", false, "Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz", 2, 32, 64, 524288, 6, 3,
                        "VMware ESXi 8.0.2 build-22380479", "ntp1.acme.local, ntp2.acme.local", "Dell Inc.",
                        "PowerEdge R750", VC)
                .row("esx02", "DC", "CL1", true, "AMD EPYC 9354 32-Core Processor", 1, 32, 32, 262144, 4, 2,
                        "VMware ESXi 7.0.3 build-21930508", null, "HPE", "ProLiant DL385 Gen11", VC);
        w.tab("vCluster", "Name", "HA enabled", "Failover Level", "AdmissionControlEnabled", "DRS enabled")
                .row("CL1", true, 1, true, false);
        EstateDocument doc = document(w);
        Host esx01 = host(doc, "esx01");
        assertThat(esx01.cluster()).isEqualTo("CL1");
        assertThat(esx01.managedBy()).isEqualTo(VC);
        assertThat(esx01.hypervisor()).isEqualTo(new Host.Hypervisor(io.virtaudit.model.Product.ESXI, "8.0.2", "22380479", null));
        assertThat(esx01.cpu()).isEqualTo(new Host.Cpu("Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz", null, 2, 32, null));
        assertThat(esx01.memoryGb()).isEqualTo(512.0);
        assertThat(esx01.nics()).isEqualTo(6);
        assertThat(esx01.hbas()).isEqualTo(3);
        assertThat(esx01.ntpServers()).containsExactly("ntp1.acme.local", "ntp2.acme.local");
        assertThat(esx01.maintenance()).isNull();
        assertThat(esx01.networks()).as("no vSC_VMK tab").isNull();
        assertThat(esx01.labels()).isEqualTo(Map.of("hardwareVendor", "Dell Inc.", "hardwareModel", "PowerEdge R750"));
        Host esx02 = host(doc, "esx02");
        assertThat(esx02.hypervisor().version()).isEqualTo("7.0.3");
        assertThat(esx02.ntpServers()).as("an empty NTP cell: RVTools read none").isEmpty();
        assertThat(esx02.maintenance()).isNotNull();
        assertThat(esx02.inMaintenance()).isTrue();
    }

    @Test
    void aMissingNtpColumnLeavesNtpUnknown() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vHost", "Host", "ESX Version").row("esx01", "VMware ESXi 6.7.0 build-17167734");
        Host esx01 = host(document(w), "esx01");
        assertThat(esx01.ntpServers()).isNull();
        assertThat(esx01.hypervisor().version()).isEqualTo("6.7.0");
        assertThat(esx01.cluster()).isNull();
    }

    @Test
    void vClusterGivesHaAdmissionControlAndDrs() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vCluster", "Name", "HA enabled", "Failover Level", "AdmissionControlEnabled", "DRS enabled")
                .row("CL-PROD", true, 1, true, true)
                .row("CL-DEV", false, 1, false, false)
                .row("CL-LAB", null, null, null, null);
        EstateDocument doc = document(w);
        assertThat(doc.clusters()).containsExactly(
                new Cluster("CL-PROD", null, new Cluster.Ha(true, AdmissionControl.HOSTS, 1, null, null, null), true, null, null),
                new Cluster("CL-DEV", null, new Cluster.Ha(false, AdmissionControl.DISABLED, null, null, null, null), false, null, null),
                new Cluster("CL-LAB", null, null, null, null, null));
    }

    // ---- storage -----------------------------------------------------------------------------

    private static RvtoolsExportWriter storage() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vHost", "Host").row("esx01").row("esx02");
        w.tab("vDatastore", "Name", "Address", "Type", "Capacity MiB", "Free MiB", "# Hosts", "Hosts")
                .row("DS-FC", null, "VMFS", 1048576, 262144, 2, "esx01, esx02")
                .row("DS-ISCSI", null, "VMFS", 524288, 524288, 2, "esx01, esx02")
                .row("DS-NFS", "nfs01:/vol/ds", "NFS", 2097152, 1048576, 2, "esx01, esx02")
                .row("DS-NFS41", "nfs02:/vol/ds41", "NFS41", 2097152, 1048576, 1, "esx01")
                .row("vsanDatastore", null, "vsan", 8388608, 4194304, 2, "esx01, esx02")
                .row("esx01-local", null, "VMFS", 915456, 601210, 1, "esx01")
                .row("DS-VVOL", null, "VVOL", 1048576, 1048576, 2, "esx01, esx02");
        w.tab("vHBA", "Host", "Device", "Type", "WWN")
                .row("esx01", "vmhba0", "Block SCSI", null)
                .row("esx01", "vmhba2", "Fibre Channel", "20:00:00:10:9b:01:02:11 10:00:00:10:9b:01:02:11")
                .row("esx01", "vmhba64", "iSCSI", "iqn.1998-01.com.vmware:esx01")
                .row("esx02", "vmhba2", "Fibre Channel", "20:00:00:10:9b:02:02:11 10:00:00:10:9b:02:02:11")
                .row("esx02", "vmhba64", "iSCSI", "iqn.1998-01.com.vmware:esx02");
        w.tab("vMultiPath", "Host", "Datastore", "Disk", "Policy", "Path 1", "Path 1 state", "Path 2", "Path 2 state",
                        "Path 3", "Path 3 state", "Vendor", "Model")
                .row("esx01", "DS-FC", "naa.1", "VMW_PSP_RR", "vmhba2:C0:T0:L1", "Active (I/O)", "vmhba2:C0:T1:L1", "Active",
                        "vmhba2:C0:T2:L1", "Dead", "NETAPP  ", "LUN C-Mode")
                .row("esx02", "DS-FC", "naa.1", "VMW_PSP_MRU", "vmhba2:C0:T0:L1", "Standby", "vmhba2:C0:T1:L1", "Active",
                        null, null, "NETAPP  ", "LUN C-Mode")
                .row("esx01", "DS-ISCSI", "naa.2", "VMW_PSP_FIXED", "vmhba64:C0:T0:L2", "Active (I/O)", null, null,
                        null, null, "DGC", "VRAID")
                .row("esx02", "DS-ISCSI", "naa.2", "VMW_PSP_XYZ", "vmhba64:C0:T0:L2", "Disabled", null, null,
                        null, null, "DGC", "VRAID")
                .row("esx01", "esx01-local", "t10.ATA", "VMW_PSP_FIXED", "vmhba0:C0:T0:L0", "Active (I/O)", null, null,
                        null, null, "ATA", "MZ7LH960")
                .row("esx01", null, "naa.rdm", "VMW_PSP_RR", "vmhba2:C0:T0:L9", "Active", null, null, null, null,
                        "PURE", "FlashArray");
        return w;
    }

    @Test
    void vDatastoreGivesLunsAndTheirProtocols() {
        EstateDocument doc = document(storage());
        Lun fc = lun(doc, "DS-FC");
        assertThat(fc.protocol()).isEqualTo(Protocol.FC);
        assertThat(fc.capacityGb()).isEqualTo(1024.0);
        assertThat(fc.freeGb()).isEqualTo(256.0);
        assertThat(fc.hosts()).containsExactly("esx01", "esx02");
        assertThat(fc.array()).isEqualTo(new Lun.Array("netapp", null, null));
        assertThat(fc.labels()).containsEntry("scsiModel", "LUN C-Mode");
        assertThat(fc.nfsExport()).isNull();
        assertThat(lun(doc, "DS-ISCSI").protocol()).isEqualTo(Protocol.ISCSI);
        assertThat(lun(doc, "DS-ISCSI").array().vendor()).isEqualTo("dell");
        assertThat(lun(doc, "DS-NFS").protocol()).isEqualTo(Protocol.NFS3);
        assertThat(lun(doc, "DS-NFS").nfsExport()).isEqualTo("nfs01:/vol/ds");
        assertThat(lun(doc, "DS-NFS41").protocol()).isEqualTo(Protocol.NFS41);
        assertThat(lun(doc, "vsanDatastore").protocol()).isEqualTo(Protocol.VSAN);
        assertThat(lun(doc, "esx01-local").protocol()).isEqualTo(Protocol.LOCAL);
        assertThat(lun(doc, "esx01-local").array()).as("a local disk is no array").isNull();
        assertThat(lun(doc, "DS-VVOL").protocol()).isNull();
        assertThat(doc.luns()).extracting(Lun::id).doesNotContain("naa.rdm");
    }

    @Test
    void aLocalAdapterSeenByTwoHostsIsNotLocal() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vDatastore", "Name", "Type", "# Hosts").row("DS-SAS", "VMFS", 2);
        w.tab("vHBA", "Host", "Device", "Type").row("esx01", "vmhba1", "Block SCSI").row("esx02", "vmhba1", "Block SCSI");
        w.tab("vMultiPath", "Host", "Datastore", "Path 1", "Path 1 state")
                .row("esx01", "DS-SAS", "vmhba1:C0:T0:L0", "Active").row("esx02", "DS-SAS", "vmhba1:C0:T0:L0", "Active");
        assertThat(lun(document(w), "DS-SAS").protocol()).isNull();
    }

    @Test
    void vMultiPathGivesPoliciesAndPathStates() {
        EstateDocument doc = document(storage());
        Map<String, MultipathConfig> byId = new java.util.HashMap<>();
        doc.multipath().forEach(m -> byId.put(m.id(), m));
        assertThat(byId).containsOnlyKeys("esx01:DS-FC", "esx02:DS-FC", "esx01:DS-ISCSI", "esx02:DS-ISCSI",
                "esx01:esx01-local");
        MultipathConfig fc1 = byId.get("esx01:DS-FC");
        assertThat(fc1.policy()).isEqualTo(PathPolicy.ROUND_ROBIN);
        assertThat(fc1.paths()).containsExactly(
                new MultipathConfig.Path("vmhba2:C0:T0:L1", PathState.ACTIVE, null),
                new MultipathConfig.Path("vmhba2:C0:T1:L1", PathState.ACTIVE, null),
                new MultipathConfig.Path("vmhba2:C0:T2:L1", PathState.DEAD, null));
        assertThat(fc1.alua()).as("RVTools has no SATP").isNull();
        assertThat(fc1.satp()).isNull();
        assertThat(byId.get("esx02:DS-FC").policy()).isEqualTo(PathPolicy.MRU);
        assertThat(byId.get("esx02:DS-FC").paths()).extracting(MultipathConfig.Path::state)
                .containsExactly(PathState.STANDBY, PathState.ACTIVE);
        assertThat(byId.get("esx01:DS-ISCSI").policy()).isEqualTo(PathPolicy.FIXED);
        assertThat(byId.get("esx02:DS-ISCSI").policy()).isEqualTo(PathPolicy.OTHER);
        assertThat(byId.get("esx02:DS-ISCSI").paths().get(0).state()).as("Disabled is no state of the format").isNull();
    }

    @ParameterizedTest
    @CsvSource({"NETAPP, netapp", "PURE, pure", "DGC, dell", "DELL, dell", "EMC, dell", "3PARdata, hpe", "HPE, hpe",
            "HP, hpe", "HITACHI, hitachi", "IBM, ibm", "FUJITSU, fujitsu", "'NETAPP  ', netapp"})
    void vendorStringsBecomeVendorNames(String scsiVendor, String vendor) {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vDatastore", "Name", "Type").row("DS1", "VMFS");
        w.tab("vMultiPath", "Host", "Datastore", "Policy", "Path 1", "Path 1 state", "Vendor", "Model")
                .row("esx01", "DS1", "VMW_PSP_RR", "vmhba2:C0:T0:L1", "Active", scsiVendor, "Model X");
        assertThat(lun(document(w), "DS1").array().vendor()).isEqualTo(vendor);
    }

    @Test
    void extentsOfOneDatastoreGiveOneEntryPerHost() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vMultiPath", "Host", "Datastore", "Disk", "Policy", "Path 1", "Path 1 state", "Path 2", "Path 2 state")
                .row("esx01", "DS1", "naa.1", "VMW_PSP_RR", "vmhba2:C0:T0:L1", "Active", "vmhba3:C0:T0:L1", "Active")
                .row("esx01", "DS1", "naa.2", "VMW_PSP_RR", "vmhba2:C0:T0:L2", "Active", "vmhba3:C0:T0:L2", "Dead");
        EstateDocument doc = document(w);
        assertThat(doc.multipath()).hasSize(1);
        assertThat(doc.multipath().get(0).paths()).hasSize(4);
        assertThat(doc.multipath().get(0).deadPaths()).isEqualTo(1);
    }

    // ---- networks ----------------------------------------------------------------------------

    private static RvtoolsExportWriter network(String vmkTab, boolean services) {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vHost", "Host", "Cluster").row("esx01", "CL1").row("esx02", "CL1");
        vInfo(w).row("app01", "poweredOn", false, 2, 1024, "esx01", "CL1", "[DS1] app01/app01.vmx", "dvpg-app", "VM Network")
                .row("app02", "poweredOn", false, 2, 1024, "esx02", "CL1", "[DS1] app02/app02.vmx", "trunk-pg", null)
                .row("app03", "poweredOn", false, 2, 1024, "esx02", "CL1", "[DS1] app03/app03.vmx", null, null);
        w.tab("vPort", "Host", "Port Group", "Switch", "VLAN")
                .row("esx01", "Management Network", "vSwitch0", 10).row("esx02", "Management Network", "vSwitch0", 10)
                .row("esx01", "vMotion", "vSwitch1", 20).row("esx02", "vMotion", "vSwitch1", 20)
                .row("esx01", "iSCSI-A", "vSwitch1", 30).row("esx02", "iSCSI-A", "vSwitch1", 30)
                .row("esx01", "VM Network", "vSwitch0", 50);
        w.tab("dvPort", "Port", "Switch", "VLAN")
                .row("dvs-DVUplinks-1", "dvs01", "0-4094").row("dvpg-app", "dvs01", 100).row("trunk-pg", "dvs01", "0-4094");
        w.tab("vSwitch", "Host", "Switch", "MTU")
                .row("esx01", "vSwitch0", 1500).row("esx01", "vSwitch1", 9000)
                .row("esx02", "vSwitch0", 1500).row("esx02", "vSwitch1", 9000);
        w.tab("vNIC", "Host", "Network Device", "Switch")
                .row("esx01", "vmnic0", "vSwitch0").row("esx01", "vmnic1", "vSwitch0").row("esx01", "vmnic2", "vSwitch1")
                .row("esx01", "vmnic3", "dvs01").row("esx02", "vmnic0", "vSwitch0").row("esx02", "vmnic2", "vSwitch1")
                .row("esx02", "vmnic3", "dvs01");
        RvtoolsExportWriter.TabBuilder vmk = services
                ? w.tab(vmkTab, "Host", "Port Group", "Device", "MTU", "IP Address", "Services")
                : w.tab(vmkTab, "Host", "Port Group", "Device", "MTU", "IP Address");
        Object[][] ports = {
                {"esx01", "Management Network", "vmk0", 1500, "10.0.10.1", "Management"},
                {"esx01", "vMotion", "vmk1", 9000, "10.0.20.1", "vMotion"},
                {"esx01", "iSCSI-A", "vmk2", null, "10.0.30.1", null},
                {"esx02", "Management Network", "vmk0", 1500, "10.0.10.2", "Management, vMotion"}};
        for (Object[] port : ports) {
            vmk.row(services ? port : java.util.Arrays.copyOf(port, 5));
        }
        return w;
    }

    @Test
    void portGroupsGiveVlansAndVmNetworks() {
        EstateDocument doc = document(network("vSC_VMK", true));
        assertThat(doc.vlans()).extracting(Vlan::id).containsExactly(10, 20, 30, 50, 100);
        assertThat(vlan(doc, 100).name()).isEqualTo("dvpg-app");
        assertThat(vlan(doc, 100).purposes()).containsExactly(VlanPurpose.VM);
        assertThat(vlan(doc, 100).hosts()).as("a dvPort VLAN: the hosts with uplinks on its switch")
                .containsExactly("esx01", "esx02");
        assertThat(vlan(doc, 50).hosts()).as("a vPort VLAN: the hosts that have the port group").containsExactly("esx01");
        assertThat(vlan(doc, 50).purposes()).containsExactly(VlanPurpose.VM);
        assertThat(vm(doc, "app01").networks()).containsExactly(100, 50);
        assertThat(vm(doc, "app01").portGroups()).containsExactly("dvs01/dvpg-app", "esx01/vSwitch0/VM Network");
        assertThat(vm(doc, "app02").portGroups()).containsExactly("dvs01/trunk-pg");
        assertThat(vm(doc, "app02").networks()).as("a trunk port group adds no VLAN, as the format derives it")
                .isEmpty();
        assertThat(vm(doc, "app03").networks()).as("no port group: none").isEmpty();
        assertThat(vm(doc, "app03").portGroups()).isEmpty();
    }

    @Test
    void vmkernelPortsGiveHostNetworksAndPurposes() {
        EstateDocument doc = document(network("vSC_VMK", true));
        Host esx01 = host(doc, "esx01");
        assertThat(esx01.networks()).containsExactly(
                new Host.HostNetwork(10, 1500, List.of("vmnic0", "vmnic1"), null, SwitchType.STANDARD, null,
                        "esx01/vSwitch0/Management Network"),
                new Host.HostNetwork(20, 9000, List.of("vmnic2"), null, SwitchType.STANDARD, null, "esx01/vSwitch1/vMotion"),
                new Host.HostNetwork(30, 9000, List.of("vmnic2"), null, SwitchType.STANDARD, null, "esx01/vSwitch1/iSCSI-A"));
        assertThat(vlan(doc, 10).purposes()).as("from Services").containsExactly(VlanPurpose.MANAGEMENT, VlanPurpose.VMOTION);
        assertThat(vlan(doc, 20).purposes()).containsExactly(VlanPurpose.VMOTION);
        assertThat(vlan(doc, 30).purposes()).as("no service: from the port group name").containsExactly(VlanPurpose.STORAGE);
        assertThat(vlan(doc, 10).hosts()).containsExactly("esx01", "esx02");
    }

    @Test
    void theOlderVmkTabNameAndNoServicesColumn() {
        EstateDocument doc = document(network("vSC+VMK", false));
        assertThat(host(doc, "esx02").networks()).extracting(Host.HostNetwork::vlan).containsExactly(10);
        assertThat(vlan(doc, 10).purposes()).as("from the port group name").containsExactly(VlanPurpose.MANAGEMENT);
        assertThat(vlan(doc, 20).purposes()).containsExactly(VlanPurpose.VMOTION);
        assertThat(vlan(doc, 30).purposes()).containsExactly(VlanPurpose.STORAGE);
    }

    @Test
    void aVmkernelPortWithoutVlanLeavesTheHostsNetworksUnknown() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vHost", "Host").row("esx01").row("esx02");
        w.tab("vPort", "Host", "Port Group", "Switch", "VLAN").row("esx01", "Management Network", "vSwitch0", 0);
        w.tab("vSC_VMK", "Host", "Port Group", "MTU").row("esx01", "Management Network", 1500).row("esx02", "ghost", 1500);
        EstateDocument doc = document(w);
        assertThat(host(doc, "esx01").networks()).containsExactly(new Host.HostNetwork(0, 1500, null, null,
                SwitchType.STANDARD, null, "esx01/vSwitch0/Management Network"));
        assertThat(host(doc, "esx02").networks()).isNull();
    }

    // ---- vMetaData -----------------------------------------------------------------------------

    @Test
    void vMetaDataNamesTheEstate() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        vInfo(w).row("a", "poweredOn", false, 1, 1024, "esx01");
        w.tab("vMetaData", "RVTools major version", "RVTools version", "xlsx creation datetime", "Server")
                .row(4, "4.6.1.0", LocalDateTime.of(2026, 11, 20, 7, 45, 12), VC);
        EstateDocument doc = document(w);
        assertThat(doc.estate().name()).isEqualTo(VC);
        assertThat(doc.estate().collectedAt()).as("follows from the sources").isNull();
        assertThat(doc.estate().source()).isEqualTo("RVTools export of " + VC);
        assertThat(doc.estate().sources()).containsExactly(new EstateInfo.Source(VC, SourceKind.RVTOOLS, VC,
                Instant.parse("2026-11-20T07:45:12Z"), "RVTools 4.6.1.0", FILE, List.of()));
        assertThat(estate(w).referenceTime()).isEqualTo(Instant.parse("2026-11-20T07:45:12Z"));
    }

    // ---- spelling variants -------------------------------------------------------------------

    @Test
    void megabyteHeadersOfOlderExportsAreMebibytes() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vInfo", "VM", "Memory MB", "Host").row("a", 4096, "esx01");
        w.tab("vHost", "Host", "# Memory MB").row("esx01", 262144);
        w.tab("vDatastore", "Name", "Type", "Capacity MB", "Free MB").row("DS1", "NFS", 1048576, 524288);
        EstateDocument doc = document(w);
        assertThat(vm(doc, "a").memoryGb()).isEqualTo(4.0);
        assertThat(host(doc, "esx01").memoryGb()).isEqualTo(256.0);
        assertThat(lun(doc, "DS1").capacityGb()).isEqualTo(1024.0);
        assertThat(lun(doc, "DS1").freeGb()).isEqualTo(512.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-11-06 09:30:00", "2023/11/06 09:30:00", "11/6/2023 9:30:00 AM", "6.11.2023 09:30",
            "2023-11-06T09:30:00", "11/06/2023 09:30"})
    void textDatesAsExportsWriteThem(String text) {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vInfo", "VM", "Host", "Creation date").row("a", "esx01", text);
        assertThat(vm(document(w), "a").createdAt()).isEqualTo(Instant.parse("2023-11-06T09:30:00Z"));
    }

    @Test
    void dateCellsAndTextDatesGiveTheSameInstant() {
        RvtoolsExportWriter cell = new RvtoolsExportWriter();
        cell.tab("vInfo", "VM", "Host", "Creation date").row("a", "esx01", LocalDateTime.of(2023, 11, 6, 9, 30, 15));
        RvtoolsExportWriter text = new RvtoolsExportWriter();
        text.tab("vInfo", "VM", "Host", "Creation date").row("a", "esx01", "2023/11/06 09:30:15");
        assertThat(vm(document(cell), "a").createdAt()).isEqualTo(vm(document(text), "a").createdAt())
                .isEqualTo(Instant.parse("2023-11-06T09:30:15Z"));
    }

    @Test
    void anUnreadableDateIsAWarning() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vInfo", "VM", "Host", "Creation date").row("a", "esx01", "last tuesday");
        assertThat(read(w).warnings()).extracting(InputError::render).containsExactly(FILE + ":vInfo!C2: invalid value"
                + " 'last tuesday' in column 'Creation date': expected a date such as 2026-11-20 08:00:00; the field is left unknown");
        assertThat(vm(document(w), "a").createdAt()).isNull();
    }

    @Test
    void headersMatchWhateverTheirCaseAndSpacing() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("VINFO", " vm ", "POWERSTATE", "cpus", "memory   mib", "  host", "Latency  sensitivity", "Unknown Column")
                .row("a", "poweredOn", 2, 2048, "esx01", "High", "whatever");
        Vm a = vm(document(w), "a");
        assertThat(a.powerState()).isEqualTo(PowerState.ON);
        assertThat(a.vcpus()).isEqualTo(2);
        assertThat(a.memoryGb()).isEqualTo(2.0);
        assertThat(a.host()).isEqualTo("esx01");
        assertThat(a.timingSensitive()).isTrue();
    }

    @Test
    void booleansAsTextOrBooleanCells() throws IOException {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vInfo", "VM", "Host", "Template").row("a", "esx01", "TRUE").row("b", "esx01", "false");
        EstateDocument doc = document(w);
        assertThat(vm(doc, "a").template()).isTrue();
        assertThat(vm(doc, "b").template()).isFalse();
    }

    // ---- errors ------------------------------------------------------------------------------

    @Test
    void aMissingRequiredColumnNamesTheColumnAndSheet() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vInfo", "Name", "Powerstate", "Host").row("a", "poweredOn", "esx01");
        assertThat(error(w).render()).isEqualTo("RVTools_export.xlsx:vInfo!1: missing required column 'VM'");
        RvtoolsExportWriter hosts = new RvtoolsExportWriter();
        hosts.tab("vHost", "Name", "Cluster").row("esx01", "CL1");
        assertThat(error(hosts).render()).isEqualTo("RVTools_export.xlsx:vHost!1: missing required column 'Host'");
    }

    @Test
    void aWorkbookWithoutRvtoolsTabsIsNotAnExport() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("Budget 2026", "Item", "Cost").row("servers", 120000);
        assertThat(error(w).render()).isEqualTo("RVTools_export.xlsx: not an RVTools export: no vInfo, vHost or vDatastore sheet");
    }

    @Test
    void garbageNamedXlsxIsAClearError() throws IOException {
        Path file = dir.resolve("export.xlsx");
        byte[] garbage = new byte[4096];
        new java.util.Random(42).nextBytes(garbage);
        Files.write(file, garbage);
        InputException e = assertThrows(InputException.class, () -> new RvtoolsImporter().read(file, "export.xlsx"));
        assertThat(e.errors()).hasSize(1);
        String line = e.errors().get(0).render();
        assertThat(line).isEqualTo("export.xlsx: not a readable .xlsx workbook (it is not a zip package)").doesNotContain("\n")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aTextFileNamedXlsxAndAnEmptyFileAreClearErrors() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.xlsx"), "VM,Host\na,esx01\n");
        assertThat(assertThrows(InputException.class, () -> new RvtoolsImporter().read(text, "notes.xlsx"))
                .errors().get(0).render()).startsWith("notes.xlsx: not a readable .xlsx workbook (");
        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        assertThat(assertThrows(InputException.class, () -> new RvtoolsImporter().read(empty, "empty.xlsx"))
                .errors().get(0).render()).isEqualTo("empty.xlsx: the file is empty, not an .xlsx workbook");
    }

    @Test
    void anOldBinaryXlsNamedXlsxSaysSo() throws IOException {
        Path file = dir.resolve("old.xlsx");
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook xls = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
             var out = Files.newOutputStream(file)) {
            xls.createSheet("vInfo").createRow(0).createCell(0).setCellValue("VM");
            xls.write(out);
        }
        assertThat(assertThrows(InputException.class, () -> new RvtoolsImporter().read(file, "old.xlsx"))
                .errors().get(0).render()).startsWith("old.xlsx: an old binary Excel (.xls) file");
    }

    @Test
    void aZipBombIsRefusedAsAnInputError() throws IOException {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vInfo", "VM", "Host").row("a", "esx01");
        Path good = w.writeXlsx(dir.resolve("good.xlsx"));
        Path bomb = dir.resolve("bomb.xlsx");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(good));
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                if (entry.getName().contains("worksheets/sheet1.xml")) {
                    String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>");
                    out.write(xml.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    byte[] padding = new byte[1 << 20];
                    java.util.Arrays.fill(padding, (byte) ' ');
                    for (int i = 0; i < 64; i++) {
                        out.write(padding);
                    }
                    out.write(xml.substring(at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        InputException e = assertThrows(InputException.class, () -> new RvtoolsImporter().read(bomb, "bomb.xlsx"));
        assertThat(e.errors().get(0).render()).startsWith("bomb.xlsx: the workbook exceeds a safety limit");
    }

    // ---- locations ---------------------------------------------------------------------------

    @Test
    void everyObjectAndFieldPointsToItsSheetAndRow() {
        RvtoolsExportWriter w = network("vSC_VMK", true);
        w.tab("vTools", "VM", "Tools").row("app03", "toolsOk").row("app02", "toolsOld").row("app01", "toolsOk");
        w.tab("vSnapshot", "VM", "Name", "Date / time").row("app02", "s1", "2026/11/01 10:00:00");
        w.tab("vDisk", "VM", "Path").row("app01", "[DS1] app01/app01.vmdk").row("app01", "[DS2] app01/app01_1.vmdk");
        SourcedDocument sourced = read(w);
        var locator = sourced.locator();
        assertThat(locator.locate("/vms/0")).isEqualTo(new SourceRef(FILE, "vInfo!2"));
        assertThat(locator.locate("/vms/0/host")).isEqualTo(new SourceRef(FILE, "vInfo!2"));
        assertThat(locator.locate("/vms/0/tools")).isEqualTo(new SourceRef(FILE, "vTools!4"));
        assertThat(locator.locate("/vms/1/tools")).isEqualTo(new SourceRef(FILE, "vTools!3"));
        assertThat(locator.locate("/vms/1/snapshots/0/createdAt")).isEqualTo(new SourceRef(FILE, "vSnapshot!2"));
        assertThat(locator.locate("/vms/0/datastores/1")).isEqualTo(new SourceRef(FILE, "vDisk!3"));
        assertThat(locator.locate("/hosts/0")).isEqualTo(new SourceRef(FILE, "vHost!2"));
        assertThat(locator.locate("/hosts/0/networks/1/mtu")).isEqualTo(new SourceRef(FILE, "vSC_VMK!3"));
        assertThat(locator.locate("/hosts/0/networks/2/mtu")).as("the switch's MTU").isEqualTo(new SourceRef(FILE, "vSwitch!3"));
        assertThat(locator.locate("/hosts/0/networks/0/vlan")).isEqualTo(new SourceRef(FILE, "vPort!2"));
        assertThat(locator.locate("/hosts/0/networks/0/uplinks")).isEqualTo(new SourceRef(FILE, "vNIC!2"));
        assertThat(locator.locate("/estate/name")).isEqualTo(new SourceRef(FILE, ""));
        int vlan100 = sourced.document().vlans().stream().map(Vlan::id).toList().indexOf(100);
        assertThat(locator.locate("/vlans/" + vlan100)).isEqualTo(new SourceRef(FILE, "dvPort!3"));
        assertThat(locator.locate("/vlans/" + vlan100 + "/purposes/0")).isEqualTo(new SourceRef(FILE, "vInfo!2"));
    }

    @Test
    void storageLocations() {
        SourcedDocument sourced = read(storage());
        var locator = sourced.locator();
        assertThat(locator.locate("/luns/0")).isEqualTo(new SourceRef(FILE, "vDatastore!2"));
        assertThat(locator.locate("/luns/0/array/vendor")).isEqualTo(new SourceRef(FILE, "vMultiPath!2"));
        assertThat(locator.locate("/luns/0/protocol")).isEqualTo(new SourceRef(FILE, "vMultiPath!2"));
        assertThat(locator.locate("/multipath/1/paths/0")).isEqualTo(new SourceRef(FILE, "vMultiPath!3"));
        assertThat(locator.locate("/clusters/0")).isEqualTo(new SourceRef(FILE, ""));
    }

    @Test
    void aValueOutOfRangeIsAWarningAtItsCellQuotingItAsWritten() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vHost", "Host", "# CPU").row("esx01", 2).row("esx02", 0);
        assertThat(read(w).warnings()).extracting(InputError::render)
                .containsExactly(FILE + ":vHost!B3: # CPU 0 is below the minimum of 1; the field is left unknown");
        assertThat(estate(w).hosts()).hasSize(2);
    }

    // ---- several vCenters ---------------------------------------------------------------------

    @Test
    void namesSharedByTwoVcentersAreQualified() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        vInfo(w).row("app01", "poweredOn", false, 2, 1024, "esx01", "CL1", "[datastore1] app01/app01.vmx", null, null, "vc01")
                .row("app01", "poweredOn", false, 2, 1024, "esx01", "CL1", "[datastore1] app01/app01.vmx", null, null, "vc02")
                .row("web01", "poweredOn", false, 2, 1024, "esx02", "CL2", "[DS9] web01/web01.vmx", null, null, "vc02");
        w.tab("vTools", "VM", "Tools", "VI SDK Server").row("app01", "toolsOld", "vc02").row("app01", "toolsOk", "vc01");
        w.tab("vHost", "Host", "Cluster", "VI SDK Server").row("esx01", "CL1", "vc01").row("esx01", "CL1", "vc02")
                .row("esx02", "CL2", "vc02");
        w.tab("vDatastore", "Name", "Type", "VI SDK Server").row("datastore1", "VMFS", "vc01").row("datastore1", "VMFS", "vc02")
                .row("DS9", "NFS", "vc02");
        Estate estate = estate(w);
        assertThat(estate.vms()).extracting(Vm::id).containsExactly("vc01/app01", "vc02/app01", "web01");
        assertThat(estate.vms()).extracting(Vm::displayName).containsExactly("app01", "app01", "web01");
        assertThat(estate.vms()).extracting(Vm::host).containsExactly("vc01/esx01", "vc02/esx01", "esx02");
        assertThat(estate.vms()).extracting(Vm::tools).containsExactly(ToolsStatus.OK, ToolsStatus.OUTDATED, null);
        assertThat(estate.vms().get(1).datastores()).containsExactly("vc02/datastore1");
        assertThat(estate.hosts()).extracting(Host::id).containsExactly("vc01/esx01", "vc02/esx01", "esx02");
        assertThat(estate.hosts()).extracting(Host::cluster).containsExactly("vc01/CL1", "vc02/CL1", "CL2");
        assertThat(estate.luns()).extracting(Lun::id).containsExactly("vc01/datastore1", "vc02/datastore1", "DS9");
        assertThat(estate.info().source()).isEqualTo("RVTools export of vc01 + vc02");
    }

    // ---- accepts -----------------------------------------------------------------------------

    @Test
    void acceptsWorkbooksTabCsvFilesAndFoldersOfThem() throws IOException {
        RvtoolsImporter importer = new RvtoolsImporter();
        assertThat(importer.accepts(Path.of("RVTools_export_all.xlsx"))).isTrue();
        assertThat(importer.accepts(Path.of("x/RVTools_tabvInfo.csv"))).isTrue();
        assertThat(importer.accepts(Path.of("vms.csv"))).isFalse();
        assertThat(importer.accepts(Path.of("estate.yaml"))).isFalse();
        Path folder = Files.createDirectories(dir.resolve("export"));
        assertThat(importer.accepts(folder)).isFalse();
        Files.writeString(folder.resolve("RVTools_tabvHost.csv"), "Host\nesx01\n");
        assertThat(importer.accepts(folder)).isTrue();
    }
}
