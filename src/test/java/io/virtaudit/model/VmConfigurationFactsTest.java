package io.virtaudit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plain Java questions rules ask of a VM's limits, hardware version, disks and partitions. */
class VmConfigurationFactsTest {

    private static Vm vm(Double memoryGb, Limit cpu, Limit memory) {
        return new Vm("v1", null, "h1", null, null, null, memoryGb, PowerState.ON, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, cpu, null, memory, null,
                null, null, null, null);
    }

    @Test
    void noneIsUnlimitedAndUnknownIsNeitherLimitedNorUnlimited() {
        assertThat(vm(16.0, new Limit(4000.0), new Limit(8.0)).cpuLimited()).isTrue();
        assertThat(vm(16.0, new Limit(0.0), null).cpuLimited()).as("a limit of 0 is a limit").isTrue();
        assertThat(vm(16.0, Limit.NONE, Limit.NONE).cpuLimited()).isFalse();
        assertThat(vm(16.0, Limit.NONE, Limit.NONE).memoryLimited()).isFalse();
        assertThat(vm(16.0, null, null).cpuLimited()).isFalse();
        assertThat(vm(16.0, null, null).memoryLimited()).isFalse();
        assertThat(Limit.NONE.none()).isTrue();
        assertThat(new Limit(1.0).none()).isFalse();
        assertThat(Limit.NONE).hasToString("none");
    }

    @Test
    void aMemoryLimitBelowTheConfiguredMemoryIsKnownOnlyWhenBothAre() {
        assertThat(vm(16.0, null, new Limit(8.0)).memoryLimitBelowConfigured()).isTrue();
        assertThat(vm(16.0, null, new Limit(16.0)).memoryLimitBelowConfigured()).isFalse();
        assertThat(vm(16.0, null, Limit.NONE).memoryLimitBelowConfigured()).isFalse();
        assertThat(vm(null, null, new Limit(8.0)).memoryLimitBelowConfigured()).isFalse();
        assertThat(vm(16.0, null, null).memoryLimitBelowConfigured()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "19|19", "vmx-19|19", "VMX-07| 7", "' vmx-13 '|13", "vmx-|NULL", "vmx19|NULL", "19.5|NULL", "-1|NULL",
            "1234567890|NULL", "x|NULL"})
    void aHardwareVersionIsReadInEitherSpelling(String text, Integer number) {
        HardwareVersion version = HardwareVersion.parse(text);
        assertThat(version == null ? null : version.number()).isEqualTo(number);
    }

    @Test
    void hardwareVersionsCompareByNumber() {
        assertThat(new HardwareVersion(13).below(14)).isTrue();
        assertThat(new HardwareVersion(14).below(14)).isFalse();
        assertThat(List.of(new HardwareVersion(19), new HardwareVersion(9)).stream().sorted().toList())
                .containsExactly(new HardwareVersion(9), new HardwareVersion(19));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "[ds1] db01/db01-000001.vmdk|true", "[ds1] db01/DB01_1-000123.VMDK|true", "db01-000001.vmdk |true",
            "[ds1] db01/db01.vmdk|false", "[ds1] db01/db01_1.vmdk|false", "[ds1] db01/db01-00001.vmdk|false",
            "[ds1] db01/db01-0000001.vmdk|false", "[ds1] db01/db01000001.vmdk|false",
            "[ds1] db01/db01-000001-flat.vmdk|false", "NULL|false"})
    void aDiskFileEndingInSixDigitsIsASnapshotDelta(String file, boolean delta) {
        assertThat(new Vm.Disk(null, file, null, null, null, null, null, null, null).snapshotDelta()).isEqualTo(delta);
    }

    @Test
    void theFreeFractionOfAPartitionIsKnownWhenBothSizesAre() {
        assertThat(new Vm.Partition("C:\\", 80.0, 3.2).freeFraction()).isEqualTo(0.04);
        assertThat(new Vm.Partition("/", 10.0, 10.0).freeFraction()).isEqualTo(1.0);
        assertThat(new Vm.Partition("/", 0.0, 0.0).freeFraction()).isNull();
        assertThat(new Vm.Partition("/", null, 1.0).freeFraction()).isNull();
        assertThat(new Vm.Partition("/", 10.0, null).freeFraction()).isNull();
    }
}
