package io.virtaudit.importer;

import io.virtaudit.model.CpuVendor;
import io.virtaudit.model.OsFamily;
import java.util.List;
import java.util.Locale;

/** The derivations of the estate format: CPU vendor from model, guest family from guest OS. */
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
}
