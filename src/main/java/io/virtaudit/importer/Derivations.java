package io.virtaudit.importer;

import io.virtaudit.model.CpuVendor;
import io.virtaudit.model.OsFamily;
import io.virtaudit.model.PortGroup;
import io.virtaudit.model.Vm;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The derivations of the estate format: CPU vendor from model, guest family from guest OS, a VM's
 * datastores from its disks and its networks from its port groups.
 */
public final class Derivations {

    private static final List<String> LINUX_WORDS = List.of("linux", "ubuntu", "debian", "red hat", "rhel",
            "centos", "suse", "sles", "oracle linux", "rocky", "alma", "fedora", "photon", "coreos", "amazon linux");

    private Derivations() {
    }

    /** The vendor a CPU model names, {@code other} for an unrecognised model, null without a model. */
    public static CpuVendor cpuVendor(String model) {
        if (model == null || model.isBlank()) {
            return null;
        }
        String m = model.toLowerCase(Locale.ROOT);
        if (m.contains("intel") || m.contains("xeon")) {
            return CpuVendor.INTEL;
        }
        if (m.contains("amd") || m.contains("epyc") || m.contains("opteron")) {
            return CpuVendor.AMD;
        }
        if (m.contains("power")) {
            return CpuVendor.IBM;
        }
        if (m.contains("arm") || m.contains("ampere") || m.contains("graviton")) {
            return CpuVendor.ARM;
        }
        return CpuVendor.OTHER;
    }

    /** The OS family a guest OS description names, {@code other} when unrecognised, null without one. */
    public static OsFamily guestFamily(String guestOs) {
        if (guestOs == null || guestOs.isBlank()) {
            return null;
        }
        String g = guestOs.toLowerCase(Locale.ROOT);
        if (g.contains("windows")) {
            return OsFamily.WINDOWS;
        }
        if (LINUX_WORDS.stream().anyMatch(g::contains)) {
            return OsFamily.LINUX;
        }
        if (g.contains("solaris")) {
            return OsFamily.SOLARIS;
        }
        if (g.contains("freebsd") || g.contains("openbsd") || g.contains("netbsd")) {
            return OsFamily.BSD;
        }
        if (g.contains("aix")) {
            return OsFamily.AIX;
        }
        return OsFamily.OTHER;
    }

    /** The datastores of a VM's disks: distinct, in the order of the disks, disks without one adding nothing. */
    public static List<String> datastores(List<Vm.Disk> disks) {
        Set<String> datastores = new LinkedHashSet<>();
        for (Vm.Disk disk : disks) {
            if (disk != null && disk.datastore() != null) {
                datastores.add(disk.datastore());
            }
        }
        return List.copyOf(datastores);
    }

    /**
     * The VLANs of a VM's port groups: distinct, in the order of the port groups. A port group
     * without a {@code vlan} (a trunk, or one whose VLAN is unknown) adds nothing.
     */
    public static List<Integer> networks(List<String> portGroupIds, Map<String, PortGroup> portGroups) {
        Set<Integer> vlans = new LinkedHashSet<>();
        for (String id : portGroupIds) {
            PortGroup group = id == null ? null : portGroups.get(id);
            if (group != null && group.vlan() != null) {
                vlans.add(group.vlan());
            }
        }
        return List.copyOf(vlans);
    }
}
