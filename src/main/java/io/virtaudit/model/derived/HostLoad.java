package io.virtaudit.model.derived;

import io.virtaudit.model.Environment;
import java.util.List;

/**
 * What a host carries, computed once per host: its powered-on, non-template VMs (edge case 1:
 * off and suspended VMs add no load) and whether any of them is production or critical.
 *
 * @param runsPc         a powered-on VM of the host is PC: production, or criticality critical or high
 * @param guests         non-template VMs of the host, in any power state
 * @param viosVms        non-template VMs whose guest OS names a VIOS (PowerVM virtual I/O servers)
 * @param unknownGuestOs non-template VMs whose guest OS is unknown
 * @param environments   the distinct known environments of its non-template VMs, sorted
 */
public record HostLoad(String host, int onVms, int vcpus, double memoryGb, boolean runsProduction,
                       boolean runsCritical, boolean runsPc, int guests, int viosVms, int unknownGuestOs,
                       List<Environment> environments) {

    /** Powered-on vCPUs per core of the host (CMP-008). */
    public double vcpusPerCore(int cores) {
        return (double) vcpus / cores;
    }

    /** TIM-008: the powered-on vCPUs exceed {@code factor} per core of the host; false when its cores are unknown. */
    public boolean vcpusAbove(Integer cores, double factor) {
        return cores != null && cores > 0 && vcpus > factor * cores;
    }

    /** TIM-008: the powered-on memory exceeds {@code factor} times the host's; false when its memory is unknown. */
    public boolean memoryAbove(Double hostMemoryGb, double factor) {
        return hostMemoryGb != null && hostMemoryGb > 0 && memoryGb > factor * hostMemoryGb;
    }

    /** Powered-on memory over the host's memory (CMP-009). */
    public double memoryRatio(double hostMemoryGb) {
        return memoryGb / hostMemoryGb;
    }
}
