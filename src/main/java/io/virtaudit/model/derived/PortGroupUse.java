package io.virtaudit.model.derived;

/**
 * What a port group carries, computed once per port group: MS(pg) and PGVM(pg) of the catalogue.
 *
 * @param portGroup           the port group's id
 * @param managementOrStorage MS(pg): its purposes (when unknown, its VLAN's, never VLAN 0's) hold
 *                            management or storage
 * @param onVms               PGVM(pg): how many powered-on, non-template VMs connect to it
 * @param pcVm                one of those VMs is PC: production, or criticality critical or high
 */
public record PortGroupUse(String portGroup, boolean managementOrStorage, int onVms, boolean pcVm) {
}
