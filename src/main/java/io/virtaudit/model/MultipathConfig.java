package io.virtaudit.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** How one host reaches one block LUN: its paths and path handling. Identified as HOST:LUN. */
public record MultipathConfig(String host, String lun, List<Path> paths, PathPolicy policy,
                              String satp, Boolean alua, Integer rrIops, Map<String, String> labels)
        implements EstateObject {

    /** One path to the LUN; fabric is a free label such as A or B. */
    public record Path(String name, PathState state, String fabric) {
    }

    public String id() {
        return host + ":" + lun;
    }

    /** Paths listed, whatever their state; null when the paths are unknown. */
    public Integer pathCount() {
        return paths == null ? null : paths.size();
    }

    public int pathsIn(PathState state) {
        int count = 0;
        if (paths != null) {
            for (Path path : paths) {
                if (path.state() == state) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The policy's wire name ({@code round-robin}), for decision tables; null when unknown. */
    public String policyName() {
        return policy == null ? null : policy.wireName();
    }

    public int deadPaths() {
        return pathsIn(PathState.DEAD);
    }

    public int activePaths() {
        return pathsIn(PathState.ACTIVE);
    }

    /**
     * Every path names its fabric and they all name the same one (case aside): one fabric failure
     * cuts the host off the LUN (STO-003). False when the paths are unknown or one's fabric is.
     */
    public boolean singleFabric() {
        if (paths == null || paths.isEmpty()) {
            return false;
        }
        Set<String> fabrics = new HashSet<>();
        for (Path path : paths) {
            if (path.fabric() == null || path.fabric().isBlank()) {
                return false;
            }
            fabrics.add(path.fabric().strip().toUpperCase(Locale.ROOT));
        }
        return fabrics.size() < 2;
    }

    /** The fabrics the paths name, as written, sorted; none when the paths are unknown. */
    public List<String> fabrics() {
        TreeSet<String> fabrics = new TreeSet<>();
        if (paths != null) {
            for (Path path : paths) {
                if (path.fabric() != null && !path.fabric().isBlank()) {
                    fabrics.add(path.fabric().strip());
                }
            }
        }
        return new ArrayList<>(fabrics);
    }

    /** Whether the SATP is an ALUA one ({@code VMW_SATP_ALUA}, {@code VMW_SATP_ALUA_CX}, …). */
    public boolean aluaSatp() {
        return satp != null && satp.toUpperCase(java.util.Locale.ROOT).contains("ALUA");
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.MULTIPATH;
    }

    @Override
    public String subjectId() {
        return id();
    }

    @Override
    public String displayName() {
        return id();
    }
}
