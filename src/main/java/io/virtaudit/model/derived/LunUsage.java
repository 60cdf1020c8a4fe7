package io.virtaudit.model.derived;

/** Which non-template VMs use a LUN, computed once per LUN, for the escalations of STO rules. */
public record LunUsage(String lun, int vms, boolean usedByProduction, boolean usedByCritical) {
}
