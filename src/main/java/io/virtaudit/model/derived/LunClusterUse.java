package io.virtaudit.model.derived;

import java.util.List;

/**
 * A LUN that non-template VMs of a cluster use: one fact per LUN and cluster (STO-011).
 *
 * @param hostsMissing the active hosts of the cluster that the LUN is not presented to, sorted;
 *                     empty when the LUN's hosts are unknown
 */
public record LunClusterUse(String lun, String cluster, int vms, List<String> hostsMissing) {
}
