package io.virtaudit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fabrics of a host's paths to a LUN, and the other model methods storage rules read. */
class MultipathConfigTest {

    private static MultipathConfig paths(String... fabrics) {
        List<MultipathConfig.Path> paths = Arrays.stream(fabrics)
                .map(f -> new MultipathConfig.Path("p", PathState.ACTIVE, f)).toList();
        return new MultipathConfig("h1", "lun1", paths, PathPolicy.ROUND_ROBIN, null, null, null, null);
    }

    @Test
    void pathsThroughOneFabricCaseAsideAreASingleFabric() {
        assertThat(paths("A", "A").singleFabric()).isTrue();
        assertThat(paths("A", " a ").singleFabric()).isTrue();
        assertThat(paths("A").singleFabric()).isTrue();
        assertThat(paths("A", "B").singleFabric()).isFalse();
    }

    @Test
    void anUnknownFabricOrUnknownPathsAreNoSingleFabric() {
        assertThat(paths("A", null).singleFabric()).isFalse();
        assertThat(paths("A", " ").singleFabric()).isFalse();
        assertThat(paths().singleFabric()).isFalse();
        assertThat(new MultipathConfig("h1", "lun1", null, null, null, null, null, null).singleFabric()).isFalse();
    }

    @Test
    void theFabricsAreTheKnownOnesAsWrittenSorted() {
        assertThat(paths("B", " A", null, "", "B").fabrics()).containsExactly("A", "B");
        assertThat(paths("a", "A").fabrics()).as("as written: the case stays").containsExactly("A", "a");
        assertThat(new MultipathConfig("h1", "lun1", null, null, null, null, null, null).fabrics()).isEmpty();
    }

    @Test
    void hostsWithFewerThanTwoKnownHbasAreSingleHba() {
        assertThat(ModelFacts.hostWithHbas("h1", 1).singleHba()).isTrue();
        assertThat(ModelFacts.hostWithHbas("h1", 0).singleHba()).isTrue();
        assertThat(ModelFacts.hostWithHbas("h1", 2).singleHba()).isFalse();
        assertThat(ModelFacts.hostWithHbas("h1", null).singleHba()).isFalse();
    }

    @Test
    void aLunsUsedPercentHasOneDecimal() {
        assertThat(ModelFacts.lun("ds1", Protocol.NFS3, 300.0, 44.0).usedPercent()).isEqualTo(85.3);
        assertThat(ModelFacts.lun("ds1", Protocol.NFS3, 200.0, 30.0).usedPercent()).isEqualTo(85.0);
        assertThat(ModelFacts.lun("ds1", Protocol.NFS3, 200.0, null).usedPercent()).isNull();
    }
}
