package io.virtaudit.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A checked, cross-referenced estate: immutable facts with derivations applied, the reference
 * time for age-based rules, and the source of every object.
 *
 * @param referenceTime       collectedAt, or the time of the run when the document has none
 * @param referenceTimeAssumed true when the time of the run stands in for collectedAt
 * @param managers            the document's managers; empty when it lists none
 */
public record Estate(EstateInfo info, Instant referenceTime, boolean referenceTimeAssumed,
                     List<Cluster> clusters, List<Host> hosts, List<Vm> vms, List<Lun> luns,
                     List<MultipathConfig> multipath, List<Vlan> vlans, List<PortGroup> portGroups,
                     List<Manager> managers,
                     Map<SubjectKey, SourceRef> sources, List<String> inputs) {

    /** Identifies an object across collections: its subject type and id. */
    public record SubjectKey(SubjectType type, String id) {
    }

    public SourceRef sourceOf(EstateObject object) {
        return sources.get(new SubjectKey(object.subjectType(), object.subjectId()));
    }

    /**
     * Counts per collection, in the order of the findings JSON; managers only when the document
     * lists some, so that the output for an estate without them stays as it was.
     */
    public Map<String, Integer> counts() {
        var counts = new java.util.LinkedHashMap<String, Integer>();
        counts.put("clusters", clusters.size());
        counts.put("hosts", hosts.size());
        counts.put("vms", vms.size());
        counts.put("luns", luns.size());
        counts.put("multipath", multipath.size());
        counts.put("vlans", vlans.size());
        counts.put("portGroups", portGroups.size());
        if (!managers.isEmpty()) {
            counts.put("managers", managers.size());
        }
        return counts;
    }
}
