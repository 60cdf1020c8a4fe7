package io.virtaudit.model.derived;

import static io.virtaudit.model.ModelFacts.host;
import static io.virtaudit.model.ModelFacts.lun;
import static io.virtaudit.model.ModelFacts.vm;
import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.model.Host;
import io.virtaudit.model.Protocol;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a VM's placement tells about the VM against its host. */
class VmPlacementTest {

    private static VmPlacement on(Host host, Integer vcpus, Double memoryGb) {
        return new VmPlacement(vm("vm1", vcpus, memoryGb), host, null, null);
    }

    @Test
    void aVmWiderThanOneSocketOrOneNumaNode() {
        Host twoByEight = host("h1", 2, 8, 256.0);
        assertThat(on(twoByEight, 9, 64.0).vcpusBeyondSocket()).isTrue();
        assertThat(on(twoByEight, 8, 64.0).vcpusBeyondSocket()).isFalse();
        assertThat(on(twoByEight, 8, 128.5).memoryBeyondNode()).isTrue();
        assertThat(on(twoByEight, 8, 128.0).memoryBeyondNode()).as("exactly one node fits").isFalse();
        assertThat(on(twoByEight, 8, 64.0).nodeMemoryGb()).isEqualTo(128.0);
        assertThat(on(host("h3", 3, 8, 100.0), 8, 64.0).nodeMemoryGb()).isEqualTo(100.0 / 3);
    }

    @Test
    void unknownSizesAreNeverTooWide() {
        assertThat(on(host("h1", 2, null, null), 64, 1024.0).vcpusBeyondSocket()).isFalse();
        assertThat(on(host("h1", 2, null, null), 64, 1024.0).memoryBeyondNode()).isFalse();
        assertThat(on(host("h1", 2, null, null), 64, 1024.0).nodeMemoryGb()).isNull();
        assertThat(on(host("h1", 2, 8, 256.0), null, null).vcpusBeyondSocket()).isFalse();
        assertThat(on(host("h1", 2, 8, 256.0), null, null).memoryBeyondNode()).isFalse();
        assertThat(on(host("h1", null, 8, 256.0), 4, 512.0).memoryBeyondNode()).isFalse();
    }

    @Test
    void theHostLocalDatastoresAreTheLocalOnesSorted() {
        VmPlacement p = new VmPlacement(vm("vm1", 2, 4.0), host("h1", 2, 8, 256.0), null,
                List.of(lun("local-b", Protocol.LOCAL, null, null), lun("san1", Protocol.FC, null, null),
                        lun("local-a", Protocol.LOCAL, null, null), lun("nfs1", null, null, null)));
        assertThat(p.localDatastores()).containsExactly("local-a", "local-b");
        assertThat(new VmPlacement(vm("vm1", 2, 4.0), host("h1", 2, 8, 256.0), null, null).localDatastores()).isEmpty();
    }

    @Test
    void nearlyFullDatastoresWithTheirUsedPercentSortedById() {
        VmPlacement p = new VmPlacement(vm("vm1", 2, 4.0), host("h1", 2, 8, 256.0), null,
                List.of(lun("ds2", Protocol.FC, 200.0, 9.0), lun("ds1", Protocol.FC, 100.0, 15.0),
                        lun("ds3", Protocol.FC, 100.0, 16.0), lun("ds4", Protocol.FC, null, 1.0)));
        assertThat(p.nearlyFullDatastores(0.85)).containsExactly(java.util.Map.entry("ds1", 85.0),
                java.util.Map.entry("ds2", 95.5));
        assertThat(p.nearlyFullText(0.85)).isEqualTo("ds1 (85.0 % used), ds2 (95.5 % used)");
        assertThat(new VmPlacement(vm("vm1", 2, 4.0), host("h1", 2, 8, 256.0), null, null).nearlyFullDatastores(0.5)).isEmpty();
    }
}
