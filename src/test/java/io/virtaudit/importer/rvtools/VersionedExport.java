package io.virtaudit.importer.rvtools;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One small estate written in the shape of each {@link RvtoolsVersion}: a vCenter, two hosts in a
 * cluster, a datastore and three VMs ({@code app01}; {@code db01} with a physical raw mapping
 * shared by multi-writer on a physically shared bus; {@code lim01} with CPU and memory limits). Rows
 * are given by the column names of RVTools 4.7.1.4; a column the version lacks is left out, and
 * its header spells the rest (units, custom attribute columns). Every tab of the version's model
 * gets rows, those virtaudit does not read yet included, so that their mappings can be tested on
 * the same estate later.
 */
final class VersionedExport {

    static final String VCENTER = "vc01.acme.local";
    static final String VCENTER_UUID = "5b1e4a5c-2c5d-4f0e-9a61-0d6f3c2b7a10";
    static final String DATACENTER = "DC-AMS";
    static final String CLUSTER = "CL-PROD";
    static final String ESX01 = "esx01.acme.local";
    static final String ESX02 = "esx02.acme.local";
    static final String DATASTORE = "DS-FC-01";
    /** The custom attributes defined in the vCenter: every VM tab repeats their columns. */
    static final List<String> ATTRIBUTES = List.of("Owner", "Post-it");
    static final LocalDateTime CERTIFICATE_EXPIRES = LocalDateTime.of(2027, 1, 10, 9, 0);
    static final LocalDateTime LICENSE_EXPIRES = LocalDateTime.of(2027, 3, 30, 0, 0);
    static final LocalDateTime COLLECTED = LocalDateTime.of(2026, 11, 20, 7, 45, 12);

    /** One VM of the estate and the cells every VM tab repeats. */
    private record Vm(String name, String id, String host, String os, String annotation, Map<String, String> attributes) {
    }

    private static final List<Vm> VMS = List.of(
            new Vm("app01", "vm-101", ESX01, "Microsoft Windows Server 2019 (64-bit)", null, Map.of("Owner", "web-team")),
            new Vm("db01", "vm-102", ESX01, "Red Hat Enterprise Linux 8 (64-bit)", "Oracle RAC node 1",
                    Map.of("Owner", "dba", "Post-it", "quarterly close: no vMotion")),
            new Vm("lim01", "vm-103", ESX02, "Microsoft Windows Server 2016 (64-bit)", null, Map.of()));

    private final RvtoolsVersion version;
    private final boolean csv;
    private final RvtoolsExportWriter writer = new RvtoolsExportWriter();

    private VersionedExport(RvtoolsVersion version, boolean csv) {
        this.version = version;
        this.csv = csv;
    }

    /** The estate as the version writes it, for {@link RvtoolsExportWriter#writeXlsx} or, {@code csv}, per-tab CSV. */
    static RvtoolsExportWriter of(RvtoolsVersion version, boolean csv) {
        VersionedExport export = new VersionedExport(version, csv);
        export.vms();
        export.hosts();
        export.storage();
        export.network();
        export.managers();
        return export.writer;
    }

    private void vms() {
        int hw = version.hardwareVersion();
        rows("vInfo",
                vmRow(VMS.get(0), "Config status", "green", "DNS Name", "app01.acme.local", "Connection state", "connected",
                        "Guest state", "running", "Heartbeat", "green", "Consolidation Needed", false,
                        "PowerOn", LocalDateTime.of(2026, 10, 2, 6, 12, 40), "Creation date", LocalDateTime.of(2021, 3, 4, 10, 0),
                        "CPUs", 4, "Memory", 16384, "NICs", 1, "Disks", 1, "Latency Sensitivity", "normal",
                        "Network #1", "VM Network", "Provisioned MiB", 45056, "In Use MiB", 30720, "Firmware", "efi",
                        "HW version", hw, "HW upgrade status", "none", "HW upgrade policy", "never",
                        "Path", "[DS-FC-01] app01/app01.vmx", "VI SDK Server type", version.vcenterType(),
                        "VI SDK API Version", version.vcenterVersion()),
                vmRow(VMS.get(1), "Config status", "green", "DNS Name", "db01.acme.local", "Connection state", "connected",
                        "Guest state", "running", "Heartbeat", "green", "Consolidation Needed", true,
                        "CPUs", 8, "Memory", 65536, "NICs", 1, "Disks", 2, "Latency Sensitivity", "high",
                        "Network #1", "dvpg-db", "Provisioned MiB", 1179648, "In Use MiB", 1150000, "Firmware", "bios",
                        // HW target names the version an upgrade would bring: never the VM's own
                        "HW version", 13, "HW upgrade status", "pending", "HW upgrade policy", "onSoftPowerOff",
                        "HW target", "vmx-" + hw, "Path", "[DS-FC-01] db01/db01.vmx",
                        "VI SDK Server type", version.vcenterType(), "VI SDK API Version", version.vcenterVersion()),
                vmRow(VMS.get(2), "Config status", "green", "Connection state", "connected", "Guest state", "running",
                        "Heartbeat", "green", "Consolidation Needed", false, "CPUs", 2, "Memory", 8192, "NICs", 1,
                        "Disks", 1, "Latency Sensitivity", "low", "Network #1", "VM Network", "Provisioned MiB", 61440,
                        "In Use MiB", 20480, "Firmware", "bios", "HW version", 10, "HW upgrade status", "none",
                        "HW upgrade policy", "never", "Path", "[DS-FC-01] lim01/lim01.vmx",
                        "VI SDK Server type", version.vcenterType(), "VI SDK API Version", version.vcenterVersion()));
        rows("vCPU",
                vmRow(VMS.get(0), "CPUs", 4, "Sockets", 2, "Cores p/s", 2, "Max", 8400, "Overall", 120, "Level", "normal",
                        "Shares", 4000, "Reservation", 0, "Limit", -1, "Hot Add", false, "Hot Remove", false),
                vmRow(VMS.get(1), "CPUs", 8, "Sockets", 2, "Cores p/s", 4, "Max", 16800, "Overall", 3000, "Level", "high",
                        "Shares", 16000, "Reservation", 4200, "Limit", -1, "Hot Add", true, "Hot Remove", false),
                vmRow(VMS.get(2), "CPUs", 2, "Sockets", 1, "Cores p/s", 2, "Max", 2000, "Overall", 900, "Level", "normal",
                        "Shares", 2000, "Reservation", 500, "Limit", 2000, "Hot Add", false, "Hot Remove", false));
        rows("vMemory",
                vmRow(VMS.get(0), "Size MiB", 16384, "Overhead", 120, "Max", 16384, "Consumed", 8000, "Level", "normal",
                        "Shares", 163840, "Reservation", 0, "Limit", -1, "Hot Add", false),
                vmRow(VMS.get(1), "Size MiB", 65536, "Memory Reservation Locked To Max", true, "Overhead", 300,
                        "Max", 65536, "Consumed", 65536, "Level", "normal", "Shares", 655360, "Reservation", 65536,
                        "Limit", -1, "Hot Add", false),
                vmRow(VMS.get(2), "Size MiB", 8192, "Overhead", 80, "Max", 4096, "Consumed", 4096, "Level", "normal",
                        "Shares", 81920, "Reservation", 2048, "Limit", 4096, "Hot Add", false));
        rows("vDisk",
                vmRow(VMS.get(0), "Disk", "Hard disk 1", "Disk Key", 2000, "Disk Path", "[DS-FC-01] app01/app01.vmdk",
                        "Capacity MiB", 40960, "Raw", false, "Disk Mode", "persistent", "Sharing mode", "sharingNone",
                        "Thin", true, "Eagerly Scrub", false, "Controller", "SCSI controller 0", "Unit #", 0,
                        "Shared Bus", "noSharing", "Path", "[DS-FC-01] app01/app01.vmdk"),
                vmRow(VMS.get(1), "Disk", "Hard disk 1", "Disk Key", 2000, "Disk Path", "[DS-FC-01] db01/db01.vmdk",
                        "Capacity MiB", 102400, "Raw", false, "Disk Mode", "persistent", "Sharing mode", "sharingNone",
                        "Thin", false, "Eagerly Scrub", false, "Controller", "SCSI controller 0", "Unit #", 0,
                        "Shared Bus", "noSharing", "Path", "[DS-FC-01] db01/db01.vmdk"),
                vmRow(VMS.get(1), "Disk", "Hard disk 2", "Disk Key", 2016, "Disk Path", "[DS-FC-01] db01/db01_1.vmdk",
                        "Capacity MiB", 1048576, "Raw", true, "Disk Mode", "independent_persistent",
                        "Sharing mode", "sharingMultiWriter", "Thin", false, "Eagerly Scrub", false,
                        "Controller", "SCSI controller 1", "Unit #", 0, "Shared Bus", "physicalSharing",
                        "Path", "[DS-FC-01] db01/db01_1.vmdk", "Raw LUN ID", "02000000006006016012345678", "Raw Comp. Mode",
                        "physicalMode"),
                vmRow(VMS.get(2), "Disk", "Hard disk 1", "Disk Key", 2000, "Disk Path", "[DS-FC-01] lim01/lim01.vmdk",
                        "Capacity MiB", 61440, "Raw", false, "Disk Mode", "persistent", "Sharing mode", "sharingNone",
                        "Thin", true, "Eagerly Scrub", false, "Controller", "SCSI controller 0", "Unit #", 0,
                        "Shared Bus", "noSharing", "Path", "[DS-FC-01] lim01/lim01.vmdk"));
        rows("vPartition",
                vmRow(VMS.get(0), "Disk Key", 2000, "Disk", "C:\\", "Capacity MiB", 40857, "Consumed MiB", 20857,
                        "Free MiB", 20000, "Free %", 48),
                vmRow(VMS.get(1), "Disk Key", 2000, "Disk", "/", "Capacity MiB", 51175, "Consumed MiB", 40940,
                        "Free MiB", 10235, "Free %", 20),
                vmRow(VMS.get(1), "Disk Key", 2016, "Disk", "/u01", "Capacity MiB", 1048064, "Consumed MiB", 943258,
                        "Free MiB", 104806, "Free %", 10));
        rows("vNetwork",
                vmRow(VMS.get(0), "NIC label", "Network adapter 1", "Adapter", "Vmxnet3", "Network", "VM Network",
                        "Switch", "vSwitch0", "Connected", true, "Starts Connected", true, "Mac Address", "00:50:56:8a:01:01",
                        "Type", "assigned", "IPv4 Address", "10.20.10.11", "IP Address", "10.20.10.11"),
                vmRow(VMS.get(1), "NIC label", "Network adapter 1", "Adapter", "Vmxnet3", "Network", "dvpg-db",
                        "Switch", "dvs-prod", "Connected", true, "Starts Connected", true, "Mac Address", "00:50:56:8a:01:02",
                        "Type", "assigned", "IPv4 Address", "10.20.20.12", "IP Address", "10.20.20.12"),
                vmRow(VMS.get(2), "NIC label", "Network adapter 1", "Adapter", "E1000E", "Network", "VM Network",
                        "Switch", "vSwitch0", "Connected", true, "Starts Connected", true, "Mac Address", "00:50:56:8a:01:03",
                        "Type", "assigned"));
        rows("vCD",
                vmRow(VMS.get(0), "Device Node", "CD/DVD drive 1", "Connected", false, "Starts Connected", false,
                        "Device Type", "Client Device"),
                vmRow(VMS.get(1), "Device Node", "CD/DVD drive 1", "Connected", true, "Starts Connected", false,
                        "Device Type", "ISO [DS-FC-01] iso/rhel-8.8-x86_64-dvd.iso"));
        rows("vUSB", vmRow(VMS.get(2), "Device Node", "USB 1", "Device Type", "SafeNet Sentinel HL", "Connected", true,
                "Family", "other", "Speed", "full", "EHCI enabled", true, "Auto connect", true, "Bus number", 1,
                "Unit number", 2));
        rows("vFloppy", vmRow(VMS.get(2), "Device Node", "Floppy drive 1", "Connected", false, "Starts Connected", false,
                "Device Type", "Client Device"));
    }

    private void hosts() {
        rows("vHost",
                host(ESX01, true, "10.0.0.11", 1048063),
                host(ESX02, false, "10.0.0.12", 1048063));
        rows("vCluster", row("Name", CLUSTER, "Config status", "green", "OverallStatus", "green", "NumHosts", 2,
                "numEffectiveHosts", 2, "TotalCpu", 128000, "NumCpuCores", 64, "NumCpuThreads", 128, "HA enabled", true,
                "Failover Level", 1, "AdmissionControlEnabled", true, "Host monitoring", "enabled",
                "Isolation Response", "powerOff", "Restart Priority", "medium", "VM Monitoring", "vmMonitoringDisabled",
                "DRS enabled", true, "DRS default VM behavior", "fullyAutomated", "DRS vmotion rate", 3,
                "DPM enabled", false, "Object ID", "domain-c8", "VI SDK Server", VCENTER, "VI SDK UUID", VCENTER_UUID));
        rows("vHealth",
                row("Name", ESX02, "Message", "NTPD service is not running!", "Message type", "NTPD",
                        "VI SDK Server", VCENTER, "VI SDK UUID", VCENTER_UUID),
                row("Name", "db01", "Message", "VM has a CDROM device connected! [DS-FC-01] iso/rhel-8.8-x86_64-dvd.iso",
                        "Message type", "CDROM", "VI SDK Server", VCENTER, "VI SDK UUID", VCENTER_UUID));
    }

    private Map<String, Object> host(String name, boolean ntpd, String ip, int memory) {
        return row("Host", name, "Datacenter", DATACENTER, "Cluster", CLUSTER, "Config status", "green",
                "in Maintenance Mode", false, "CPU Model", "Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz", "Speed", 1995,
                "# CPU", 2, "Cores per CPU", 32, "# Cores", 64, "# Memory", memory, "# NICs", 4, "# HBAs", 4,
                "ESX Version", version.esxVersion(), "Boot time", LocalDateTime.of(2026, 9, 1, 4, 0),
                "DNS Servers", "10.0.0.53", "DHCP", false, "Domain", "acme.local",
                "NTP Server(s)", "ntp1.acme.local, ntp2.acme.local", "NTPD running", ntpd, "Time Zone", "UTC",
                "Vendor", "Dell Inc.", "Model", "PowerEdge R650", "Certificate Issuer", "O=VMware Certificate Authority",
                "Certificate Expiry Date", CERTIFICATE_EXPIRES, "Certificate Status", "good",
                "Object ID", "host-" + ip.substring(ip.lastIndexOf('.') + 1), "VI SDK Server", VCENTER,
                "VI SDK UUID", VCENTER_UUID);
    }

    private void storage() {
        rows("vDatastore", row("Name", DATASTORE, "Config status", "green", "Accessible", true, "Type", "VMFS",
                "# VMs total", 3, "# VMs", 3, "Capacity MiB", 4194304, "Provisioned MiB", 5242880, "In Use MiB", 3145728,
                "Free MiB", 1048576, "Free %", 25, "# Hosts", 2, "Hosts", ESX01 + ", " + ESX02, "Block size", 1,
                "Major Version", 6, "URL", "ds:///vmfs/volumes/5f1e2d3c-aa11bb22-cc33-0050568a0001/",
                "Object ID", "datastore-11", "VI SDK Server", VCENTER, "VI SDK UUID", VCENTER_UUID));
    }

    private void network() {
        List<Map<String, Object>> switches = new ArrayList<>();
        List<Map<String, Object>> ports = new ArrayList<>();
        for (String host : List.of(ESX01, ESX02)) {
            switches.add(row("Host", host, "Datacenter", DATACENTER, "Cluster", CLUSTER, "Switch", "vSwitch0",
                    "# Ports", 2560, "Free Ports", 2548, "Promiscuous Mode", false, "Mac Changes", false,
                    "Forged Transmits", false, "MTU", 1500, "VI SDK Server", VCENTER, "VI SDK UUID", VCENTER_UUID));
            ports.add(row("Host", host, "Datacenter", DATACENTER, "Cluster", CLUSTER, "Port Group", "VM Network",
                    "Switch", "vSwitch0", "VLAN", 10, "VI SDK Server", VCENTER, "VI SDK UUID", VCENTER_UUID));
        }
        rows("vSwitch", switches.toArray(Map[]::new));
        rows("vPort", ports.toArray(Map[]::new));
        rows("dvSwitch", row("Switch", "dvs-prod", "Datacenter", DATACENTER, "Name", "dvs-prod", "Vendor", "VMware, Inc.",
                "Version", "7.0.3", "Host members", ESX01 + ", " + ESX02, "Max Ports", 2147483647, "# Ports", 24,
                "# VMs", 1, "Max MTU", 9000, "Object ID", "dvs-21", "VI SDK Server", VCENTER, "VI SDK UUID", VCENTER_UUID));
        rows("dvPort",
                row("Port", "dvpg-db", "Switch", "dvs-prod", "Type", "earlyBinding", "# Ports", 8, "VLAN", 20,
                        "Allow Promiscuous", false, "Mac Changes", false, "Active Uplink", "Uplink 1, Uplink 2",
                        "Forged Transmits", false, "Object ID", "dvportgroup-22", "VI SDK Server", VCENTER,
                        "VI SDK UUID", VCENTER_UUID),
                row("Port", "dvs-prod-DVUplinks-20", "Switch", "dvs-prod", "Type", "earlyBinding", "# Ports", 8,
                        "VLAN", "0-4094", "Object ID", "dvportgroup-20", "VI SDK Server", VCENTER,
                        "VI SDK UUID", VCENTER_UUID));
    }

    private void managers() {
        rows("vSource", row("Name", "VMware vCenter Server", "OS type", "linux-x64", "API type", "VirtualCenter",
                "API version", version.vcenterVersion() + ".0", "Version", version.vcenterVersion(),
                "Build", version.vcenterBuild(), "Fullname", version.vcenterType(),
                "Product name", "VMware VirtualCenter Server", "Product line", "vpx", "Vendor", "VMware, Inc.",
                "VI SDK Server", VCENTER, "VI SDK UUID", VCENTER_UUID));
        rows("vLicense",
                row("Name", "VMware vSphere Enterprise Plus", "Key", "XXXXX-XXXXX-XXXXX-XXXXX-AAAAA", "Cost Unit", "cpuPackage",
                        "Total", 64, "Used", 4, "Expiration Date", LICENSE_EXPIRES, "Features", "DRS, HA",
                        "VI SDK Server", VCENTER, "VI SDK UUID", VCENTER_UUID),
                row("Name", "Product Evaluation", "Total", "Unlimited", "Used", 0, "Expiration Date", "Never",
                        "VI SDK Server", VCENTER, "VI SDK UUID", VCENTER_UUID));
        rows("vMetaData", row("RVTools major version", version.metadataVersion().replaceAll("^(\\d+\\.\\d+).*", "$1"),
                "RVTools version", version.metadataVersion(), "xlsx creation datetime", COLLECTED, "Server", VCENTER));
    }

    /** A VM tab's row: the given cells and those every VM tab repeats. */
    private Map<String, Object> vmRow(Vm vm, Object... cells) {
        Map<String, Object> row = row("VM", vm.name(), "Powerstate", "poweredOn", "Template", false,
                "SRM Placeholder", false, "Annotation", vm.annotation(), "Datacenter", DATACENTER, "Cluster", CLUSTER,
                "Host", vm.host(), "Folder", "Production", "OS according to the configuration file", vm.os(),
                "OS according to the VMware Tools", vm.os(), "VM ID", vm.id(), "VI SDK Server", VCENTER,
                "VI SDK UUID", VCENTER_UUID);
        row.putAll(vm.attributes());
        row.putAll(row(cells));
        return row;
    }

    private static Map<String, Object> row(Object... headerValuePairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < headerValuePairs.length; i += 2) {
            row.put((String) headerValuePairs[i], headerValuePairs[i + 1]);
        }
        return row;
    }

    /** Writes a tab the version has, its cells under the version's spelling of each column; others are left out. */
    @SafeVarargs
    private void rows(String tab, Map<String, Object>... rows) {
        version.header(tab).ifPresent(header -> {
            List<String> headers = new ArrayList<>();
            for (String column : header.columns()) {
                if (column.equals(RvtoolsVersion.Constants.ATTRIBUTES)) {
                    headers.addAll(ATTRIBUTES);
                } else {
                    headers.add(csv && column.equals("xlsx creation datetime") ? "csv creation datetime" : column);
                }
            }
            RvtoolsExportWriter.TabBuilder builder = writer.tab(tab, headers);
            for (Map<String, Object> row : rows) {
                Object[] values = new Object[headers.size()];
                row.forEach((column, value) -> {
                    String spelt = column.equals("xlsx creation datetime") && csv ? "csv creation datetime"
                            : version.spell(column);
                    int at = headers.indexOf(spelt);
                    if (at >= 0) {
                        values[at] = cell(value);
                    }
                });
                builder.row(values);
            }
        });
    }

    /** A 3.x per-tab CSV writes whole numbers as the Windows locale does: {@code 16,384}. */
    private Object cell(Object value) {
        if (csv && version.groupsDigitsInCsv() && value instanceof Integer n && Math.abs(n) >= 1000) {
            return String.format(Locale.US, "%,d", n);
        }
        return value;
    }
}
