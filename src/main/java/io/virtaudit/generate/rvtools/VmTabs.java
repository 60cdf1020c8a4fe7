package io.virtaudit.generate.rvtools;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The VM tabs: vInfo, vCPU, vMemory, vDisk, vPartition, vNetwork, vCD, vUSB, vSnapshot and vTools.
 * Each row starts and ends with the columns RVTools repeats in every VM tab (name, power state,
 * annotation, custom attributes, placement, OS, VM ID and UUID, vCenter).
 */
final class VmTabs implements SharedStrings.Slots {

    private static final int NAME = 0;
    private static final int VM_ID = 1;
    private static final int UUID = 2;
    private static final int RUBRIK = 3;
    private static final int DIRECTORY = 4;
    private static final DateTimeFormatter RUBRIK_TIME = DateTimeFormatter
            .ofPattern("EEE MMM dd HH:mm:ss 'UTC' yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String AGENT_NOTE = "vSphere Cluster Service VM is deployed from an OVA with a minimal"
            + " installed profile of PhotonOS. vSphere Cluster Service manages the resources, power state and"
            + " availability of these VMs.";

    private final ExportPlan plan;

    VmTabs(ExportPlan plan) {
        this.plan = plan;
    }

    @Override
    public int perVm() {
        return 5;
    }

    @Override
    public String text(int vm, int slot) {
        return switch (slot) {
            case NAME -> plan.vmName(vm);
            case VM_ID -> "vm-" + (1001 + vm - plan.siteOfVm(vm).vmFrom());
            case UUID -> plan.uuid("vm", vm);
            case RUBRIK -> "Last Backup successfully completed at " + RUBRIK_TIME.format(plan.lastBackup(vm));
            default -> "[" + plan.datastoreOfVm(vm) + "] " + plan.vmName(vm) + "/";
        };
    }

    /** The columns every VM tab shares. */
    private void common(Sheet s, int vm) {
        ExportPlan.Site site = plan.siteOfVm(vm);
        s.slot("VM", vm, NAME);
        s.text("Powerstate", plan.poweredOn(vm) ? "poweredOn" : "poweredOff");
        s.text("Annotation", annotation(vm));
        if (plan.rubrik(vm)) {
            s.slot("Rubrik_LastBackup", vm, RUBRIK);
        }
        s.text("Datacenter", site.datacenter());
        s.text("Cluster", plan.cluster(plan.clusterOfVm(vm)));
        s.text("Host", plan.host(plan.hostOfVm(vm)));
        s.text("OS according to the configuration file", plan.osConfig(vm));
        s.slot("VM ID", vm, VM_ID);
        s.slot("VM UUID", vm, UUID);
        s.text("VI SDK Server", site.server());
        s.text("VI SDK UUID", site.uuid());
    }

    private void folderAndTools(Sheet s, int vm, String toolsHeader) {
        s.text("Folder", folder(vm));
        s.text(toolsHeader, plan.osTools(vm));
    }

    private String annotation(int vm) {
        if (plan.agent(vm)) {
            return AGENT_NOTE;
        }
        int pick = plan.dice.pick("annotation", vm, 10);
        return pick < 6 ? null : pick < 9 ? "Owner: team-" + plan.dice.pick("owner", vm, 40) : "Created by Terraform";
    }

    private String folder(int vm) {
        return plan.agent(vm) ? "vCLS" : "Servers/" + plan.role(vm);
    }

    void vInfo(Sheet s, int vm) {
        common(s, vm);
        boolean on = plan.poweredOn(vm);
        ExportPlan.Site site = plan.siteOfVm(vm);
        int cluster = plan.clusterOfVm(vm);
        String name = plan.vmName(vm);
        s.text("Template", "False");
        String state = plan.slips.connectionState(vm);
        if (!state.equals("connected")) {
            s.text("Connection state", state);
        }
        if (plan.slips.consolidationNeeded(vm)) {
            s.text("Consolidation Needed", "True");
        }
        if (plan.slips.latencyHigh(vm)) {
            s.text("Latency Sensitivity", "high");
        }
        s.once("DNS Name", plan.agent(vm) ? null : name + "." + ExportPlan.DOMAIN);
        s.text("Guest state", on ? "running" : "notRunning");
        s.text("Heartbeat", on ? "green" : "gray");
        if (on) {
            s.date("PowerOn", ExportPlan.EXPORTED.minusSeconds(3_600L * (1 + plan.dice.pick("uptime", vm, 4_000))));
        }
        s.date("Creation date", plan.created(vm));
        s.once("Change Version", plan.created(vm).plusSeconds(plan.dice.pick("change", vm, 9_000_000)).toString());
        // vCenter cannot read an orphaned, inaccessible or invalid VM's configuration: RVTools writes 0
        boolean unreadable = plan.slips.unreadable(vm);
        s.number("CPUs", unreadable ? 0 : plan.cpus(vm));
        s.number("Memory", unreadable ? 0 : plan.memoryMib(vm));
        s.number("Active Memory", on ? plan.memoryMib(vm) / (2 + plan.dice.pick("active", vm, 8)) : 0);
        s.number("NICs", plan.nics(vm));
        s.number("Disks", plan.disks(vm));
        long total = 0;
        for (int d = 0; d < plan.disks(vm); d++) {
            total += plan.diskMib(vm, d);
        }
        s.number("Total disk capacity MiB", total);
        s.text("min Required EVC Mode Key", "intel-icelake");
        s.text("EnableUUID", plan.windows(vm) ? "False" : "True");
        if (on && !plan.agent(vm)) {
            s.once("Primary IP Address", plan.ip(vm));
        }
        for (int n = 0; n < plan.nics(vm); n++) {
            s.text("Network #" + (n + 1), plan.agent(vm) ? "Not connected" : plan.vmPortGroup(cluster, (vm + n) % 3));
        }
        s.number("Video Ram KiB", plan.windows(vm) ? 16_384 : 8_192);
        s.text("Resource pool", "Resources");
        s.text("Folder ID", "group-v" + (plan.agent(vm) ? 2001 : 3000 + plan.roleIndex(vm)));
        s.text("Folder", folder(vm));
        s.number("Provisioned MiB", total + plan.memoryMib(vm));
        s.number("In Use MiB", total * (30 + plan.dice.pick("used", vm, 60)) / 100);
        s.number("Unshared MiB", total * (25 + plan.dice.pick("used", vm, 60)) / 100);
        s.text("EFI Secure boot", plan.windows(vm) ? "True" : "False");
        s.text("Firmware", plan.windows(vm) || plan.agent(vm) ? "efi" : "bios");
        s.number("HW version", plan.slips.hardwareVersion(vm));
        s.once("Path", "[" + plan.datastoreOfVm(vm) + "] " + name + "/" + name + ".vmx");
        s.slot("Log directory", vm, DIRECTORY);
        s.slot("Snapshot directory", vm, DIRECTORY);
        s.slot("Suspend directory", vm, DIRECTORY);
        s.text("OS according to the VMware Tools", plan.osTools(vm));
        if (on) {
            s.text("Guest Detailed Data", guestDetails(vm));
        }
        s.once("SMBIOS UUID", plan.uuid("smbios", vm));
        s.text("VI SDK Server type", site.index() == 0 ? "VMware vCenter Server 8.0.2 build-22617221"
                : "VMware vCenter Server 7.0.3 build-21784236");
        s.text("VI SDK API Version", site.index() == 0 ? "8.0.2.0" : "7.0.3.0");
        s.endRow();
    }

    private String guestDetails(int vm) {
        if (plan.windows(vm)) {
            return "architecture='X86' bitness='64' buildNumber='20348' distroName='Windows' familyName='Windows'"
                    + " kernelVersion='20348' prettyName='" + plan.osConfig(vm).replace(" (64-bit)", "") + "'";
        }
        return "architecture='X86' bitness='64' distroName='" + plan.osConfig(vm).replace(" (64-bit)", "")
                + "' familyName='Linux' kernelVersion='5.14.0-427.el9.x86_64' prettyName='"
                + plan.osConfig(vm).replace(" (64-bit)", "") + "'";
    }

    void vCpu(Sheet s, int vm) {
        common(s, vm);
        folderAndTools(s, vm, "OS according to the VMware Tools");
        int cpus = plan.cpus(vm);
        int sockets = cpus >= 8 ? 2 : 1;
        s.number("CPUs", cpus).number("Sockets", sockets).number("Cores p/s", cpus / sockets);
        s.number("Max", cpus * 2_000L).number("Overall", plan.poweredOn(vm) ? plan.dice.pick("cpuUse", vm, cpus * 900) : 0);
        s.number("Shares", cpus * 1_000L).number("Entitlement", cpus * 2_000L).number("DRS Entitlement", cpus * 150L);
        s.number("Limit", plan.slips.cpuLimitMhz(vm));
        if (plan.slips.reserved(vm)) {
            s.number("Reservation", cpus * 2_000L);
        }
        s.endRow();
    }

    void vMemory(Sheet s, int vm) {
        common(s, vm);
        folderAndTools(s, vm, "OS according to the VMware Tools");
        int mib = plan.memoryMib(vm);
        boolean on = plan.poweredOn(vm);
        s.number("Size MiB", mib).number("Overhead", 40 + mib / 200).number("Max", mib);
        s.number("Consumed", on ? mib * 9L / 10 : 0).number("Consumed Overhead", on ? 30 + mib / 250 : 0);
        s.number("Private", on ? mib * 8L / 10 : 0).number("Shared", on ? mib / 10 : 0);
        s.number("Active", on ? mib / 5 : 0).number("Entitlement", on ? mib : 0).number("DRS Entitlement", on ? mib / 4 : 0);
        s.number("Shares", mib * 10L);
        s.number("Limit", plan.slips.memoryLimitMib(vm));
        if (plan.slips.reserved(vm)) {
            s.number("Reservation", mib);
        }
        s.endRow();
    }

    void vDisk(Sheet s, int vm, int disk) {
        common(s, vm);
        folderAndTools(s, vm, "OS according to the VMware Tools");
        String name = plan.vmName(vm);
        s.text("Disk", "Hard disk " + (disk + 1)).number("Disk Key", 2_000 + disk);
        s.once("Disk UUID", plan.uuid("disk", vm * 8L + disk).replace("-", "").toUpperCase(Locale.ROOT));
        String path = "[" + plan.datastoreOfVm(vm) + "] " + name + "/" + name + (disk == 0 ? "" : "_" + disk) + ".vmdk";
        s.once("Path", path);
        s.number("Capacity MiB", plan.diskMib(vm, disk));
        diskKind(s, vm, disk);
        s.text("Controller", "SCSI controller 0").text("Label", "Hard disk " + (disk + 1));
        s.number("SCSI Unit #", disk).number("Unit #", disk);
        s.number("Internal Sort Column", 1);
        s.endRow();
    }

    /** Disk Mode, Raw, Sharing and Thin of a disk: most are plain, the second disk takes the slips. */
    private void diskKind(Sheet s, int vm, int disk) {
        ExportSlips.DiskKind kind = plan.slips.diskKind(vm, disk);
        switch (kind) {
            case INDEPENDENT -> s.text("Disk Mode", "independent_persistent");
            case NONPERSISTENT -> s.text("Disk Mode", "independent_nonpersistent");
            case PHYSICAL_RDM -> {
                s.text("Disk Mode", "independent_persistent").text("Raw", "True").text("Raw Comp. Mode", "physicalMode");
                s.text("Shared Bus", "physicalSharing");
                s.once("Raw LUN ID", "0200" + plan.hex("rdm", vm, 24) + "4c554e20202020");
            }
            case MULTI_WRITER -> s.text("Disk Mode", "independent_persistent").text("Sharing mode", "sharingMultiWriter")
                    .text("Eagerly Scrub", "True");
            default -> {
            }
        }
        boolean thin = kind == ExportSlips.DiskKind.PLAIN || kind == ExportSlips.DiskKind.NONPERSISTENT;
        s.text("Thin", thin && plan.dice.chance("thin", vm, 0.6) ? "True" : "False");
    }

    /** One partition per disk, and {@code /boot} besides on Linux; none when the tools cannot tell. */
    int partitions(int vm) {
        if (!plan.poweredOn(vm) || "toolsNotRunning".equals(plan.toolsStatus(vm))) {
            return 0;
        }
        return plan.disks(vm) + (plan.windows(vm) ? 0 : 1);
    }

    void vPartition(Sheet s, int vm, int partition) {
        common(s, vm);
        folderAndTools(s, vm, "OS according to the VMware Tools");
        boolean windows = plan.windows(vm);
        int disk = windows ? partition : Math.max(0, partition - 1);
        String name = windows ? (char) ('C' + partition) + ":\\"
                : partition == 0 ? "/boot" : partition == 1 ? "/" : "/data" + (partition - 1);
        long capacity = !windows && partition == 0 ? 1_014 : plan.diskMib(vm, disk) - (windows ? 1 : 1_030);
        long free = (long) (capacity * plan.slips.freePercent(vm, partition, partition == partitions(vm) - 1) / 100);
        s.number("Disk Key", 2_000 + disk).text("Disk", name).number("Capacity MiB", capacity);
        s.number("Consumed MiB", capacity - free).number("Free MiB", free).number("Free %", free * 100 / capacity);
        s.number("Internal Sort Column", partition);
        s.endRow();
    }

    void vNetwork(Sheet s, int vm, int nic) {
        common(s, vm);
        folderAndTools(s, vm, "OS according to the VMware Tools");
        int cluster = plan.clusterOfVm(vm);
        s.text("NIC label", "Network adapter " + (nic + 1));
        s.text("Network", plan.agent(vm) ? null : plan.vmPortGroup(cluster, (vm + nic) % 3));
        s.text("Switch", plan.agent(vm) ? null : plan.dvSwitch(cluster));
        s.text("Connected", plan.poweredOn(vm) && !plan.agent(vm) ? "True" : "False");
        s.once("Mac Address", plan.mac("mac", vm * 8L + nic));
        if (plan.poweredOn(vm) && !plan.agent(vm) && nic == 0) {
            s.once("IPv4 Address", plan.ip(vm));
        }
        s.number("Internal Sort Column", nic);
        s.endRow();
    }

    void vCd(Sheet s, int vm) {
        common(s, vm);
        folderAndTools(s, vm, "OS according to the VMware Tools");
        boolean connected = plan.cdConnected(vm);
        s.text("Device Node", "CD/DVD drive 1").text("Connected", connected ? "True" : "False");
        s.text("Device Type", connected ? "ISO [" + plan.nfsDatastore(plan.clusterOfVm(vm)) + "] iso/"
                + (plan.windows(vm) ? "SW_DVD9_Win_Server_2022.iso" : "rhel-9.4-x86_64-dvd.iso") : "Client Device");
        s.slot("VMRef", vm, VM_ID);
        s.endRow();
    }

    void vUsb(Sheet s, int vm) {
        common(s, vm);
        folderAndTools(s, vm, "OS according to the VMware tools");
        s.text("Device Node", "USB 1").text("Device Type", "SafeNet Token JC").text("Connected", "True");
        s.text("Family", "other").text("Speed", "full").text("EHCI enabled", "True").text("Auto connect", "True");
        s.number("Bus number", 1).number("Unit number", 0);
        s.slot("VMRef", vm, VM_ID);
        s.endRow();
    }

    void vSnapshot(Sheet s, int vm, int n) {
        common(s, vm);
        folderAndTools(s, vm, "OS according to the VMware Tools");
        Instant taken = ExportPlan.EXPORTED.minusSeconds(86_400L * (1 + plan.dice.pick("snapAge", vm * 4L + n, 200)));
        s.text("Name", n == 0 ? "Before patching" : "VM Snapshot " + (n + 1));
        s.text("Description", n == 0 ? "Taken before the monthly patch window" : null);
        s.date("Date / time", taken);
        s.once("Filename", "[" + plan.datastoreOfVm(vm) + "] " + plan.vmName(vm) + "/" + plan.vmName(vm)
                + "-Snapshot" + (n + 1) + ".vmsn");
        s.number("Size MiB (vmsn)", 12).number("Size MiB (total)", 1_024 + plan.dice.pick("snapSize", vm, 40_000));
        s.text("Quiesced", "False").text("State", plan.poweredOn(vm) ? "poweredOn" : "poweredOff");
        s.endRow();
    }

    void vTools(Sheet s, int vm) {
        common(s, vm);
        folderAndTools(s, vm, "OS according to the VMware Tools");
        String tools = plan.toolsStatus(vm);
        boolean running = !"toolsNotRunning".equals(tools);
        s.text("VM Version", "vmx-" + plan.slips.hardwareVersion(vm));
        s.text("Tools", tools).number("Tools Version", "toolsOld".equals(tools) ? 11_333 : 12_389);
        s.number("Required Version", 12_389).text("Upgradeable", "toolsOld".equals(tools) ? "True" : "False");
        s.text("App status", running ? "appStatusGray" : null).text("Heartbeat status", running ? "green" : "gray");
        s.text("Kernel Crash state", "false").text("Operation Ready", running ? "True" : "False");
        s.text("State change support", running ? "True" : "False").text("Interactive Guest", running ? "True" : "False");
        s.slot("VMRef", vm, VM_ID);
        s.endRow();
    }
}
