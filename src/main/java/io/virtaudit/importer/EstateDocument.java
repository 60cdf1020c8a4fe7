package io.virtaudit.importer;

import io.virtaudit.model.Cluster;
import io.virtaudit.model.EstateInfo;
import io.virtaudit.model.Host;
import io.virtaudit.model.Lun;
import io.virtaudit.model.Manager;
import io.virtaudit.model.MultipathConfig;
import io.virtaudit.model.PortGroup;
import io.virtaudit.model.Vlan;
import io.virtaudit.model.Vm;
import java.util.List;

/**
 * An estate document as read, before cross-checking: collections may be null (absent), ids may
 * repeat and references may dangle until {@link EstateAssembler} has checked them.
 */
public record EstateDocument(Integer formatVersion, EstateInfo estate, List<Manager> managers, List<Cluster> clusters,
                             List<Host> hosts, List<Vm> vms, List<Lun> luns,
                             List<MultipathConfig> multipath, List<Vlan> vlans,
                             List<PortGroup> portGroups) {
}
