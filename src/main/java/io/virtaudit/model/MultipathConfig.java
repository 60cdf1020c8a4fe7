package io.virtaudit.model;

import java.util.List;
import java.util.Map;

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
