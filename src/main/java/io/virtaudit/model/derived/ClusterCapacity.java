package io.virtaudit.model.derived;

import io.virtaudit.model.CpuVendor;
import io.virtaudit.model.Product;
import java.util.List;

/**
 * A cluster's capacity and demand, computed once per cluster. Hosts in maintenance or
 * disconnected count as no capacity (edge case 3); only powered-on VMs count as demand.
 *
 * @param memoryKnown      every active host states its memory
 * @param coresKnown       every active host states its sockets and cores
 * @param products         the distinct products of its hosts, sorted
 * @param quorumFamily     a host runs a product whose HA needs three nodes (Proxmox, oVirt, Xen, Citrix)
 * @param cpuVendors       the distinct known CPU vendors of its hosts, sorted
 * @param versions         the distinct known hypervisor versions of its hosts as major.minor, sorted
 * @param visibleDatastores datastores of any kind that some active host of the cluster sees
 * @param sharedDatastores non-local datastores that every active host of the cluster sees
 * @param sharedUnknownDatastores datastores of unknown protocol that every active host sees: they
 *                         may be shared, so a shortage they could make up is a data gap
 */
public record ClusterCapacity(String cluster, int hosts, int activeHosts, double activeMemoryGb,
                              double maxActiveMemoryGb, int activeCores, int maxActiveCores, boolean memoryKnown,
                              boolean coresKnown, int onVms, double demandMemoryGb, int demandVcpus,
                              List<Product> products, boolean quorumFamily, List<CpuVendor> cpuVendors,
                              List<String> versions, int visibleDatastores, int sharedDatastores,
                              int sharedUnknownDatastores) {

    /**
     * The minimum active hosts its HA needs (AVL-005): the quorum minimum when a host runs a
     * quorum-based product, else the two-node one; the rule passes both from the policy.
     */
    public int minimumHosts(int haMinHosts, int haMinHostsQuorum) {
        return quorumFamily ? haMinHostsQuorum : haMinHosts;
    }

    /** AVL-004: the powered-on memory with the policy's head-room ({@code n1DemandFactor}). */
    public double demandWithHeadroomGb(double demandFactor) {
        return demandMemoryGb * demandFactor;
    }

    /** AVL-004: the memory the hosts other than the largest offer, at the policy's usable share. */
    public double survivingMemoryGb(double usableCapacity) {
        return activeMemoryGb * usableCapacity - maxActiveMemoryGb;
    }

    /** AVL-004: the vCPUs the cores of the hosts other than the largest may carry, whole. */
    public int survivingVcpuLimit(double vcpuPerCore) {
        return (int) Math.floor(vcpuPerCore * (activeCores - maxActiveCores));
    }

    /** AVL-004: the memory is known and the demand, with head-room, exceeds what the surviving hosts offer. */
    public boolean memoryShort(double demandFactor, double usableCapacity) {
        return memoryKnown && demandWithHeadroomGb(demandFactor) > survivingMemoryGb(usableCapacity);
    }

    /** AVL-004: the cores are known and the powered-on vCPUs exceed what the surviving hosts' cores may carry. */
    public boolean vcpusShort(double vcpuPerCore) {
        return coresKnown && demandVcpus > vcpuPerCore * (activeCores - maxActiveCores);
    }

    /** CAP-003: the memory is known and the powered-on VMs use more than {@code headroom} (0-1) of the active memory. */
    public boolean memoryAboveHeadroom(double headroom) {
        return memoryKnown && activeMemoryGb > 0 && demandMemoryGb > activeMemoryGb * headroom;
    }

    /** CAP-003: the cores are known and the powered-on VMs have more than {@code perCore} vCPUs per active core. */
    public boolean vcpusAbovePerCore(double perCore) {
        return coresKnown && activeCores > 0 && demandVcpus > activeCores * perCore;
    }

    /** CAP-003: the powered-on VMs' memory as a percentage of the active memory. */
    public double memoryUsePercent() {
        return 100 * demandMemoryGb / Math.max(activeMemoryGb, 1e-9);
    }

    /** CAP-003: the powered-on VMs' vCPUs per active core. */
    public double vcpusPerActiveCore() {
        return demandVcpus / (double) Math.max(activeCores, 1);
    }

    /** MGT-002: the hosts run more than one hypervisor product. */
    public boolean mixesProducts() {
        return products.size() > 1;
    }

    /** The share (0-1) of the active memory that the largest active host holds (CMP-011). */
    public double largestHostShare() {
        return maxActiveMemoryGb / activeMemoryGb;
    }
}
