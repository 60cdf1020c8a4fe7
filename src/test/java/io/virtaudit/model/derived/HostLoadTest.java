package io.virtaudit.model.derived;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A host's load against its size. */
class HostLoadTest {

    static HostLoad load(int vcpus, double memoryGb) {
        return new HostLoad("h1", 3, vcpus, memoryGb, true, false, 3, 0, 0, List.of());
    }

    @Test
    void vcpusPerCoreAndMemoryRatio() {
        assertThat(load(33, 96).vcpusPerCore(8)).isEqualTo(4.125);
        assertThat(load(33, 96).memoryRatio(64)).isEqualTo(1.5);
    }
}
