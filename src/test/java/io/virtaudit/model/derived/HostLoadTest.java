package io.virtaudit.model.derived;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A host's load against its size. */
class HostLoadTest {

    static HostLoad load(int vcpus, double memoryGb) {
        return new HostLoad("h1", 3, vcpus, memoryGb, true, false, true, 3, 0, 0, List.of());
    }

    @Test
    void vcpusPerCoreAndMemoryRatio() {
        assertThat(load(33, 96).vcpusPerCore(8)).isEqualTo(4.125);
        assertThat(load(33, 96).memoryRatio(64)).isEqualTo(1.5);
    }

    @Test
    void overCommitmentAgainstAFactorNeedsAKnownSize() {
        assertThat(load(17, 96).vcpusAbove(16, 1.0)).isTrue();
        assertThat(load(16, 96).vcpusAbove(16, 1.0)).isFalse();
        assertThat(load(17, 96).vcpusAbove(null, 1.0)).isFalse();
        assertThat(load(17, 96).vcpusAbove(0, 1.0)).isFalse();
        assertThat(load(17, 96.5).memoryAbove(96.0, 1.0)).isTrue();
        assertThat(load(17, 96).memoryAbove(96.0, 1.0)).isFalse();
        assertThat(load(17, 96).memoryAbove(null, 1.0)).isFalse();
        assertThat(load(17, 96).memoryAbove(64.0, 1.5)).isFalse();
    }
}
