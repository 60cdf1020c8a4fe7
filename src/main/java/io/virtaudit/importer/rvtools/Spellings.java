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

    /** The purpose a VMkernel port group's name suggests, where the export has no Services column. */
    static String purposeOfPortGroupName(String name) {
        String n = lower(name);
        if (n.contains("management")) {
            return "management";
        }
        if (n.contains("vmotion")) {
            return "vmotion";
        }
        if (n.contains("iscsi") || n.contains("nfs") || n.contains("storage") || n.contains("vsan")) {
            return "storage";
        }
        if (n.contains("replication")) {
            return "replication";
        }
        if (n.contains("fault tolerance") || n.contains("faulttolerance")) {
            return "ft";
        }
        return null;
    }

    private static String lower(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
