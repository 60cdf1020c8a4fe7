package io.virtaudit.model.derived;

/** A LUN that non-template VMs of a cluster use: one fact per LUN and cluster (STO-011). */
public record LunClusterUse(String lun, String cluster, int vms) {
}
