package io.virtaudit.model.derived;

/** A VLAN that powered-on VMs of a cluster use: one fact per VLAN and cluster (NET-001). */
public record VlanUse(Integer vlan, String cluster, int onVms) {
}
