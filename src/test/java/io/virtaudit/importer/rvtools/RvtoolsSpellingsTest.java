package io.virtaudit.importer.rvtools;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.input.ExportDates;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** RVTools' value spellings and how they become the estate format's words. */
class RvtoolsSpellingsTest {

    @ParameterizedTest
    @CsvSource({"VMW_PSP_RR, round-robin", "vmw_psp_rr, round-robin", "VMW_PSP_MRU, mru", "VMW_PSP_FIXED, fixed",
            "PSP_EQL_ROUTED, other", "Round Robin (VMware), round-robin"})
    void pathPolicies(String rvtools, String wire) {
        assertThat(Spellings.pathPolicy(rvtools)).isEqualTo(wire);
    }

    @ParameterizedTest
    @CsvSource({"Active, active", "Active (I/O), active", "active (i/o), active", "Standby, standby", "Dead, dead"})
    void pathStates(String rvtools, String wire) {
        assertThat(Spellings.pathState(rvtools)).isEqualTo(wire);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Disabled", "Unknown", ""})
    void otherPathStatesAreUnknown(String rvtools) {
        assertThat(Spellings.pathState(rvtools)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"Fibre Channel, fc", "Fibre Channel over Ethernet, fc", "iSCSI, iscsi", "Block SCSI, local",
            "Parallel SCSI, local", "Serial Attached SCSI, local", "NVMe over Fibre Channel, nvmeof",
            "NVMe over TCP, nvmeof", "RDMA, nvmeof", "PCIe NVMe, local"})
    void adapterTypes(String type, String protocol) {
        assertThat(Spellings.adapterProtocol(type)).isEqualTo(protocol);
    }

    @ParameterizedTest
    @CsvSource({"NFS, nfs3", "NFS41, nfs41", "vsan, vsan", "vSAN, vsan"})
    void fileDatastoreTypes(String type, String protocol) {
        assertThat(Spellings.fileProtocol(type)).isEqualTo(protocol);
    }

    @ParameterizedTest
    @CsvSource({"VMware ESXi 8.0.2 build-22380479, 8.0.2", "VMware ESXi 7.0.3 build-21930508, 7.0.3",
            "VMware ESX 4.1.0 build-260247, 4.1.0", "VMware ESXi 8.0 Update 3, 8.0"})
    void esxVersions(String text, String version) {
        assertThat(Spellings.esxVersion(text)).isEqualTo(version);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"[DS-PROD-01] app01/app01.vmx|DS-PROD-01", "[datastore1 (3)] a/a.vmx|datastore1 (3)",
            "  [ DS ] x/y.vmdk|DS"})
    void datastoreOfAPath(String path, String datastore) {
        assertThat(Spellings.datastoreOfPath(path)).isEqualTo(datastore);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0-4094", "PVLAN 100", "100,200"})
    void aPortGroupWithoutOneVlan(String text) {
        assertThat(Spellings.vlan(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Management|management", "vMotion|vmotion", "vSAN|storage", "NFS|storage",
            "iSCSI|storage", "Fault Tolerance|ft", "vSphere Replication|replication",
            "Management, vMotion|management;vmotion", "Provisioning|vmotion"})
    void vmkernelServices(String services, String purposes) {
        assertThat(Spellings.purposesOfServices(services)).containsExactly(purposes.split(";"));
    }

    @ParameterizedTest
    @CsvSource({"Management Network, management", "vMotion-A, vmotion", "iSCSI-B, storage", "NFS, storage",
            "Storage 2, storage", "vSAN, storage"})
    void vmkernelPortGroupNames(String name, String purpose) {
        assertThat(Spellings.purposeOfPortGroupName(name)).isEqualTo(purpose);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2026-11-20 08:00:00|2026-11-20T08:00:00Z", "2026/11/20 08:00:00|2026-11-20T08:00:00Z",
            "11/20/2026 8:00:00 AM|2026-11-20T08:00:00Z", "11/20/2026 8:00:00 PM|2026-11-20T20:00:00Z",
            "12/1/2026 12:05 AM|2026-12-01T00:05:00Z", "20/11/2026 08:00|2026-11-20T08:00:00Z",
            "20-11-2026 08:00:00|2026-11-20T08:00:00Z", "2026-11-20|2026-11-20T00:00:00Z",
            "2026-11-20T08:00:00.123|2026-11-20T08:00:00.123Z"})
    void dates(String text, String instant) {
        assertThat(ExportDates.parse(text)).isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026/13/45", "11/20/2026 13:00 PM", "2026-11-20 8 o'clock"})
    void notDates(String text) {
        assertThat(ExportDates.parse(text)).isNull();
    }
}
