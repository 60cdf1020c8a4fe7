package io.virtaudit.model.derived;

import io.virtaudit.model.Cluster;
import io.virtaudit.model.Host;
import io.virtaudit.model.Lun;
import io.virtaudit.model.Vm;
import java.util.List;

/**
 * Where a VM runs, resolved once per VM: its host, the host's cluster and the LUNs of its
 * datastores. Rules about a VM and its host, cluster or datastores match this one fact with
 * plain constraints instead of joining each of 100,000s of VMs to its host (a tuple per VM and
 * rule) or iterating its datastores with {@code from}.
 *
 * @param cluster    the host's cluster, or null for a standalone host
 * @param datastores the distinct LUNs of the VM's datastores, in its order; null when its
 *                   datastores are unknown
 */
public record VmPlacement(Vm vm, Host host, Cluster cluster, List<Lun> datastores) {
}
