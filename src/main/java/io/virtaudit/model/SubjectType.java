package io.virtaudit.model;

/** The kinds of object a finding can be about; their wire names are the JSON {@code subject.type}. */
public enum SubjectType implements Wire {
    ESTATE, CLUSTER, HOST, VM, LUN, MULTIPATH, VLAN, PORT_GROUP, MANAGER;

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
