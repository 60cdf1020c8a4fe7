package io.virtaudit.model.derived;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.model.Product;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures of a cluster's capacity that rules and their messages read. */
class ClusterCapacityTest {

    /** Three active hosts of 256, 256 and 512 GiB and 16, 16 and 32 cores, running 600 GiB and 200 vCPUs. */
    static ClusterCapacity cluster() {
        return new ClusterCapacity("cl1", 3, 3, 1024.0, 512.0, 64, 32, true, true, 40, 600.0, 200,
                List.of(Product.ESXI), false, List.of(), List.of("8.0"), 2, 2, 0);
    }

    @Test
    void theLargestHostsShareOfActiveMemory() {
        assertThat(cluster().largestHostShare()).isEqualTo(0.5);
    }

    @Test
    void theMinimumHostsHangOnTheProductFamily() {
        assertThat(cluster().minimumHosts(2, 3)).isEqualTo(2);
    }

    @Test
    void nPlusOneWeighsTheDemandWithHeadroomAgainstTheSurvivingHosts() {
        ClusterCapacity c = cluster();
        assertThat(c.demandWithHeadroomGb(1.05)).isEqualTo(630.0);
        assertThat(c.survivingMemoryGb(0.9)).isCloseTo(409.6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.memoryShort(1.05, 0.9)).isTrue();
        assertThat(c.memoryShort(0.8, 1.0)).as("480 GiB fit in 512").isFalse();
        assertThat(c.survivingVcpuLimit(4.0)).isEqualTo(128);
        assertThat(c.survivingVcpuLimit(1.3)).as("whole vCPUs, rounded down").isEqualTo(41);
        assertThat(c.vcpusShort(4.0)).as("200 vCPUs on the 32 surviving cores at 4 per core").isTrue();
        assertThat(c.vcpusShort(6.25)).as("exactly what they may carry").isFalse();
    }

    @Test
    void unknownMemoryIsNeverShort() {
        ClusterCapacity c = new ClusterCapacity("cl1", 2, 2, 0.0, 0.0, 16, 8, false, true, 1, 500.0, 4,
                List.of(Product.ESXI), false, List.of(), List.of(), 0, 0, 0);
        assertThat(c.memoryShort(1.05, 0.9)).isFalse();
    }

    @Test
    void planningHeadroomOfMemoryAndVcpus() {
        ClusterCapacity c = cluster();
        assertThat(c.memoryAboveHeadroom(0.5)).isTrue();
        assertThat(c.memoryAboveHeadroom(0.8)).as("600 of 1024 GiB is below 80 %").isFalse();
        assertThat(c.memoryUsePercent()).isEqualTo(100 * 600.0 / 1024.0);
        assertThat(c.vcpusAbovePerCore(3.0)).isTrue();
        assertThat(c.vcpusAbovePerCore(3.125)).as("200 vCPUs on 64 cores is exactly 3.125").isFalse();
        assertThat(c.vcpusPerActiveCore()).isEqualTo(3.125);
    }

    @Test
    void noActiveCapacityIsNeverAboveHeadroom() {
        ClusterCapacity empty = new ClusterCapacity("cl1", 1, 0, 0.0, 0.0, 0, 0, true, true, 0, 8.0, 2,
                List.of(Product.ESXI, Product.HYPERV), false, List.of(), List.of(), 0, 0, 0);
        assertThat(empty.memoryAboveHeadroom(0.8)).isFalse();
        assertThat(empty.vcpusAbovePerCore(3.2)).isFalse();
        assertThat(empty.vcpusPerActiveCore()).isEqualTo(2.0);
        assertThat(empty.mixesProducts()).isTrue();
        assertThat(cluster().mixesProducts()).isFalse();
    }
}
