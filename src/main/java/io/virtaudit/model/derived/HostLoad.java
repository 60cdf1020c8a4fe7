package io.virtaudit.model.derived;

/**
 * What a host carries, computed once per host: its powered-on, non-template VMs (edge case 1:
 * off and suspended VMs add no load) and whether any of them is production or critical.
 */
public record HostLoad(String host, int onVms, int vcpus, double memoryGb, boolean runsProduction,
                       boolean runsCritical) {
}
