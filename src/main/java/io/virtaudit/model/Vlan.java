package io.virtaudit.model;

import java.util.List;
import java.util.Map;

/** A VLAN of the estate's design and what it carries. */
public record Vlan(Integer id, String name, List<VlanPurpose> purposes, Integer mtu,
                   List<String> hosts, Map<String, String> labels) implements EstateObject {

    public boolean carries(VlanPurpose purpose) {
        return purposes != null && purposes.contains(purpose);
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
