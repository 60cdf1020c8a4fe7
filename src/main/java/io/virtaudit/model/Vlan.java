package io.virtaudit.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** A VLAN of the estate's design and what it carries. */
public record Vlan(Integer id, String name, List<VlanPurpose> purposes, Integer mtu,
                   List<String> hosts, Map<String, String> labels) implements EstateObject {

    public boolean carries(VlanPurpose purpose) {
        return purposes != null && purposes.contains(purpose);
    }

    /** The wire names of what the VLAN carries besides {@code purpose}, each once, sorted (SEC-005). */
    public List<String> purposesOtherThan(VlanPurpose purpose) {
        TreeSet<String> others = new TreeSet<>();
        if (purposes != null) {
            for (VlanPurpose p : purposes) {
                if (p != null && p != purpose) {
                    others.add(p.wireName());
                }
            }
        }
        return new ArrayList<>(others);
    }

    /**
     * NET-002: the MTUs the hosts' interfaces on the VLAN have disagree: more than one, or one that is
     * not the VLAN's designed MTU (when known).
     */
    public boolean mtuMismatch(Collection<Integer> hostMtus) {
        return hostMtus.size() > 1 || (mtu != null && !hostMtus.isEmpty() && !hostMtus.contains(mtu));
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.VLAN;
    }

    @Override
    public String subjectId() {
        return String.valueOf(id);
    }

    @Override
    public String displayName() {
        return name != null ? name : String.valueOf(id);
    }
}
