package io.virtaudit.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The plain Java questions CMP-013, SEC-013, SEC-014, MGT-006 and TIM-009 ask of a host. */
class HostStateFactsTest {

    private static Host host(Product product, String version) {
        return ModelFacts.hostWithState("h1", product, version, null, null, null, null, null);
    }

    @Test
    void esxiAtLeastComparesMajorThenMinorAndKnowsNothingOfOtherProducts() {
        assertThat(host(Product.ESXI, "7.0.3").esxiAtLeast(7, 0)).isTrue();
        assertThat(host(Product.ESXI, "6.7 U3").esxiAtLeast(7, 0)).isFalse();
        assertThat(host(Product.ESXI, "6.7").esxiAtLeast(5, 1)).isTrue();
        assertThat(host(Product.ESXI, "5.0").esxiAtLeast(5, 1)).isFalse();
        assertThat(host(Product.ESXI, "8").esxiAtLeast(8, 0)).isTrue();
        assertThat(host(Product.ESXI, null).esxiAtLeast(5, 1)).isFalse();
        assertThat(host(Product.KVM, "8.0").esxiAtLeast(5, 1)).isFalse();
    }

    @Test
    void aShellIsOpenWhenItRunsOrStartsWithTheHost() {
        Host.Services services = new Host.Services(new Host.Service(false, StartPolicy.WITH_HOST),
                new Host.Service(true, StartPolicy.MANUAL));
        assertThat(ModelFacts.hostWithState("h1", Product.ESXI, "8.0", null, null, null, null, services).openShells())
                .containsExactly("SSH", "ESXi Shell");
        Host.Services closed = new Host.Services(new Host.Service(false, StartPolicy.WITH_PORTS), new Host.Service(null, null));
        assertThat(ModelFacts.hostWithState("h1", Product.ESXI, "8.0", null, null, null, null, closed).openShells()).isEmpty();
        assertThat(host(Product.ESXI, "8.0").openShells()).as("services unknown").isEmpty();
    }

    @Test
    void unreachableByStateOrByConnectedFalse() {
        assertThat(ModelFacts.hostWithState("h1", Product.ESXI, "8.0", null, null, null, HostConnectionState.NOT_RESPONDING,
                null).unreachable()).isTrue();
        assertThat(ModelFacts.hostWithState("h1", Product.ESXI, "8.0", null, null, false, null, null).unreachable()).isTrue();
        assertThat(ModelFacts.hostWithState("h1", Product.ESXI, "8.0", null, null, true, HostConnectionState.CONNECTED,
                null).unreachable()).isFalse();
        assertThat(host(Product.ESXI, "8.0").unreachable()).isFalse();
    }

    @Test
    void centrallyManagedMeansAClusterOrAManager() {
        assertThat(ModelFacts.hostWithState("h1", Product.ESXI, "8.0", "cl1", null, null, null, null).centrallyManaged()).isTrue();
        assertThat(ModelFacts.hostWithState("h1", Product.ESXI, "8.0", null, "vc01", null, null, null).centrallyManaged()).isTrue();
        assertThat(ModelFacts.hostWithState("h1", Product.ESXI, "8.0", null, " ", null, null, null).centrallyManaged()).isFalse();
    }
}
