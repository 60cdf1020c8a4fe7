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
}
