package io.virtaudit.importer.rvtools;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The shipped RVTools sample: vCenter {@code vc01.acme.local} with a production cluster (HA on) of
 * four ESXi 8 hosts on FC storage and NFS, and a development cluster (HA off) of two ESXi 7 hosts
 * on iSCSI, one of them with local storage. Its slips are the believable kind: one host without
 * NTP, dead paths to the 3PAR LUN from one host, a nearly full Pure datastore, a VM VLAN present on
 * only one of the development hosts, a vMotion port left at MTU 1500, an old snapshot.
 */
final class SampleExport {

    static final String VC = "vc01.acme.local";
    static final String DC = "DC-AMS";
    static final LocalDateTime COLLECTED = LocalDateTime.of(2026, 11, 20, 7, 45, 12);

    private static final List<String> PROD_HOSTS = List.of("esx01.acme.local", "esx02.acme.local",
            "esx03.acme.local", "esx04.acme.local");
    private static final List<String> DEV_HOSTS = List.of("esx05.acme.local", "esx06.acme.local");

    private SampleExport() {
    }

    /** A VM of the sample. */
    private record Vm(String name, String host, String power, boolean template, int cpus, int memoryMib,
                      String os, String portGroup, String datastore, LocalDateTime created, String tools,
                      String latency, LocalDateTime lastBackup, String annotation) {
    }

    private static final List<Vm> VMS = List.of(
            vm("dc01", 1, "poweredOn", 2, 8, "Microsoft Windows Server 2022 (64-bit)", "dvpg-prod-infra", "DS-PROD-01", "2023-03-14", "toolsOk", "Domain controller"),
            vm("dc02", 3, "poweredOn", 2, 8, "Microsoft Windows Server 2022 (64-bit)", "dvpg-prod-infra", "DS-PROD-03", "2023-03-14", "toolsOk", "Domain controller"),
            vm("app01", 1, "poweredOn", 4, 16, "Red Hat Enterprise Linux 9 (64-bit)", "dvpg-prod-app", "DS-PROD-01", "2024-05-02", "toolsOk", "Order service"),
            vm("app02", 2, "poweredOn", 4, 16, "Red Hat Enterprise Linux 9 (64-bit)", "dvpg-prod-app", "DS-PROD-01", "2024-05-02", "toolsOk", "Order service"),
            vm("app03", 3, "poweredOn", 4, 16, "Red Hat Enterprise Linux 9 (64-bit)", "dvpg-prod-app", "DS-PROD-02", "2024-05-02", "toolsOk", "Billing"),
            vm("app04", 4, "poweredOn", 4, 16, "Red Hat Enterprise Linux 9 (64-bit)", "dvpg-prod-app", "DS-PROD-02", "2024-06-11", "toolsOld", "Billing"),
            vm("app05", 1, "poweredOn", 4, 16, "Red Hat Enterprise Linux 8 (64-bit)", "dvpg-prod-app", "DS-PROD-03", "2022-09-20", "toolsOk", "Reporting"),
            vm("app06", 2, "poweredOn", 4, 16, "Red Hat Enterprise Linux 8 (64-bit)", "dvpg-prod-app", "DS-PROD-03", "2022-09-20", "toolsOk", "Reporting"),
            vm("db01", 2, "poweredOn", 16, 128, "Oracle Linux 8 (64-bit)", "dvpg-prod-db", "DS-PROD-01", "2022-01-10", "toolsOk", "Oracle primary"),
            vm("db02", 4, "poweredOn", 16, 128, "Oracle Linux 8 (64-bit)", "dvpg-prod-db", "DS-PROD-01", "2022-01-10", "toolsOk", "Oracle standby"),
            vm("web01", 1, "poweredOn", 2, 8, "Ubuntu Linux (64-bit)", "dvpg-dmz", "DS-PROD-02", "2025-02-03", "toolsOk", "Public web"),
            vm("web02", 3, "poweredOn", 2, 8, "Ubuntu Linux (64-bit)", "dvpg-dmz", "DS-PROD-02", "2025-02-03", "toolsOk", "Public web"),
            vm("crm01", 3, "poweredOn", 8, 32, "Microsoft Windows Server 2019 (64-bit)", "dvpg-prod-app", "DS-PROD-02", "2021-07-19", "toolsOk", "CRM"),
            vm("trade01", 2, "poweredOn", 8, 32, "Red Hat Enterprise Linux 8 (64-bit)", "dvpg-prod-app", "DS-PROD-01", "2023-11-06", "toolsOk", "Trading gateway"),
            vm("mon01", 1, "poweredOn", 2, 8, "Ubuntu Linux (64-bit)", "dvpg-prod-infra", "DS-NFS-01", "2024-01-15", "toolsOk", "Monitoring"),
            vm("bkp-proxy01", 4, "poweredOn", 4, 16, "Microsoft Windows Server 2022 (64-bit)", "dvpg-prod-infra", "DS-NFS-01", "2024-01-15", "toolsOk", "Backup proxy"),
            vm("old-crm01", 4, "poweredOff", 4, 16, "Microsoft Windows Server 2012 R2 (64-bit)", "dvpg-prod-app", "DS-PROD-03", "2017-04-03", "toolsNotRunning", "Replaced by crm01"),
            template("tpl-rhel9", 1, "Red Hat Enterprise Linux 9 (64-bit)", "DS-PROD-01"),
            template("tpl-win2022", 3, "Microsoft Windows Server 2022 (64-bit)", "DS-PROD-01"),
            vm("dev-app01", 5, "poweredOn", 2, 8, "Red Hat Enterprise Linux 9 (64-bit)", "VM-Dev", "DS-DEV-01", "2025-08-01", "toolsOk", "Order service dev"),
            vm("dev-app02", 5, "poweredOn", 2, 8, "Red Hat Enterprise Linux 9 (64-bit)", "VM-Dev", "DS-DEV-01", "2025-08-01", "toolsOk", "Billing dev"),
            vm("dev-db01", 6, "poweredOn", 4, 32, "Oracle Linux 8 (64-bit)", "VM-Test", "DS-DEV-01", "2025-08-04", "toolsOk", "Oracle dev"),
            vm("test-web01", 6, "poweredOn", 2, 4, "Ubuntu Linux (64-bit)", "VM-Test", "DS-DEV-01", "2026-02-11", "toolsOk", "Web test"),
            vm("test-app01", 6, "poweredOn", 2, 8, "Red Hat Enterprise Linux 9 (64-bit)", "VM-Test", "DS-DEV-01", "2026-02-11", "toolsNotRunning", "Order service test"),
            vm("pay-batch01", 5, "poweredOn", 4, 16, "Red Hat Enterprise Linux 8 (64-bit)", "VM-Dev", "esx05-local", "2024-10-21", "toolsOk", "Payroll batch (moved here for the migration)"),
            vm("build01", 5, "poweredOn", 8, 16, "Ubuntu Linux (64-bit)", "VM-Dev", "esx05-local", "2023-06-30", "toolsOld", "CI build agent"),
            vm("dev-old01", 6, "poweredOff", 2, 4, "CentOS 7 (64-bit)", "VM-Test", "DS-DEV-01", "2019-11-12", "toolsNotRunning", "Old prototype"),
            vm("dev-win01", 6, "suspended", 2, 8, "Microsoft Windows 10 (64-bit)", "VM-Test", "DS-DEV-01", "2024-03-08", "toolsNotRunning", "Tester desktop"),
            vm("lab-nested01", 5, "poweredOff", 4, 16, "Other (64-bit)", "VM-Dev", "DS-DEV-01", "2020-05-05", "toolsNotInstalled", "Nested lab"));

    private static Vm vm(String name, int host, String power, int cpus, int memoryGib, String os, String portGroup,
                         String datastore, String created, String tools, String annotation) {
        String latency = name.equals("trade01") ? "high" : "normal";
        LocalDateTime backup = switch (name) {
            case "crm01", "lab-nested01", "build01" -> null;
            case "db02" -> LocalDateTime.of(2026, 11, 12, 23, 5, 41);
            default -> power.equals("poweredOn") ? LocalDateTime.of(2026, 11, 19, 22, 10 + host, 3 * host) : null;
        };
        return new Vm(name, "esx0" + host + ".acme.local", power, false, cpus, memoryGib * 1024, os, portGroup,
                datastore, LocalDateTime.parse(created + "T09:30:00"), tools, latency, backup, annotation);
    }

    private static Vm template(String name, int host, String os, String datastore) {
        return new Vm(name, "esx0" + host + ".acme.local", "poweredOff", true, 2, 4096, os, "dvpg-prod-app",
                datastore, LocalDateTime.of(2026, 6, 1, 10, 0), "toolsNotRunning", "normal", null, "Template");
    }

    private static String cluster(String host) {
        return PROD_HOSTS.contains(host) ? "CL-PROD" : "CL-DEV";
    }

    private static String uuid(int n) {
        return String.format("5012%04x-7c1d-4a6e-9f3b-%012x", n, 0x1a2b3c000000L + n);
    }

    static RvtoolsExportWriter build() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        vInfo(w);
        vTools(w);
        vSnapshot(w);
        vDisk(w);
        vHost(w);
        vCluster(w);
        vDatastore(w);
        vMultiPath(w);
        vHba(w);
        vNic(w);
        vSwitch(w);
        vPort(w);
        dvPort(w);
        vScVmk(w);
        vMetaData(w);
        return w;
    }

    private static void vInfo(RvtoolsExportWriter w) {
        RvtoolsExportWriter.TabBuilder tab = w.tab("vInfo", "VM", "Powerstate", "Template", "SRM Placeholder",
                "Config status", "DNS Name", "Connection state", "Guest state", "Heartbeat", "PowerOn",
                "Creation date", "CPUs", "Memory", "Active Memory", "NICs", "Disks", "Network #1", "Network #2",
                "Network #3", "Network #4", "Resource pool", "Folder", "Latency Sensitivity", "Provisioned MiB",
                "In Use MiB", "HW version", "Path", "Annotation", "Backup status", "Last backup", "Datacenter",
                "Cluster", "Host", "OS according to the configuration file", "OS according to the VMware Tools",
                "VM ID", "VM UUID", "VI SDK Server type", "VI SDK API Version", "VI SDK Server", "VI SDK UUID");
        int n = 0;
        for (Vm vm : VMS) {
            n++;
            boolean on = vm.power.equals("poweredOn");
            tab.rowOf("VM", vm.name, "Powerstate", vm.power, "Template", vm.template, "SRM Placeholder", false,
                    "Config status", "green", "DNS Name", on ? vm.name + ".acme.local" : null,
                    "Connection state", "connected", "Guest state", on ? "running" : "notRunning",
                    "Heartbeat", on ? "green" : "gray", "PowerOn", on ? LocalDateTime.of(2026, 10, 4, 3, 12) : null,
                    "Creation date", vm.created, "CPUs", vm.cpus, "Memory", vm.memoryMib,
                    "Active Memory", on ? vm.memoryMib / 5 : 0, "NICs", 1, "Disks", vm.name.startsWith("db") ? 2 : 1,
                    "Network #1", vm.portGroup, "Resource pool", "Resources", "Folder", vm.template ? "Templates" : "VMs",
                    "Latency Sensitivity", vm.latency, "Provisioned MiB", 102400 + vm.memoryMib,
                    "In Use MiB", 40960 + n * 512, "HW version", "vmx-19",
                    "Path", "[" + vm.datastore + "] " + vm.name + "/" + vm.name + (vm.template ? ".vmtx" : ".vmx"),
                    "Annotation", vm.annotation,
                    "Backup status", vm.lastBackup == null ? null : "Success", "Last backup", vm.lastBackup,
                    "Datacenter", DC, "Cluster", cluster(vm.host), "Host", vm.host,
                    "OS according to the configuration file", vm.os,
                    "OS according to the VMware Tools", on ? vm.os : null,
                    "VM ID", "vm-" + (1000 + n), "VM UUID", uuid(n), "VI SDK Server type", "VMware vCenter Server",
                    "VI SDK API Version", "8.0.2.0", "VI SDK Server", VC, "VI SDK UUID", "3c1e6f0a-5d2b-4e8f-9a71-0b2c4d6e8f10");
        }
    }

    private static void vTools(RvtoolsExportWriter w) {
        RvtoolsExportWriter.TabBuilder tab = w.tab("vTools", "VM", "Powerstate", "Template", "SRM Placeholder",
                "VM Version", "Tools", "Tools Version", "Required Version", "Upgradeable", "Upgrade Policy",
                "Sync time", "App status", "Heartbeat status", "Kernel Crash state", "Operation Ready",
                "State change support", "Interactive Guest", "Annotation", "Datacenter", "Cluster", "Host",
                "Folder", "OS according to the configuration file", "OS according to the VMware Tools", "VM ID",
                "VM UUID", "VI SDK Server", "VI SDK UUID");
        for (Vm vm : VMS) {
            boolean installed = !vm.tools.equals("toolsNotInstalled");
            tab.rowOf("VM", vm.name, "Powerstate", vm.power, "Template", vm.template, "SRM Placeholder", false,
                    "VM Version", "vmx-19", "Tools", vm.tools,
                    "Tools Version", installed ? (vm.tools.equals("toolsOld") ? 11365 : 12352) : 0,
                    "Required Version", 12352, "Upgradeable", vm.tools.equals("toolsOld"), "Upgrade Policy", "manual",
                    "Sync time", false, "Datacenter", DC, "Cluster", cluster(vm.host), "Host", vm.host,
                    "VI SDK Server", VC);
        }
    }

    private static void vSnapshot(RvtoolsExportWriter w) {
        w.tab("vSnapshot", "VM", "Powerstate", "Name", "Description", "Date / time", "Filename",
                        "Size MiB (vmsn)", "Size MiB (total)", "Quiesced", "State", "Annotation", "Datacenter",
                        "Cluster", "Host", "Folder", "OS according to the configuration file", "VM ID", "VM UUID",
                        "VI SDK Server", "VI SDK UUID")
                .rowOf("VM", "crm01", "Powerstate", "poweredOn", "Name", "before-upgrade-9.2",
                        "Description", "CRM upgrade rollback point", "Date / time", LocalDateTime.of(2026, 9, 30, 22, 10, 4),
                        "Filename", "[DS-PROD-02] crm01/crm01-Snapshot1.vmsn", "Size MiB (vmsn)", 32771,
                        "Size MiB (total)", 187220, "Quiesced", false, "State", "poweredOn", "Cluster", "CL-PROD",
                        "Host", "esx03.acme.local", "VI SDK Server", VC)
                .rowOf("VM", "app03", "Powerstate", "poweredOn", "Name", "pre-patch", "Description", "CHG0042113",
                        "Date / time", LocalDateTime.of(2026, 11, 18, 20, 0, 12),
                        "Filename", "[DS-PROD-02] app03/app03-Snapshot2.vmsn", "Size MiB (vmsn)", 18, "Size MiB (total)", 2210,
                        "Quiesced", true, "State", "poweredOff", "Cluster", "CL-PROD", "Host", "esx03.acme.local",
                        "VI SDK Server", VC)
                .rowOf("VM", "dev-app02", "Powerstate", "poweredOn", "Name", "clean install",
                        "Date / time", LocalDateTime.of(2025, 8, 2, 11, 4, 55),
                        "Filename", "[DS-DEV-01] dev-app02/dev-app02-Snapshot1.vmsn", "Size MiB (vmsn)", 18,
                        "Size MiB (total)", 40120, "Quiesced", false, "State", "poweredOff", "Cluster", "CL-DEV",
                        "Host", "esx05.acme.local", "VI SDK Server", VC)
                .rowOf("VM", "dev-app02", "Powerstate", "poweredOn", "Name", "after schema 42",
                        "Date / time", LocalDateTime.of(2026, 3, 17, 15, 40, 2),
                        "Filename", "[DS-DEV-01] dev-app02/dev-app02-Snapshot2.vmsn", "Size MiB (vmsn)", 18,
                        "Size MiB (total)", 9410, "Quiesced", false, "State", "poweredOff", "Cluster", "CL-DEV",
                        "Host", "esx05.acme.local", "VI SDK Server", VC);
    }

    private static void vDisk(RvtoolsExportWriter w) {
        RvtoolsExportWriter.TabBuilder tab = w.tab("vDisk", "VM", "Powerstate", "Template", "Disk", "Disk Key",
                "Disk UUID", "Disk Path", "Capacity MiB", "Raw", "Disk Mode", "Sharing mode", "Thin", "Controller",
                "Unit #", "Path", "Datacenter", "Cluster", "Host", "VM ID", "VM UUID", "VI SDK Server");
        for (Vm vm : VMS) {
            tab.rowOf("VM", vm.name, "Powerstate", vm.power, "Template", vm.template, "Disk", "Hard disk 1",
                    "Disk Key", 2000, "Capacity MiB", 102400, "Raw", false, "Disk Mode", "persistent",
                    "Sharing mode", "sharingNone", "Thin", true, "Controller", "SCSI controller 0", "Unit #", 0,
                    "Path", "[" + vm.datastore + "] " + vm.name + "/" + vm.name + ".vmdk",
                    "Datacenter", DC, "Cluster", cluster(vm.host), "Host", vm.host, "VI SDK Server", VC);
            if (vm.name.startsWith("db")) {
                tab.rowOf("VM", vm.name, "Powerstate", vm.power, "Template", false, "Disk", "Hard disk 2",
                        "Disk Key", 2001, "Capacity MiB", 2097152, "Raw", false, "Disk Mode", "independent_persistent",
                        "Sharing mode", "sharingNone", "Thin", false, "Controller", "SCSI controller 1", "Unit #", 0,
                        "Path", "[DS-PROD-02] " + vm.name + "/" + vm.name + "_1.vmdk",
                        "Datacenter", DC, "Cluster", "CL-PROD", "Host", vm.host, "VI SDK Server", VC);
            }
        }
    }

    private static void vHost(RvtoolsExportWriter w) {
        RvtoolsExportWriter.TabBuilder tab = w.tab("vHost", "Host", "Datacenter", "Cluster", "Config status",
                "in Maintenance Mode", "in Quarantine Mode", "CPU Model", "Speed", "HT Available", "HT Active",
                "# CPU", "Cores per CPU", "# Cores", "CPU usage %", "# Memory", "Memory usage %", "# NICs", "# HBAs",
                "# VMs total", "# VMs", "ESX Version", "Boot time", "DNS Servers", "NTP Server(s)", "NTPD running",
                "Time Zone", "Vendor", "Model", "Serial number", "BIOS Version", "Object ID", "UUID",
                "VI SDK Server", "VI SDK UUID");
        int n = 0;
        for (String host : hosts()) {
            n++;
            boolean prod = PROD_HOSTS.contains(host);
            boolean ntp = !host.equals("esx06.acme.local");
            long vms = VMS.stream().filter(v -> v.host.equals(host)).count();
            tab.rowOf("Host", host, "Datacenter", DC, "Cluster", cluster(host), "Config status", "green",
                    "in Maintenance Mode", false, "in Quarantine Mode", false,
                    "CPU Model", prod ? "Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz" : "Intel(R) Xeon(R) Silver 4314 CPU @ 2.40GHz",
                    "Speed", prod ? 1995 : 2394, "HT Available", true, "HT Active", true,
                    "# CPU", 2, "Cores per CPU", prod ? 32 : 16, "# Cores", prod ? 64 : 32, "CPU usage %", 18 + n,
                    "# Memory", prod ? 524163 : 261963, "Memory usage %", 41 + n, "# NICs", prod ? 6 : 4,
                    "# HBAs", prod ? 3 : 2, "# VMs total", vms, "# VMs", vms,
                    "ESX Version", prod ? "VMware ESXi 8.0.2 build-22380479" : "VMware ESXi 7.0.3 build-21930508",
                    "Boot time", LocalDateTime.of(2026, 8, 2, 3, 10 + n), "DNS Servers", "10.10.0.11, 10.10.0.12",
                    "NTP Server(s)", ntp ? "ntp1.acme.local, ntp2.acme.local, ntp3.acme.local" : null, "NTPD running", ntp,
                    "Time Zone", "UTC", "Vendor", "Dell Inc.", "Model", prod ? "PowerEdge R750" : "PowerEdge R650",
                    "Serial number", "J" + (7000 + n) + "XK2", "BIOS Version", "1.13.2", "Object ID", "host-" + (20 + n),
                    "UUID", "4c4c4544-004a-3710-8058-c7c04f5a" + (3000 + n), "VI SDK Server", VC,
                    "VI SDK UUID", "3c1e6f0a-5d2b-4e8f-9a71-0b2c4d6e8f10");
        }
    }

    private static List<String> hosts() {
        List<String> all = new ArrayList<>(PROD_HOSTS);
        all.addAll(DEV_HOSTS);
        return all;
    }

    private static void vCluster(RvtoolsExportWriter w) {
        w.tab("vCluster", "Name", "Config status", "OverallStatus", "NumHosts", "numEffectiveHosts", "TotalCpu",
                        "NumCpuCores", "TotalMemory", "Effective Memory", "HA enabled", "Failover Level",
                        "AdmissionControlEnabled", "Host monitoring", "Isolation Response", "Restart Priority",
                        "VM Monitoring", "DRS enabled", "DRS default VM behavior", "DRS vmotion rate", "DPM enabled",
                        "Object ID", "VI SDK Server", "VI SDK UUID")
                .rowOf("Name", "CL-PROD", "Config status", "green", "OverallStatus", "green", "NumHosts", 4,
                        "numEffectiveHosts", 4, "TotalCpu", 510720, "NumCpuCores", 256, "TotalMemory", 2199023255552.0,
                        "Effective Memory", 2031616, "HA enabled", true, "Failover Level", 1,
                        "AdmissionControlEnabled", true, "Host monitoring", "enabled", "Isolation Response", "powerOff",
                        "Restart Priority", "medium", "VM Monitoring", "vmMonitoringDisabled", "DRS enabled", true,
                        "DRS default VM behavior", "fullyAutomated", "DRS vmotion rate", 3, "DPM enabled", false,
                        "Object ID", "domain-c8", "VI SDK Server", VC)
                .rowOf("Name", "CL-DEV", "Config status", "yellow", "OverallStatus", "yellow", "NumHosts", 2,
                        "numEffectiveHosts", 2, "TotalCpu", 153216, "NumCpuCores", 64, "TotalMemory", 549755813888.0,
                        "Effective Memory", 509952, "HA enabled", false, "Failover Level", 1,
                        "AdmissionControlEnabled", false, "Host monitoring", "enabled", "Isolation Response", "none",
                        "Restart Priority", "medium", "VM Monitoring", "vmMonitoringDisabled", "DRS enabled", false,
                        "DRS default VM behavior", "manual", "DRS vmotion rate", 3, "DPM enabled", false,
                        "Object ID", "domain-c31", "VI SDK Server", VC);
    }

    /** The datastores: name, type, capacity and free MiB, hosts, address, array vendor and model, naa id. */
    private record Datastore(String name, String type, long capacityMib, long freeMib, List<String> hosts,
                             String address, String vendor, String model, String naa) {
    }

    private static final List<Datastore> DATASTORES = List.of(
            new Datastore("DS-PROD-01", "VMFS", 10485760, 6291456, PROD_HOSTS, null, "NETAPP  ", "LUN C-Mode",
                    "naa.600a098038314f6a5a3f4d2f6b4c5a31"),
            new Datastore("DS-PROD-02", "VMFS", 8388608, 922747, PROD_HOSTS, null, "PURE    ", "FlashArray",
                    "naa.624a9370b1c2d3e4f5a6b7c800011a2b"),
            new Datastore("DS-PROD-03", "VMFS", 4194304, 2516582, PROD_HOSTS, null, "3PARdata", "VV",
                    "naa.60002ac0000000000000004a00019f2c"),
            new Datastore("DS-DEV-01", "VMFS", 4194304, 2097152, DEV_HOSTS, null, "DGC     ", "VRAID",
                    "naa.6006016012345678a1b2c3d4e5f60718"),
            new Datastore("DS-NFS-01", "NFS", 2097152, 1468006, PROD_HOSTS, "nfs01.acme.local:/vol/vmware_nfs01",
                    null, null, null),
            new Datastore("esx05-local", "VMFS", 915456, 601210, List.of("esx05.acme.local"), null, "ATA     ",
                    "MZ7LH960HAJR0D3", "t10.ATA_____MZ7LH960HAJR0D3_________________S4NGNA0R503112"));

    private static void vDatastore(RvtoolsExportWriter w) {
        RvtoolsExportWriter.TabBuilder tab = w.tab("vDatastore", "Name", "Config status", "Address", "Accessible",
                "Type", "# VMs total", "# VMs", "Capacity MiB", "Provisioned MiB", "In Use MiB", "Free MiB", "Free %",
                "SIOC enabled", "# Hosts", "Hosts", "Cluster name", "Block size", "# Extents", "Major version",
                "Version", "URL", "Object ID", "VI SDK Server", "VI SDK UUID");
        int n = 0;
        for (Datastore ds : DATASTORES) {
            n++;
            long vms = VMS.stream().filter(v -> v.datastore.equals(ds.name)).count();
            boolean nfs = ds.type.equals("NFS");
            tab.rowOf("Name", ds.name, "Config status", ds.freeMib * 10 < ds.capacityMib * 2 ? "yellow" : "green",
                    "Address", ds.address, "Accessible", true, "Type", ds.type, "# VMs total", vms, "# VMs", vms,
                    "Capacity MiB", ds.capacityMib, "Provisioned MiB", ds.capacityMib - ds.freeMib + 204800,
                    "In Use MiB", ds.capacityMib - ds.freeMib, "Free MiB", ds.freeMib,
                    "Free %", Math.round(100.0 * ds.freeMib / ds.capacityMib), "SIOC enabled", false,
                    "# Hosts", ds.hosts.size(), "Hosts", String.join(", ", ds.hosts),
                    "Block size", nfs ? null : 1, "# Extents", nfs ? null : 1, "Major version", nfs ? 3 : 6,
                    "Version", nfs ? "3" : "6.82", "URL", "ds:///vmfs/volumes/6501a2b3-" + (1000 + n) + "/",
                    "Object ID", "datastore-" + (100 + n), "VI SDK Server", VC);
        }
    }

    private static void vMultiPath(RvtoolsExportWriter w) {
        List<String> headers = new ArrayList<>(List.of("Host", "Cluster", "Datacenter", "Datastore", "Disk",
                "Display name", "Policy", "Oper. State"));
        for (int i = 1; i <= 8; i++) {
            headers.add("Path " + i);
            headers.add("Path " + i + " state");
        }
        headers.addAll(List.of("vStorage", "Queue depth", "Vendor", "Model", "Revision", "Level", "UUID",
                "VI SDK Server", "VI SDK UUID"));
        RvtoolsExportWriter.TabBuilder tab = w.tab("vMultiPath", headers);
        int lun = 0;
        for (Datastore ds : DATASTORES) {
            lun++;
            if (ds.vendor == null) {
                continue;
            }
            for (String host : ds.hosts) {
                List<Object> row = new ArrayList<>(List.of(host, cluster(host), DC, ds.name, ds.naa,
                        ds.vendor.strip() + " Fibre Channel Disk (" + ds.naa + ")", policy(ds, host), "ok"));
                List<String[]> paths = paths(ds, host, lun);
                for (int i = 0; i < 8; i++) {
                    row.add(i < paths.size() ? paths.get(i)[0] : null);
                    row.add(i < paths.size() ? paths.get(i)[1] : null);
                }
                row.addAll(java.util.Arrays.asList("supported", 64, ds.vendor, ds.model, "9.12", "SPC-4", ds.naa,
                        VC, "3c1e6f0a-5d2b-4e8f-9a71-0b2c4d6e8f10"));
                tab.row(row.toArray());
            }
        }
    }

    private static String policy(Datastore ds, String host) {
        return switch (ds.name) {
            case "DS-PROD-03" -> "VMW_PSP_MRU";
            case "esx05-local" -> "VMW_PSP_FIXED";
            default -> "VMW_PSP_RR";
        };
    }

    private static List<String[]> paths(Datastore ds, String host, int lun) {
        if (ds.name.equals("esx05-local")) {
            return List.<String[]>of(new String[] {"vmhba0:C0:T0:L0", "Active (I/O)"});
        }
        if (ds.name.equals("DS-DEV-01")) {
            return List.of(new String[] {"vmhba64:C0:T0:L" + lun, "Active (I/O)"},
                    new String[] {"vmhba64:C1:T0:L" + lun, "Active (I/O)"});
        }
        boolean dead = ds.name.equals("DS-PROD-03") && host.equals("esx03.acme.local");
        String optimized = ds.name.equals("DS-PROD-03") ? "Active" : "Active (I/O)";
        return List.of(new String[] {"vmhba2:C0:T0:L" + lun, "Active (I/O)"},
                new String[] {"vmhba2:C0:T1:L" + lun, ds.name.equals("DS-PROD-01") ? "Active" : optimized},
                new String[] {"vmhba3:C0:T0:L" + lun, dead ? "Dead" : optimized},
                new String[] {"vmhba3:C0:T1:L" + lun, dead ? "Dead" : ds.name.equals("DS-PROD-01") ? "Active" : optimized});
    }

    private static void vHba(RvtoolsExportWriter w) {
        RvtoolsExportWriter.TabBuilder tab = w.tab("vHBA", "Host", "Datacenter", "Cluster", "Device", "Type",
                "Status", "Bus", "Pci", "Driver", "Model", "WWN", "VI SDK Server", "VI SDK UUID");
        int n = 0;
        for (String host : hosts()) {
            n++;
            tab.rowOf("Host", host, "Datacenter", DC, "Cluster", cluster(host), "Device", "vmhba0", "Type", "Block SCSI",
                    "Status", "unknown", "Bus", 1, "Pci", "0000:01:00.0", "Driver", "lsi_mr3",
                    "Model", "Dell HBA355i Front", "VI SDK Server", VC);
            if (PROD_HOSTS.contains(host)) {
                for (int port = 2; port <= 3; port++) {
                    tab.rowOf("Host", host, "Datacenter", DC, "Cluster", cluster(host), "Device", "vmhba" + port,
                            "Type", "Fibre Channel", "Status", "online", "Bus", 59 + port, "Pci", "0000:3" + port + ":00.0",
                            "Driver", "lpfc", "Model", "Emulex LPe35002-M2 2-Port 32Gb Fibre Channel Adapter",
                            "WWN", String.format("20:00:00:10:9b:%02x:%02x:%02x 10:00:00:10:9b:%02x:%02x:%02x",
                                    n, port, 0x11, n, port, 0x11), "VI SDK Server", VC);
                }
            } else {
                tab.rowOf("Host", host, "Datacenter", DC, "Cluster", cluster(host), "Device", "vmhba64", "Type", "iSCSI",
                        "Status", "online", "Bus", 0, "Driver", "iscsi_vmk", "Model", "iSCSI Software Adapter",
                        "WWN", "iqn.1998-01.com.vmware:esx0" + (n) + "-4f1a2b3c", "VI SDK Server", VC);
            }
        }
    }

    private static void vNic(RvtoolsExportWriter w) {
        RvtoolsExportWriter.TabBuilder tab = w.tab("vNIC", "Host", "Datacenter", "Cluster", "Network Device",
                "Driver", "Speed", "Duplex", "MAC", "Switch", "Uplink port", "PCI", "WakeOn", "VI SDK Server",
                "VI SDK UUID");
        int n = 0;
        for (String host : hosts()) {
            n++;
            boolean prod = PROD_HOSTS.contains(host);
            int nics = prod ? 6 : 4;
            for (int i = 0; i < nics; i++) {
                String sw = switchOfNic(host, i);
                tab.rowOf("Host", host, "Datacenter", DC, "Cluster", cluster(host), "Network Device", "vmnic" + i,
                        "Driver", "i40en", "Speed", sw == null ? 0 : 25000, "Duplex", sw != null,
                        "MAC", String.format("b4:96:91:%02x:%02x:%02x", n, i, 0x5c), "Switch", sw,
                        "Uplink port", sw == null ? null : (sw.startsWith("dvs") ? "uplink" + (i - 1) : null),
                        "PCI", "0000:4" + i + ":00.0", "WakeOn", false, "VI SDK Server", VC);
            }
        }
    }

    /** vmnic0/1 on vSwitch0 (esx06's vmnic1 is unused), prod vmnic2/3 on dvs-prod and 4/5 on vSwitch1, dev 2/3 on vSwitch1. */
    private static String switchOfNic(String host, int nic) {
        if (nic <= 1) {
            return host.equals("esx06.acme.local") && nic == 1 ? null : "vSwitch0";
        }
        if (PROD_HOSTS.contains(host)) {
            return nic <= 3 ? "dvs-prod" : "vSwitch1";
        }
        return "vSwitch1";
    }

    private static void vSwitch(RvtoolsExportWriter w) {
        RvtoolsExportWriter.TabBuilder tab = w.tab("vSwitch", "Host", "Datacenter", "Cluster", "Switch", "# Ports",
                "Free Ports", "Promiscuous Mode", "Mac Changes", "Forged Transmits", "Traffic Shaping", "Policy",
                "Notify Switch", "Rolling Order", "Offload", "TSO", "Zero Copy Xmit", "MTU", "VI SDK Server",
                "VI SDK UUID");
        for (String host : hosts()) {
            for (String sw : List.of("vSwitch0", "vSwitch1")) {
                tab.rowOf("Host", host, "Datacenter", DC, "Cluster", cluster(host), "Switch", sw, "# Ports", 2560,
                        "Free Ports", 2548, "Promiscuous Mode", false, "Mac Changes", false, "Forged Transmits", false,
                        "Traffic Shaping", false, "Policy", "loadbalance_srcid", "Notify Switch", true,
                        "Rolling Order", false, "Offload", true, "TSO", true, "Zero Copy Xmit", true,
                        "MTU", sw.equals("vSwitch0") ? 1500 : 9000, "VI SDK Server", VC);
            }
        }
    }

    private static void vPort(RvtoolsExportWriter w) {
        RvtoolsExportWriter.TabBuilder tab = w.tab("vPort", "Host", "Datacenter", "Cluster", "Port Group", "Switch",
                "VLAN", "Promiscuous Mode", "Mac Changes", "Forged Transmits", "Traffic Shaping", "Policy",
                "Notify Switch", "Rolling Order", "Offload", "TSO", "Zero Copy Xmit", "VI SDK Server", "VI SDK UUID");
        for (String host : hosts()) {
            boolean prod = PROD_HOSTS.contains(host);
            List<Object[]> groups = new ArrayList<>();
            groups.add(new Object[] {"Management Network", "vSwitch0", 10});
            groups.add(new Object[] {"vMotion", "vSwitch1", 20});
            if (prod) {
                groups.add(new Object[] {"NFS", "vSwitch1", 40});
            } else {
                groups.add(new Object[] {"iSCSI-A", "vSwitch1", 30});
                groups.add(new Object[] {"VM-Test", "vSwitch0", 310});
                if (host.equals("esx05.acme.local")) {
                    groups.add(new Object[] {"VM-Dev", "vSwitch0", 300});
                }
            }
            for (Object[] g : groups) {
                tab.rowOf("Host", host, "Datacenter", DC, "Cluster", cluster(host), "Port Group", g[0], "Switch", g[1],
                        "VLAN", g[2], "Promiscuous Mode", false, "Mac Changes", false, "Forged Transmits", false,
                        "Traffic Shaping", false, "Policy", "loadbalance_srcid", "Notify Switch", true,
                        "Rolling Order", false, "Offload", true, "TSO", true, "Zero Copy Xmit", true, "VI SDK Server", VC);
            }
        }
    }

    private static void dvPort(RvtoolsExportWriter w) {
        RvtoolsExportWriter.TabBuilder tab = w.tab("dvPort", "Port", "Switch", "Object ID", "Type", "# Ports", "VLAN",
                "Speed", "Full Duplex", "Blocked", "Allow Promiscuous", "Mac Changes", "Active Uplink",
                "Standby Uplink", "Policy", "Forged Transmits", "VI SDK Server", "VI SDK UUID");
        Object[][] groups = {
                {"dvs-prod-DVUplinks-21", "0-4094", "dvportgroup-22"},
                {"dvpg-prod-app", 100, "dvportgroup-23"},
                {"dvpg-prod-db", 110, "dvportgroup-24"},
                {"dvpg-prod-infra", 120, "dvportgroup-25"},
                {"dvpg-dmz", 200, "dvportgroup-26"}};
        for (Object[] g : groups) {
            tab.rowOf("Port", g[0], "Switch", "dvs-prod", "Object ID", g[2], "Type", "earlyBinding", "# Ports", 128,
                    "VLAN", g[1], "Speed", false, "Full Duplex", false, "Blocked", false, "Allow Promiscuous", false,
                    "Mac Changes", false, "Active Uplink", "uplink1, uplink2", "Policy", "loadbalance_loadbased",
                    "Forged Transmits", false, "VI SDK Server", VC);
        }
    }

    private static void vScVmk(RvtoolsExportWriter w) {
        RvtoolsExportWriter.TabBuilder tab = w.tab("vSC_VMK", "Host", "Datacenter", "Cluster", "Port Group",
                "Device", "Mac Address", "DHCP", "IP Address", "IP 6 Address", "Subnet mask", "Gateway", "MTU",
                "Services", "VI SDK Server", "VI SDK UUID");
        int n = 0;
        for (String host : hosts()) {
            n++;
            boolean prod = PROD_HOSTS.contains(host);
            tab.rowOf("Host", host, "Datacenter", DC, "Cluster", cluster(host), "Port Group", "Management Network",
                    "Device", "vmk0", "Mac Address", String.format("b4:96:91:%02x:00:5c", n), "DHCP", false,
                    "IP Address", "10.10.10." + (20 + n), "Subnet mask", "255.255.255.0", "Gateway", "10.10.10.1",
                    "MTU", 1500, "Services", "Management", "VI SDK Server", VC);
            tab.rowOf("Host", host, "Datacenter", DC, "Cluster", cluster(host), "Port Group", "vMotion",
                    "Device", "vmk1", "Mac Address", String.format("00:50:56:6a:%02x:01", n), "DHCP", false,
                    "IP Address", "10.10.20." + (20 + n), "Subnet mask", "255.255.255.0",
                    "MTU", host.equals("esx04.acme.local") ? 1500 : 9000, "Services", "vMotion", "VI SDK Server", VC);
            tab.rowOf("Host", host, "Datacenter", DC, "Cluster", cluster(host), "Port Group", prod ? "NFS" : "iSCSI-A",
                    "Device", "vmk2", "Mac Address", String.format("00:50:56:6a:%02x:02", n), "DHCP", false,
                    "IP Address", (prod ? "10.10.40." : "10.10.30.") + (20 + n), "Subnet mask", "255.255.255.0",
                    "MTU", 9000, "Services", null, "VI SDK Server", VC);
        }
    }

    private static void vMetaData(RvtoolsExportWriter w) {
        w.tab("vMetaData", "RVTools major version", "RVTools version", "xlsx creation datetime", "Server")
                .row(4, "4.6.1.0", COLLECTED, VC);
    }
}
