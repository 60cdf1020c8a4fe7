package io.virtaudit.importer.rvtools;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RVTools' spellings of values turned into the estate format's words. Each method returns the
 * wire word, or null where the export's value leaves the field unknown.
 */
final class Spellings {

    private static final Pattern ESX_VERSION = Pattern.compile("(?i)\\bESXi?\\s+(\\d+(?:\\.\\d+)*)");
    private static final Pattern ESX_BUILD = Pattern.compile("(?i)\\bESXi?\\s+\\d+(?:\\.\\d+)*\\s+build-(\\d+)\\b");
    private static final Pattern DATASTORE_PATH = Pattern.compile("^\\s*\\[([^\\]]+)]");
    private static final Pattern VLAN_ID = Pattern.compile("\\d{1,4}");

    private Spellings() {
    }

    /** {@code poweredOn}, {@code poweredOff}, {@code suspended}; null for anything else. */
    static String powerState(String text) {
        return switch (lower(text)) {
            case "poweredon", "on" -> "on";
            case "poweredoff", "off" -> "off";
            case "suspended" -> "suspended";
            default -> null;
        };
    }

    /** vTools' Tools column: {@code toolsOk}, {@code toolsOld}, {@code toolsNotRunning}, {@code toolsNotInstalled}. */
    static String tools(String text) {
        return switch (lower(text)) {
            case "toolsok" -> "ok";
            case "toolsold" -> "outdated";
            case "toolsnotrunning" -> "not-running";
            case "toolsnotinstalled" -> "not-installed";
            default -> null;
        };
    }

    /** {@code VMW_PSP_RR}, {@code VMW_PSP_MRU}, {@code VMW_PSP_FIXED}; any other policy is {@code other}. */
    static String pathPolicy(String text) {
        return switch (lower(text)) {
            case "" -> null;
            case "vmw_psp_rr", "round robin", "round robin (vmware)" -> "round-robin";
            case "vmw_psp_mru", "most recently used", "most recently used (vmware)" -> "mru";
            case "vmw_psp_fixed", "fixed", "fixed (vmware)" -> "fixed";
            default -> "other";
        };
    }

    /** {@code Active} and {@code Active (I/O)} are active; {@code Disabled} and {@code Unknown} leave it unknown. */
    static String pathState(String text) {
        String t = lower(text);
        if (t.startsWith("active")) {
            return "active";
        }
        return switch (t) {
            case "standby" -> "standby";
            case "dead" -> "dead";
            default -> null;
        };
    }

    /** The array vendor as the vendor table names it, from the SCSI vendor string of the LUN. */
    static String arrayVendor(String text) {
        String t = lower(text);
        return switch (t) {
            case "" -> null;
            case "netapp" -> "netapp";
            case "pure" -> "pure";
            case "dgc", "dell", "emc" -> "dell";
            case "3pardata", "hpe", "hp" -> "hpe";
            case "hitachi" -> "hitachi";
            case "ibm" -> "ibm";
            default -> t;
        };
    }

    /** The protocol an adapter type of vHBA (or the transport prefix of a path name) carries. */
    static String adapterProtocol(String type) {
        String t = lower(type);
        if (t.isEmpty()) {
            return null;
        }
        if (t.contains("nvme") && (t.contains("pcie") || t.contains("local"))) {
            return "local";
        }
        if (t.contains("nvme") || t.contains("rdma") || t.equals("tcp")) {
            return "nvmeof";
        }
        if (t.contains("fibre") || t.contains("fcoe") || t.equals("fc")) {
            return "fc";
        }
        if (t.contains("iscsi")) {
            return "iscsi";
        }
        if (t.contains("block") || t.contains("parallel") || t.contains("serial attached") || t.contains("sas")
                || t.contains("sata") || t.contains("ide") || t.contains("pcie") || t.contains("usb")) {
            return "local";
        }
        return null;
    }

    /** Drivers of Fibre Channel, iSCSI, NVMe-oF and local (RAID, SAS, SATA, USB) adapters, as vHBA's Driver gives them. */
    private static final Set<String> FC_DRIVERS = Set.of("lpfc", "qlnativefc", "qfle3f", "bfa", "nfnic", "qla2xxx",
            "lpfc820", "fnic");
    private static final Set<String> ISCSI_DRIVERS = Set.of("iscsi_vmk", "qfle3i", "bnx2i", "be2iscsi", "qedil");
    private static final Set<String> NVMEOF_DRIVERS = Set.of("nvmetcp", "nvmerdma");
    private static final Set<String> LOCAL_DRIVERS = Set.of("lsi_mr3", "megaraid_sas", "megaraid_perc9", "smartpqi",
            "hpsa", "nhpsa", "lsi_msgpt3", "lsi_msgpt35", "mpt3sas", "vmw_ahci", "ahci", "ata_piix", "vmkusb",
            "nvme_pcie", "vmw_pvscsi", "pvscsi", "intel-nvme-vmd", "iavmd");

    /**
     * The protocol of a vHBA adapter: by its Type, and where real exports leave the Type blank
     * (RAID and SAS controllers, NVMe over TCP) by its Driver, then its Model. Null when none says.
     */
    static String adapterProtocol(String type, String driver, String model) {
        String byType = adapterProtocol(type);
        if (byType != null) {
            return byType;
        }
        String d = lower(driver);
        if (FC_DRIVERS.contains(d)) {
            return "fc";
        }
        if (ISCSI_DRIVERS.contains(d)) {
            return "iscsi";
        }
        if (NVMEOF_DRIVERS.contains(d)) {
            return "nvmeof";
        }
        if (LOCAL_DRIVERS.contains(d)) {
            return "local";
        }
        String m = lower(model);
        if (m.contains("nvme over tcp") || m.contains("nvme over rdma") || m.contains("rdma")) {
            return "nvmeof";
        }
        if (m.contains("fibre channel") || m.matches(".*\\b(hba|fc)\\b.*\\bfibre\\b.*")) {
            return "fc";
        }
        if (m.contains("raid") || m.contains("smart array") || m.contains("sas") || m.contains("ahci")
                || m.contains("sata") || m.contains("boss")) {
            return "local";
        }
        return null;
    }

    /**
     * An NFS datastore's export as {@code server:/path}: RVTools' Address is {@code server path}
     * ({@code 172.18.60.10 ssd-010968/main}); an address already written with a colon is kept.
     */
    static String nfsExport(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String a = address.strip();
        if (a.contains(":/") || !a.contains(" ")) {
            return a;
        }
        int space = a.indexOf(' ');
        String path = a.substring(space + 1).strip();
        return a.substring(0, space) + ":" + (path.startsWith("/") ? path : "/" + path);
    }

    private static final Pattern VCLS_NAME = Pattern.compile("vCLS-[0-9a-fA-F-]+|vCLS \\(\\d+\\)|vCLS");

    /**
     * A vSphere Cluster Services agent VM, which vCenter deploys one to three per cluster:
     * named {@code vCLS-<uuid>} (7.0 U3 and later) or {@code vCLS (n)} (7.0 U1, U2), and either
     * running Photon OS or annotated {@code vSphere Cluster Service}. The name alone is not
     * enough: a customer may have called a VM so.
     */
    static boolean clusterServiceAgent(String name, String osConfig, String osTools, String annotation) {
        if (name == null || !VCLS_NAME.matcher(name.strip()).matches()) {
            return false;
        }
        return lower(osConfig).contains("photon") || lower(osTools).contains("photon")
                || lower(annotation).startsWith("vsphere cluster service");
    }

    /** vDatastore Type: NFS is nfs3, NFS41 nfs41, vsan vsan; VMFS depends on its paths (null here). */
    static String fileProtocol(String type) {
        String t = lower(type).replace(" ", "");
        if (t.equals("nfs") || t.equals("nfs3")) {
            return "nfs3";
        }
        if (t.equals("nfs41") || t.equals("nfs4.1")) {
            return "nfs41";
        }
        if (t.contains("vsan")) {
            return "vsan";
        }
        return null;
    }

    static boolean vmfs(String type) {
        return lower(type).startsWith("vmfs");
    }

    /** The version in {@code VMware ESXi 8.0.2 build-22380479}, null when there is none. */
    static String esxVersion(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ESX_VERSION.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** The build in {@code VMware ESXi 8.0.3 build-24674464} ({@code 24674464}), null when there is none. */
    static String esxBuild(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ESX_BUILD.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** The datastore of a {@code [DS] folder/vm.vmx} path, null when the path has none. */
    static String datastoreOfPath(String path) {
        if (path == null) {
            return null;
        }
        Matcher m = DATASTORE_PATH.matcher(path);
        return m.find() && !m.group(1).isBlank() ? m.group(1).strip() : null;
    }

    /**
     * A port group's VLAN: a single id; null for a trunk range ({@code 0-4094}), a private VLAN or an
     * empty cell, which name no single VLAN.
     */
    static Integer vlan(String text) {
        if (text == null || !VLAN_ID.matcher(text.strip()).matches()) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }

    /** vSC_VMK Services ({@code Management, vMotion}): the purposes of the VMkernel port's VLAN. */
    static Set<String> purposesOfServices(String services) {
        Set<String> purposes = new java.util.LinkedHashSet<>();
        for (String service : lower(services).split("\\s*[,;]\\s*")) {
            String s = service.replace(" ", "").replace("_", "");
            if (s.isEmpty() || s.equals("none")) {
                continue;
            }
            if (s.contains("management")) {
                purposes.add("management");
            } else if (s.contains("vmotion") || s.contains("provisioning")) {
                purposes.add("vmotion");
            } else if (s.contains("vsan") || s.contains("nfs") || s.contains("iscsi") || s.contains("nvme")) {
                purposes.add("storage");
            } else if (s.contains("faulttolerance") || s.equals("ft")) {
                purposes.add("ft");
            } else if (s.contains("replication")) {
                purposes.add("replication");
            }
        }
        return purposes;
    }

    /**
     * The purpose a VMkernel port suggests where the export has no Services column (real 4.x
     * exports have none): {@code vmk0} is the management interface ESXi creates at install; else
     * the port group's name, in the words administrators use ({@code Mng}, {@code Service Console},
     * {@code VMkernel-NVME-A}). Null when nothing says: never {@code vm}.
     */
    static String purposeOfVmkernelPort(String device, String portGroup) {
        if ("vmk0".equals(lower(device))) {
            return "management";
        }
        return purposeOfPortGroupName(portGroup);
    }

    private static final Pattern MANAGEMENT_WORD = Pattern.compile("\\b(management|mgmt|mng|mgt|service console)\\b");
    private static final Pattern FT_WORD = Pattern.compile("\\b(ft|fault ?tolerance)\\b");
    private static final Pattern BACKUP_WORD = Pattern.compile("\\bbackup\\b");

    /** The purpose a VMkernel port group's name suggests, or null. */
    static String purposeOfPortGroupName(String name) {
        String n = lower(name).replace('_', ' ').replace('-', ' ');
        if (MANAGEMENT_WORD.matcher(n).find() || n.contains("management")) {
            return "management";
        }
        if (n.contains("vmotion")) {
            return "vmotion";
        }
        if (n.contains("iscsi") || n.contains("nfs") || n.contains("storage") || n.contains("vsan") || n.contains("nvme")) {
            return "storage";
        }
        if (n.contains("replication")) {
            return "replication";
        }
        if (FT_WORD.matcher(n).find()) {
            return "ft";
        }
        if (BACKUP_WORD.matcher(n).find()) {
            return "backup";
        }
        return null;
    }

    private static String lower(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a dvPort row is the distributed switch's uplink port group (it holds the physical NICs,
     * not VMs): its name says so ({@code DSwitch-DVUplinks-34}, any case), or both its VLAN and its
     * Active Uplink cells are blank (every other port group has a VLAN setting and active uplinks).
     */
    static boolean uplinkPortGroup(String name, String vlan, String activeUplink) {
        return name.toLowerCase(java.util.Locale.ROOT).contains("uplink") || vlan == null && activeUplink == null;
    }

    // the VM's devices (vCD, vFloppy) and vHealth's messages

    /**
     * What a CD/DVD or floppy drive is attached to, from vCD's Device Type: {@code ISO [DS] path.iso}
     * → {@code iso}; {@code Remote …} and {@code Client Device} (the console user's drive) →
     * {@code client-device}; {@code ATAPI …}, {@code Passthru …} and {@code /vmfs/devices/cdrom/…}
     * (a drive of the host) → {@code host-device}; anything else {@code other}; blank: null.
     */
    static String deviceBacking(String deviceType) {
        String t = lower(deviceType);
        if (t.isEmpty()) {
            return null;
        }
        if (t.startsWith("iso")) {
            return "iso";
        }
        if (t.startsWith("remote") || t.equals("client device")) {
            return "client-device";
        }
        if (t.startsWith("atapi") || t.startsWith("passthru") || t.startsWith("/vmfs/devices/cdrom/")) {
            return "host-device";
        }
        return "other";
    }

    /** The vHealth rows that say something no other tab says; every other row is not read. */
    enum HealthFact {
        /** {@code Security}, {@code SSH service is running!}: hosts.services.ssh.running. */
        SSH_RUNNING("security", "ssh service is running!"),
        /** {@code Security}, {@code ESXi Shell service is running!}: hosts.services.shell.running. */
        SHELL_RUNNING("security", "esxi shell service is running!"),
        /** {@code NTPD}, {@code NTPD service is not running!}: hosts.ntpRunning false. */
        NTPD_NOT_RUNNING("ntpd", "ntpd service is not running!"),
        /** Any type, {@code VM has a Floppy device connected!}: a connected floppy drive. */
        FLOPPY_CONNECTED(null, "vm has a floppy device connected!"),
        /** {@code CDROM}, {@code VM has a CDROM device connected! Path = …}: a connected CD/DVD drive. */
        CDROM_CONNECTED("cdrom", "vm has a cdrom device connected!");

        private final String type;
        private final String start;

        HealthFact(String type, String start) {
            this.type = type;
            this.start = start;
        }

        /** Whether the fact is about a host (else about a VM). */
        boolean aboutHost() {
            return this == SSH_RUNNING || this == SHELL_RUNNING || this == NTPD_NOT_RUNNING;
        }
    }

    /** The fact a vHealth row states, by its Message type and the start of its Message, any case; null for others. */
    static HealthFact healthFact(String messageType, String message) {
        String type = lower(messageType);
        String text = lower(message);
        for (HealthFact fact : HealthFact.values()) {
            if ((fact.type == null || fact.type.equals(type)) && text.startsWith(fact.start)) {
                return fact;
            }
        }
        return null;
    }

    // ---- port groups and VM adapters (dvSwitch, dvPort, vNetwork, vInfo Network #n) ----

    private static final String VLAN_ITEM = "\\d{1,5}(\\s*-\\s*\\d{1,5})?";
    private static final Pattern VLAN_RANGE_LIST = Pattern.compile(VLAN_ITEM + "(\\s*[,;]\\s*" + VLAN_ITEM + ")*");

    /**
     * dvPort VLAN of a trunk port group, as ranges ({@code 0-4094}; {@code 100-199,300}); null when
     * the text is no list of ids and ranges. The ranges are as written: bounds are checked by the caller.
     */
    static java.util.List<io.virtaudit.model.VlanRange> vlanTrunk(String text) {
        if (text == null || !VLAN_RANGE_LIST.matcher(text.strip()).matches()) {
            return null;
        }
        return java.util.Arrays.stream(text.strip().split("\\s*[,;]\\s*"))
                .map(io.virtaudit.model.VlanRange::parse).toList();
    }

    /**
     * dvPort Type, the vSphere API's port binding: {@code earlyBinding} is static, {@code lateBinding}
     * dynamic (deprecated), {@code ephemeral} ephemeral; the estate's own words are read too. Null for
     * anything else.
     */
    static String portBinding(String type) {
        return switch (lower(type)) {
            case "earlybinding", "static" -> "static";
            case "latebinding", "dynamic" -> "dynamic";
            case "ephemeral" -> "ephemeral";
            default -> null;
        };
    }

    /** dvSwitch Host members ({@code esx01.lab, esx02.lab}): the host names; null for an empty cell. */
    static java.util.List<String> hostMembers(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return java.util.Arrays.stream(text.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** What RVTools writes for an adapter that is connected to no network. */
    static boolean notConnected(String network) {
        return "not connected".equals(lower(network));
    }
}
