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
            vm("lab-nested01", 5, "poweredOff", 4, 16, "Other (64-bit)", "VM-Dev", "DS-DEV-01", "2020-05-05", "toolsNotInstalled", "Nested lab"),
            // vSphere Cluster Services: vCenter keeps up to three per cluster, one per host at most
            agent("vCLS-4c1d2e3f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", 1, "DS-PROD-01"),
            agent("vCLS-9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", 2, "DS-PROD-01"),
            agent("vCLS-2f3e4d5c-6b7a-4899-a0b1-c2d3e4f5a6b7", 3, "DS-PROD-03"),
            agent("vCLS-7e6d5c4b-3a29-4180-b7c6-d5e4f3a2b1c0", 5, "DS-DEV-01"),
            agent("vCLS-0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e", 6, "DS-DEV-01"));

    /** What vCenter writes as the annotation of a vSphere Cluster Services VM (its first sentence). */
    static final String VCLS_NOTE = "vSphere Cluster Service VM is deployed from an OVA with a minimal installed profile of PhotonOS.";

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

    private static Vm agent(String name, int host, String datastore) {
        return new Vm(name, "esx0" + host + ".acme.local", "poweredOn", false, 1, 128, "VMware Photon OS (64-bit)",
                null, datastore, LocalDateTime.of(2026, 8, 2, 3, 20 + host), "toolsOk", "normal", null, VCLS_NOTE);
    }

    static boolean isAgent(Vm vm) {
        return vm.name.startsWith("vCLS-");
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
        vCpu(w);
        vMemory(w);
        vDisk(w);
        vPartition(w);
        vNetwork(w);
        vCd(w);
        vUsb(w);
        vSnapshot(w);
        vTools(w);
        vSource(w);
        vCluster(w);
        vHost(w);
        vHba(w);
        vNic(w);
        vSwitch(w);
        vPort(w);
        dvSwitch(w);
        dvPort(w);
        vScVmk(w);
        vDatastore(w);
        vMultiPath(w);
        vLicense(w);
        vHealth(w);
        vMetaData(w);
        return w;
    }

    /**
     * vCenter custom attributes: RVTools writes one column per attribute, sorted by name, between
     * Annotation and Datacenter of every VM tab. Backup status and Last backup are the ones a backup
     * product writes; Owner and Post-it are the administrators'.
     */
    static final List<String> CUSTOM_ATTRIBUTES = List.of("Backup status", "Last backup", "Owner", "Post-it");

    /** A VM tab's header: its own columns, then Annotation, the custom attributes and RVTools' trailing VM columns. */
    private static List<String> vmTabHeaders(List<String> own, String... trailing) {
        List<String> headers = new ArrayList<>(own);
        headers.add("Annotation");
        headers.addAll(CUSTOM_ATTRIBUTES);
        headers.addAll(List.of(trailing));
        return headers;
    }

    /** The standard tail of vCPU, vMemory, vPartition, vCD, vUSB and vNetwork. */
    private static final String[] VM_TAB_TAIL = {"Datacenter", "Cluster", "Host", "Folder",
        "OS according to the configuration file", "OS according to the VMware Tools", "VM ID", "VM UUID",
        "VI SDK Server", "VI SDK UUID"};

    /** The cells every VM tab repeats: identity, annotation, custom attributes, placement. */
    private static Object[] vmCells(Vm vm) {
        int n = VMS.indexOf(vm) + 1;
        boolean on = vm.power.equals("poweredOn");
        return new Object[] {"VM", vm.name, "Powerstate", vm.power, "Template", vm.template, "SRM Placeholder", false,
            "Annotation", vm.annotation, "Backup status", vm.lastBackup == null ? null : "Success",
            "Last backup", vm.lastBackup, "Owner", owner(vm), "Post-it", postIt(vm),
            "Datacenter", DC, "Cluster", cluster(vm.host), "Host", vm.host,
            "Folder", isAgent(vm) ? "vCLS" : vm.template ? "Templates" : "VMs",
            "OS according to the configuration file", vm.os, "OS according to the VMware Tools", on ? vm.os : null,
            "VM ID", "vm-" + (1000 + n), "VM UUID", uuid(n), "VI SDK Server", VC, "VI SDK UUID", VC_UUID};
    }

    /** A row of a VM tab: the VM's common cells, then this tab's own. */
    private static void vmRow(RvtoolsExportWriter.TabBuilder tab, Vm vm, Object... own) {
        List<Object> all = new ArrayList<>();
        Object[] common = vmCells(vm);
        for (int i = 0; i < common.length; i += 2) {
            if (tab.has((String) common[i])) {
                all.add(common[i]);
                all.add(common[i + 1]);
            }
        }
        all.addAll(java.util.Arrays.asList(own));
        tab.rowOf(all.toArray());
    }

    static final String VC_UUID = "3c1e6f0a-5d2b-4e8f-9a71-0b2c4d6e8f10";

    /** The Owner attribute: set by the teams that keep it up, blank on the rest. */
    private static String owner(Vm vm) {
        if (isAgent(vm)) {
            return null;
        }
        return switch (vm.name.replaceAll("\\d+$", "")) {
            case "dc", "mon", "bkp-proxy" -> "infra-team";
            case "app", "db" -> "orders-team";
            case "web" -> "web-team";
            case "crm" -> "crm-team";
            case "trade" -> "trading-it";
            default -> null;
        };
    }

    /** Post-it: the notes administrators leave; one holds the nested lab's root password. */
    private static String postIt(Vm vm) {
        return switch (vm.name) {
            case "lab-nested01" -> "nested ESXi for the vSAN course, root pw: VMware1!";
            case "app05" -> "consolidation failed after the Veeam hot-add job on 2026-11-17, see INC0081234";
            case "build01" -> "code-signing token on USB, do not vMotion";
            default -> null;
        };
    }

    /** Hardware versions: 19 (ESXi 7.0 U2 and later) for most, older ones where a VM was never upgraded. */
    static int hardwareVersion(Vm vm) {
        return switch (vm.name) {
            case "old-crm01" -> 10;
            case "dev-old01", "lab-nested01" -> 13;
            case "web01", "web02", "test-web01" -> 20;
            default -> isAgent(vm) ? 17 : 19;
        };
    }

    private static void vInfo(RvtoolsExportWriter w) {
        RvtoolsExportWriter.TabBuilder tab = w.tab("vInfo", vmTabHeaders(List.of("VM", "Powerstate", "Template",
                "SRM Placeholder", "Config status", "DNS Name", "Connection state", "Guest state", "Heartbeat",
                "Consolidation Needed", "PowerOn", "Suspend time", "Creation date", "Change Version", "CPUs", "Memory",
                "Active Memory", "NICs", "Disks", "Total disk capacity MiB", "Latency Sensitivity", "EnableUUID", "CBT",
                "Primary IP Address", "Network #1", "Network #2", "Network #3", "Network #4", "Resource pool",
                "Folder", "Provisioned MiB", "In Use MiB", "Firmware", "HW version", "HW upgrade status",
                "HW upgrade policy", "HW target", "Path"),
                "Datacenter", "Cluster", "Host", "OS according to the configuration file",
                "OS according to the VMware Tools", "VM ID", "SMBIOS UUID", "VM UUID", "VI SDK Server type",
                "VI SDK API Version", "VI SDK Server", "VI SDK UUID"));
        int n = 0;
        for (Vm vm : VMS) {
            n++;
            boolean on = vm.power.equals("poweredOn");
            int disks = vm.name.equals("db01") ? 3 : vm.name.startsWith("db") ? 2 : 1;
            vmRow(tab, vm, "Config status", vm.name.equals("app05") ? "yellow" : "green",
                    "DNS Name", on && !isAgent(vm) ? vm.name + ".acme.local" : null,
                    "Connection state", "connected", "Guest state", on ? "running" : "notRunning",
                    "Heartbeat", on ? "green" : "gray", "Consolidation Needed", vm.name.equals("app05"),
                    "PowerOn", on ? LocalDateTime.of(2026, 10, 4, 3, 12) : null,
                    "Suspend time", vm.power.equals("suspended") ? LocalDateTime.of(2026, 11, 6, 17, 48, 2) : null,
                    "Creation date", vm.created, "Change Version", "2026-11-1" + (n % 10) + "T0" + (n % 10) + ":14:22.51Z",
                    "CPUs", vm.cpus, "Memory", vm.memoryMib,
                    "Active Memory", on ? vm.memoryMib / 5 : 0, "NICs", isAgent(vm) ? 0 : 1, "Disks", disks,
                    "Total disk capacity MiB", isAgent(vm) ? 2048 : 102400 + (vm.name.startsWith("db") ? 2097152L : 0)
                            + (vm.name.equals("db01") ? 10240 : 0),
                    "Latency Sensitivity", vm.latency, "EnableUUID", !isAgent(vm), "CBT", !isAgent(vm) && !vm.template,
                    "Primary IP Address", on && !isAgent(vm) ? "10.20." + (vm.host.endsWith("5.acme.local")
                            || vm.host.endsWith("6.acme.local") ? "30." : "10.") + (100 + n) : null,
                    "Network #1", vm.portGroup, "Resource pool", "Resources", "Folder", isAgent(vm) ? "vCLS" : vm.template ? "Templates" : "VMs",
                    "Provisioned MiB", (isAgent(vm) ? 2048 : 102400) + vm.memoryMib,
                    "In Use MiB", isAgent(vm) ? 1203 : 40960 + n * 512,
                    "Firmware", vm.os.startsWith("Microsoft") ? "efi" : "bios", "HW version", hardwareVersion(vm),
                    "HW upgrade status", "none", "HW upgrade policy", "never", "HW target", null,
                    "Path", "[" + vm.datastore + "] " + vm.name + "/" + vm.name + (vm.template ? ".vmtx" : ".vmx"),
                    "SMBIOS UUID", uuid(n).replace("5012", "4212"),
                    "VI SDK Server type", "VMware vCenter Server " + VC_VERSION + " build-" + VC_BUILD,
                    "VI SDK API Version", "8.0.2.0");
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
                "Disk UUID", "Disk Path", "Capacity MiB", "Raw", "Disk Mode", "Sharing mode", "Thin", "Eagerly Scrub",
                "Controller", "Unit #", "Shared Bus", "Path", "Raw LUN ID", "Raw Comp. Mode", "Datacenter", "Cluster",
                "Host", "VM ID", "VM UUID", "VI SDK Server");
        for (Vm vm : VMS) {
            // app05: the backup proxy's hot-add left the VM running on a delta disk with no snapshot
            String file = vm.name + (vm.name.equals("app05") ? "-000001" : "") + ".vmdk";
            tab.rowOf("VM", vm.name, "Powerstate", vm.power, "Template", vm.template, "Disk", "Hard disk 1",
                    "Disk Key", 2000, "Capacity MiB", isAgent(vm) ? 2048 : 102400, "Raw", false, "Disk Mode", "persistent",
                    "Sharing mode", "sharingNone", "Thin", true, "Eagerly Scrub", false, "Controller", "SCSI controller 0",
                    "Unit #", 0, "Shared Bus", "noSharing", "Path", "[" + vm.datastore + "] " + vm.name + "/" + file,
                    "Datacenter", DC, "Cluster", cluster(vm.host), "Host", vm.host, "VI SDK Server", VC);
            if (vm.name.startsWith("db")) {
                tab.rowOf("VM", vm.name, "Powerstate", vm.power, "Template", false, "Disk", "Hard disk 2",
                        "Disk Key", 2001, "Capacity MiB", 2097152, "Raw", false, "Disk Mode", "independent_persistent",
                        "Sharing mode", "sharingNone", "Thin", false, "Eagerly Scrub", true, "Controller", "SCSI controller 1",
                        "Unit #", 0, "Shared Bus", "noSharing", "Path", "[DS-PROD-02] " + vm.name + "/" + vm.name + "_1.vmdk",
                        "Datacenter", DC, "Cluster", "CL-PROD", "Host", vm.host, "VI SDK Server", VC);
            }
            if (vm.name.equals("db01")) {
                // the Oracle RAC voting disk of the old cluster: a physical-mode RDM on a bus shared across hosts
                tab.rowOf("VM", vm.name, "Powerstate", vm.power, "Template", false, "Disk", "Hard disk 3",
                        "Disk Key", 2016, "Capacity MiB", 10240, "Raw", true, "Disk Mode", "independent_persistent",
                        "Sharing mode", "sharingNone", "Thin", false, "Eagerly Scrub", false,
                        "Controller", "SCSI controller 2", "Unit #", 0, "Shared Bus", "physicalSharing",
                        "Path", "[DS-PROD-01] db01/db01_2.vmdk", "Raw LUN ID", "02000000006006016012345678a1b2c3d4e5f60799565241494420",
                        "Raw Comp. Mode", "physicalMode", "Datacenter", DC, "Cluster", "CL-PROD", "Host", vm.host,
                        "VI SDK Server", VC);
            }
        }
    }

    private static void vCpu(RvtoolsExportWriter w) {
        RvtoolsExportWriter.TabBuilder tab = w.tab("vCPU", vmTabHeaders(List.of("VM", "Powerstate", "Template",
                "SRM Placeholder", "CPUs", "Sockets", "Cores p/s", "Max", "Overall", "Level", "Shares", "Reservation",
                "Entitlement", "DRS Entitlement", "Limit", "Hot Add", "Hot Remove", "Numa Hotadd Exposed"), VM_TAB_TAIL));
        for (Vm vm : VMS) {
            boolean on = vm.power.equals("poweredOn");
            int mhz = PROD_HOSTS.contains(vm.host) ? 2000 : 2400;
            // trade01 is latency-sensitive: every vCPU reserved; build01 was capped to keep CI off the dev hosts
            int reservation = vm.name.equals("trade01") ? vm.cpus * mhz : 0;
            int limit = vm.name.equals("build01") ? 4000 : -1;
            vmRow(tab, vm, "CPUs", vm.cpus, "Sockets", vm.cpus > 4 ? 2 : 1, "Cores p/s", vm.cpus > 4 ? vm.cpus / 2 : vm.cpus,
                    "Max", vm.cpus * mhz, "Overall", on ? 180 + 37 * vm.cpus : 0, "Level", "normal",
                    "Shares", vm.cpus * 1000, "Reservation", reservation, "Entitlement", on ? 210 + 37 * vm.cpus : 0,
                    "DRS Entitlement", on ? 210 + 37 * vm.cpus : 0, "Limit", limit, "Hot Add", false, "Hot Remove", false,
                    "Numa Hotadd Exposed", false);
        }
    }

    private static void vMemory(RvtoolsExportWriter w) {
        RvtoolsExportWriter.TabBuilder tab = w.tab("vMemory", vmTabHeaders(List.of("VM", "Powerstate", "Template",
                "SRM Placeholder", "Size MiB", "Memory Reservation Locked To Max", "Overhead", "Max", "Consumed",
                "Consumed Overhead", "Private", "Shared", "Swapped", "Ballooned", "Active", "Entitlement",
                "DRS Entitlement", "Level", "Shares", "Reservation", "Limit", "Hot Add"), VM_TAB_TAIL));
        for (Vm vm : VMS) {
            boolean on = vm.power.equals("poweredOn");
            // the databases and trade01 hold all their memory; app04 kept the 8 GiB limit of a 2024 load test
            boolean reserved = vm.name.startsWith("db0") || vm.name.equals("trade01") || isAgent(vm);
            int limit = vm.name.equals("app04") ? 8192 : -1;
            int consumed = on ? vm.memoryMib * 3 / 4 : 0;
            vmRow(tab, vm, "Size MiB", vm.memoryMib, "Memory Reservation Locked To Max", reserved && !isAgent(vm),
                    "Overhead", on ? 60 + vm.memoryMib / 256 : 0, "Max", vm.memoryMib, "Consumed", consumed,
                    "Consumed Overhead", on ? 48 : 0, "Private", consumed * 9 / 10, "Shared", consumed / 10,
                    "Swapped", vm.name.equals("app04") ? 6144 : 0, "Ballooned", vm.name.equals("app04") ? 2048 : 0,
                    "Active", on ? vm.memoryMib / 5 : 0, "Entitlement", on ? vm.memoryMib : 0,
                    "DRS Entitlement", on ? vm.memoryMib : 0, "Level", "normal", "Shares", vm.memoryMib * 10,
                    "Reservation", reserved ? vm.memoryMib : 0, "Limit", limit, "Hot Add", false);
        }
    }

    /** Guest file systems as VMware Tools report them: only for running VMs whose tools run. */
    private static void vPartition(RvtoolsExportWriter w) {
        RvtoolsExportWriter.TabBuilder tab = w.tab("vPartition", vmTabHeaders(List.of("VM", "Powerstate", "Template",
                "SRM Placeholder", "Disk Key", "Disk", "Capacity MiB", "Consumed MiB", "Free MiB", "Free %"), VM_TAB_TAIL));
        for (Vm vm : VMS) {
            if (!vm.power.equals("poweredOn") || vm.tools.equals("toolsNotRunning") || isAgent(vm)) {
                continue;
            }
            for (Object[] p : partitions(vm)) {
                long capacity = (Long) p[1];
                long free = (Long) p[2];
                vmRow(tab, vm, "Disk Key", 2000, "Disk", p[0], "Capacity MiB", capacity, "Consumed MiB", capacity - free,
                        "Free MiB", free, "Free %", Math.round(100.0 * free / capacity));
            }
        }
    }

    /** Path, capacity and free MiB of a VM's file systems; mon01's /var holds a year of metrics and is nearly full. */
    private static List<Object[]> partitions(Vm vm) {
        if (vm.os.startsWith("Microsoft")) {
            return List.<Object[]>of(new Object[] {"C:\\", 101797L, 101797L * (30 + vm.cpus) / 100});
        }
        long varFree = vm.name.equals("mon01") ? 1843L : 38912L;
        return List.<Object[]>of(new Object[] {"/", 40957L, 29802L}, new Object[] {"/boot", 1014L, 702L},
                new Object[] {"/var", 51175L, varFree});
    }

    /** CD/DVD drives: every VM has one, most point at the client device; web01 still has the installer ISO in. */
    private static void vCd(RvtoolsExportWriter w) {
        RvtoolsExportWriter.TabBuilder tab = w.tab("vCD", vmTabHeaders(List.of("VM", "Powerstate", "Template",
                "SRM Placeholder", "Device Node", "Connected", "Starts Connected", "Device Type"), "Datacenter", "Cluster",
                "Host", "Folder", "OS according to the configuration file", "OS according to the VMware Tools", "VMRef",
                "VM ID", "VM UUID", "VI SDK Server", "VI SDK UUID"));
        for (Vm vm : VMS) {
            if (isAgent(vm)) {
                continue;
            }
            boolean iso = vm.name.equals("web01");
            vmRow(tab, vm, "Device Node", "CD/DVD drive 1", "Connected", iso, "Starts Connected", iso,
                    "Device Type", iso ? "ISO [DS-NFS-01] iso/ubuntu-22.04.4-live-server-amd64.iso" : "Client Device",
                    "VMRef", "vm-" + (1000 + VMS.indexOf(vm) + 1));
        }
    }

    /** USB devices: build01's code-signing token, passed through from its host's USB port. */
    private static void vUsb(RvtoolsExportWriter w) {
        RvtoolsExportWriter.TabBuilder tab = w.tab("vUSB", vmTabHeaders(List.of("VM", "Powerstate", "Template",
                "SRM Placeholder", "Device Node", "Device Type", "Connected", "Family", "Speed", "EHCI enabled",
                "Auto connect", "Bus number", "Unit number"), "Datacenter", "Cluster", "Host", "Folder",
                "OS according to the configuration file", "OS according to the VMware tools", "VMRef", "VM ID", "VM UUID",
                "VI SDK Server", "VI SDK UUID"));
        Vm build = VMS.stream().filter(v -> v.name.equals("build01")).findFirst().orElseThrow();
        vmRow(tab, build, "Device Node", "USB 1", "Device Type", "SafeNet eToken 5110", "Connected", true,
                "Family", "other", "Speed", "full", "EHCI enabled", true, "Auto connect", true, "Bus number", 1,
                "Unit number", 0, "OS according to the VMware tools", build.os, "VMRef", "vm-" + (1000 + VMS.indexOf(build) + 1));
    }

    /** Network adapters: one per VM (vCLS VMs have none), on the VM's port group. */
    private static void vNetwork(RvtoolsExportWriter w) {
        RvtoolsExportWriter.TabBuilder tab = w.tab("vNetwork", vmTabHeaders(List.of("VM", "Powerstate", "Template",
                "SRM Placeholder", "NIC label", "Adapter", "Network", "Switch", "Connected", "Starts Connected",
                "Mac Address", "Type", "IPv4 Address", "IPv6 Address", "Direct Path IO"), VM_TAB_TAIL));
        for (Vm vm : VMS) {
            if (isAgent(vm)) {
                continue;
            }
            int n = VMS.indexOf(vm) + 1;
            boolean on = vm.power.equals("poweredOn");
            boolean distributed = vm.portGroup.startsWith("dvpg-");
            vmRow(tab, vm, "NIC label", "Network adapter 1", "Adapter", vm.name.equals("old-crm01") ? "e1000e" : "vmxnet3",
                    "Network", vm.portGroup, "Switch", distributed ? "dvs-prod" : "vSwitch0", "Connected", on,
                    "Starts Connected", true, "Mac Address", String.format("00:50:56:a1:%02x:%02x", n / 16, n),
                    "Type", "assigned", "IPv4 Address", on ? "10.20." + (distributed ? "10." : "30.") + (100 + n) : null,
                    "Direct Path IO", false);
        }
    }

    private static void vHost(RvtoolsExportWriter w) {
        RvtoolsExportWriter.TabBuilder tab = w.tab("vHost", "Host", "Datacenter", "Cluster", "Config status",
                "in Maintenance Mode", "in Quarantine Mode", "CPU Model", "Speed", "HT Available", "HT Active",
                "# CPU", "Cores per CPU", "# Cores", "CPU usage %", "# Memory", "Memory usage %", "# NICs", "# HBAs",
                "# VMs total", "# VMs", "ESX Version", "Boot time", "DNS Servers", "NTP Server(s)", "NTPD running",
                "Time Zone", "Vendor", "Model", "Serial number", "BIOS Version", "Certificate Issuer",
                "Certificate Start Date", "Certificate Expiry Date", "Certificate Status", "Certificate Subject",
                "Object ID", "UUID", "VI SDK Server", "VI SDK UUID");
        int n = 0;
        for (String host : hosts()) {
            n++;
            boolean prod = PROD_HOSTS.contains(host);
            boolean ntp = !host.equals("esx06.acme.local");
            // esx04: ntpd stopped after the October firewall change and nobody restarted it
            boolean ntpd = ntp && !host.equals("esx04.acme.local");
            // VMCA signs host certificates for five years; esx06 still has the one of its 2021 install
            LocalDateTime certificateStart = prod ? LocalDateTime.of(2024, 2, 12, 9, n, 0)
                    : host.equals("esx05.acme.local") ? LocalDateTime.of(2025, 3, 3, 14, 2, 11)
                    : LocalDateTime.of(2021, 12, 14, 10, 31, 7);
            LocalDateTime certificateExpiry = certificateStart.plusYears(5);
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
                    "NTP Server(s)", ntp ? "ntp1.acme.local, ntp2.acme.local, ntp3.acme.local" : null, "NTPD running", ntpd,
                    "Time Zone", "UTC", "Vendor", "Dell Inc.", "Model", prod ? "PowerEdge R750" : "PowerEdge R650",
                    "Serial number", "J" + (7000 + n) + "XK2", "BIOS Version", "1.13.2",
                    "Certificate Issuer", "O=" + VC + ", C=US, DC=local, DC=vsphere, CN=CA",
                    "Certificate Start Date", certificateStart, "Certificate Expiry Date", certificateExpiry,
                    "Certificate Status", certificateExpiry.isBefore(COLLECTED.plusDays(30)) ? "expirationImminent" : "good",
                    "Certificate Subject", "CN=" + host + ", OU=VMware Engineering, O=VMware, C=US",
                    "Object ID", "host-" + (20 + n),
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
                        // host monitoring was switched off for a network change in October and never back on (AVL-012)
                        "AdmissionControlEnabled", true, "Host monitoring", "disabled", "Isolation Response", "powerOff",
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

    /** Space promised on a datastore: what is used plus the thin disks' headroom; the dev VMs' thin disks overbook DS-DEV-01. */
    private static long provisionedMib(Datastore ds) {
        return ds.name.equals("DS-DEV-01") ? 7340032 : ds.capacityMib - ds.freeMib + 204800;
    }

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
                    "Capacity MiB", ds.capacityMib, "Provisioned MiB", provisionedMib(ds),
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
                "VLAN", "Promiscuous Mode", "Mac Changes", "Forged Transmits", "Traffic Shaping", "Width", "Peak",
                "Burst", "Policy", "Reverse Policy", "Notify Switch", "Rolling Order", "Offload", "TSO",
                "Zero Copy Xmit", "VI SDK Server", "VI SDK UUID");
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
                // the nested ESXi lab on VM-Dev needs promiscuous mode, MAC changes and forged transmits; the
                // VMkernel port groups do not override their switch (blank cells: the vSwitch row's policy)
                boolean nested = g[0].equals("VM-Dev");
                boolean vmk = !g[0].toString().startsWith("VM-");
                tab.rowOf("Host", host, "Datacenter", DC, "Cluster", cluster(host), "Port Group", g[0], "Switch", g[1],
                        "VLAN", g[2], "Promiscuous Mode", vmk ? null : nested, "Mac Changes", vmk ? null : nested,
                        "Forged Transmits", vmk ? null : nested, "Traffic Shaping", false, "Policy", "loadbalance_srcid",
                        "Reverse Policy", true, "Notify Switch", true, "Rolling Order", false, "Offload", true, "TSO", true,
                        "Zero Copy Xmit", true, "VI SDK Server", VC, "VI SDK UUID", VC_UUID);
            }
        }
    }

    /** The distributed switch of CL-PROD: its member hosts and largest MTU. */
    private static void dvSwitch(RvtoolsExportWriter w) {
        w.tab("dvSwitch", "Switch", "Datacenter", "Name", "Vendor", "Version", "Description", "Created",
                        "Host members", "Max Ports", "# Ports", "# VMs", "In Traffic Shaping", "Out Traffic Shaping",
                        "CDP Type", "CDP Operation", "LACP Name", "LACP Mode", "LACP Load Balance Alg.", "Max MTU",
                        "Contact", "Admin Name", "Object ID", "VI SDK Server", "VI SDK UUID")
                .rowOf("Switch", "dvs-prod", "Datacenter", DC, "Name", "dvs-prod", "Vendor", "VMware, Inc.",
                        "Version", "8.0.0", "Created", LocalDateTime.of(2024, 2, 13, 10, 4, 51),
                        "Host members", String.join(",", PROD_HOSTS), "Max Ports", 2147483647, "# Ports", 776,
                        "# VMs", VMS.stream().filter(v -> v.portGroup != null && v.portGroup.startsWith("dvpg-")).count(),
                        "In Traffic Shaping", false, "Out Traffic Shaping", false, "CDP Type", "cdp",
                        "CDP Operation", "listen", "Max MTU", 9000, "Object ID", "dvs-21", "VI SDK Server", VC,
                        "VI SDK UUID", VC_UUID);
    }

    private static void dvPort(RvtoolsExportWriter w) {
        RvtoolsExportWriter.TabBuilder tab = w.tab("dvPort", "Port", "Switch", "Type", "# Ports", "VLAN", "Speed",
                "Full Duplex", "Blocked", "Allow Promiscuous", "Mac Changes", "Active Uplink", "Standby Uplink", "Policy",
                "Forged Transmits", "In Traffic Shaping", "Out Traffic Shaping", "Reverse Policy", "Notify Switch",
                "Rolling Order", "Check Beacon", "Live Port Moving", "Sec. Policy Override", "Teaming Override",
                "Vlan Override", "Object ID", "VI SDK Server", "VI SDK UUID");
        // dvpg-dmz was made ephemeral when vCenter was down during the 2025 DMZ rebuild, and stayed so;
        // dvpg-fw-trunk passes the application VLANs to the virtual firewall appliance (not deployed yet)
        Object[][] groups = {
                {"dvs-prod-DVUplinks-21", "0-4094", "dvportgroup-22", "earlyBinding"},
                {"dvpg-prod-app", 100, "dvportgroup-23", "earlyBinding"},
                {"dvpg-prod-db", 110, "dvportgroup-24", "earlyBinding"},
                {"dvpg-prod-infra", 120, "dvportgroup-25", "earlyBinding"},
                {"dvpg-dmz", 200, "dvportgroup-26", "ephemeral"},
                {"dvpg-fw-trunk", "100-120,200", "dvportgroup-27", "earlyBinding"}};
        for (Object[] g : groups) {
            boolean uplink = g[0].toString().contains("DVUplinks");
            tab.rowOf("Port", g[0], "Switch", "dvs-prod", "Type", g[3], "# Ports", g[3].equals("ephemeral") ? 0 : 128,
                    "VLAN", g[1], "Speed", false, "Full Duplex", false, "Blocked", false, "Allow Promiscuous", false,
                    "Mac Changes", false, "Active Uplink", uplink ? null : "uplink1, uplink2", "Policy", "loadbalance_loadbased",
                    "Forged Transmits", false, "In Traffic Shaping", false, "Out Traffic Shaping", false,
                    "Reverse Policy", true, "Notify Switch", true, "Rolling Order", false, "Check Beacon", false,
                    "Live Port Moving", false, "Sec. Policy Override", false, "Teaming Override", false,
                    "Vlan Override", false, "Object ID", g[2], "VI SDK Server", VC, "VI SDK UUID", VC_UUID);
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

    /** The vCenter RVTools was pointed at. */
    static final String VC_VERSION = "8.0.2";
    static final String VC_BUILD = "22617221";

    private static void vSource(RvtoolsExportWriter w) {
        w.tab("vSource", "Name", "OS type", "API type", "API version", "Version", "Patch level", "Build", "Fullname",
                        "Product name", "Product version", "Product line", "Vendor", "VI SDK Server", "VI SDK UUID")
                .rowOf("Name", "VMware vCenter Server", "OS type", "linux-x64", "API type", "VirtualCenter",
                        "API version", "8.0.2.0", "Version", VC_VERSION, "Build", VC_BUILD,
                        "Fullname", "VMware vCenter Server " + VC_VERSION + " build-" + VC_BUILD,
                        "Product name", "VMware VirtualCenter Server", "Product version", "8.0", "Product line", "vpx",
                        "Vendor", "VMware, Inc.", "VI SDK Server", VC, "VI SDK UUID", VC_UUID);
    }

    /**
     * The licence keys vCenter holds: the Enterprise Plus subscription of the production hosts runs out
     * in January (the renewal order is still with purchasing), the development hosts run on perpetual
     * Standard keys.
     */
    private static void vLicense(RvtoolsExportWriter w) {
        w.tab("vLicense", "Name", "Key", "Labels", "Cost Unit", "Total", "Used", "Expiration Date", "Features",
                        "VI SDK Server", "VI SDK UUID")
                .rowOf("Name", "VMware vSphere 8 Enterprise Plus", "Key", "4N0JK-8R1DL-M8L4A-0T0K6-1H2A4",
                        "Cost Unit", "cpuPackage", "Total", 8, "Used", 8,
                        "Expiration Date", LocalDateTime.of(2027, 1, 14, 0, 0),
                        "Features", "vSphere HA, vMotion, Storage vMotion, DRS, Distributed Switch, vSphere FT (up to 8 virtual CPUs)",
                        "VI SDK Server", VC, "VI SDK UUID", VC_UUID)
                .rowOf("Name", "VMware vSphere 7 Standard", "Key", "1M49H-0K28M-48K8T-0C1RH-3ZJ3M",
                        "Cost Unit", "cpuPackage", "Total", 4, "Used", 4, "Expiration Date", "Never",
                        "Features", "vSphere HA, vMotion, Storage vMotion, vSphere FT (up to 2 virtual CPUs)",
                        "VI SDK Server", VC, "VI SDK UUID", VC_UUID)
                .rowOf("Name", "VMware vCenter Server 8 Standard", "Key", "0H48L-2P09J-M8K0C-0A3R2-9RF3M",
                        "Cost Unit", "server", "Total", 1, "Used", 1, "Expiration Date", "Never",
                        "Features", "vCenter Server Standard", "VI SDK Server", VC, "VI SDK UUID", VC_UUID);
    }

    /**
     * RVTools' own health checks: the rows virtaudit reads (SSH on esx05 left on after a support
     * case, ntpd stopped on esx04 and never configured on esx06, web01's connected ISO) among the
     * ones it does not.
     */
    private static void vHealth(RvtoolsExportWriter w) {
        RvtoolsExportWriter.TabBuilder tab = w.tab("vHealth", "Name", "Message", "Message type", "VI SDK Server",
                "VI SDK UUID");
        Object[][] rows = {
                {"esx05.acme.local", "SSH service is running!", "Security"},
                {"esx04.acme.local", "NTPD service is not running!", "NTPD"},
                {"esx06.acme.local", "NTPD service is not running!", "NTPD"},
                {"esx06.acme.local", "No NTP server(s) configured!", "NTP"},
                {"web01", "VM has a CDROM device connected! Device: ISO [DS-NFS-01] iso/ubuntu-22.04.4-live-server-amd64.iso",
                    "CDROM"},
                {"crm01", "Snapshot older than 7 days found! Snapshot: before-upgrade-9.2", "Snapshot"},
                {"app04", "VMware tools are out of date, not running or not installed!", "VM Tools"},
                {"DS-PROD-02", "Datastore free space is less than 15% free!", "Storage"},
                {"[DS-DEV-01] dev-old02/dev-old02.vmdk", "Possible a Zombie vmdk file! Please check.", "Zombie"}};
        for (Object[] r : rows) {
            tab.rowOf("Name", r[0], "Message", r[1], "Message type", r[2], "VI SDK Server", VC, "VI SDK UUID", VC_UUID);
        }
    }

    private static void vMetaData(RvtoolsExportWriter w) {
        w.tab("vMetaData", "RVTools major version", "RVTools version", "xlsx creation datetime", "Server")
                .row(4, "4.7.1.4", COLLECTED, VC);
    }
}
