package io.virtaudit.importer;

import io.virtaudit.input.InputException;
import io.virtaudit.input.InputError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.virtaudit.TestEstates;
import io.virtaudit.model.BackupTime;
import io.virtaudit.model.ConnectionState;
import io.virtaudit.model.CpuVendor;
import io.virtaudit.model.Estate;
import io.virtaudit.model.Host;
import io.virtaudit.model.Lun;
import io.virtaudit.model.OsFamily;
import io.virtaudit.model.PowerState;
import io.virtaudit.model.Vlan;
import io.virtaudit.model.Virtualization;
import io.virtaudit.model.Vm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EstateLoaderTest {

    @TempDir
    Path dir;

    private static final String HEADER = "formatVersion: 1\nestate: {name: T, collectedAt: 2026-11-20T08:00:00Z}\n";

    private Estate load(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return TestEstates.load(file);
    }

    private InputError error(String name, String text) {
        Path file = dir.resolve(name);
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class, () -> TestEstates.load(file));
        assertThat(e.errors()).isNotEmpty();
        return e.errors().get(0);
    }

    @Test
    void readsEveryCollectionAndField() throws IOException {
        Estate estate = load("full.yaml", HEADER + """
                clusters:
                  - {id: cl1, name: Prod, ha: {enabled: true, admissionControl: percent, cpuPercent: 25, memoryPercent: 25}, drs: true, evcMode: intel-icelake, labels: {site: ams}}
                hosts:
                  - id: h1
                    cluster: cl1
                    managedBy: vc01
                    hypervisor: {product: ESXi, version: 8.0.2}
                    os: {family: linux}
                    cpu: {model: Intel Xeon Gold 6338, sockets: 2, coresPerSocket: 32, vmExtensions: true}
                    memoryGb: 1024
                    nics: 4
                    hbas: 2
                    powerSupplies: 2
                    ntpServers: [ntp1, ntp2]
                    maintenance: {since: 2026-11-01}
                    connected: true
                    networks:
                      - {vlan: 10, mtu: 9000, uplinks: [vmnic0, vmnic1], teaming: port-id, switchType: distributed, iscsiPortBinding: false}
                vms:
                  - {id: vm1, host: h1, guestOs: "Red Hat Enterprise Linux 9 (64-bit)", vcpus: 4, memoryGb: 16, powerState: on,
                     poweredOffSince: null, template: false, environment: production, criticality: high, timingSensitive: false,
                     tools: not-installed, snapshots: [{name: pre-patch, createdAt: "2026-11-18T10:00:00Z"}], datastores: [ds1],
                     networks: [10], backup: {policy: gold, lastSuccess: never}, owner: ops, createdAt: 2025-01-01}
                luns:
                  - {id: ds1, name: DS1, protocol: fc, array: {vendor: pure, model: X70, mode: alua}, capacityGb: 1000, freeGb: 100}
                multipath:
                  - {host: h1, lun: ds1, paths: [{name: p1, state: active, fabric: A}], policy: round-robin, satp: VMW_SATP_ALUA, alua: true, rrIops: 1}
                vlans:
                  - {id: 10, name: storage, purposes: [storage], mtu: 9000}
                """);
        Host h1 = estate.hosts().get(0);
        assertThat(h1.virtualization()).isEqualTo(Virtualization.PARA);
        assertThat(h1.cpu().vendor()).isEqualTo(CpuVendor.INTEL);
        assertThat(h1.cores()).isEqualTo(64);
        assertThat(h1.active()).isFalse();
        assertThat(h1.maintenance().since()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        Vm vm1 = estate.vms().get(0);
        assertThat(vm1.guestFamily()).isEqualTo(OsFamily.LINUX);
        assertThat(vm1.powerState()).isEqualTo(PowerState.ON);
        assertThat(vm1.backup().lastSuccess()).isEqualTo(BackupTime.NEVER);
        assertThat(vm1.snapshots()).hasSize(1);
        assertThat(estate.luns().get(0).hosts()).containsExactly("h1");
        assertThat(estate.vlans().get(0).hosts()).containsExactly("h1");
        assertThat(estate.clusters().get(0).labels()).containsEntry("site", "ams");
        assertThat(estate.sourceOf(vm1).toString()).isEqualTo("full.yaml:/vms/0");
        assertThat(estate.referenceTimeAssumed()).isFalse();
    }

    @Test
    void keepsAbsentApartFromEmpty() throws IOException {
        Estate estate = load("absent.yaml", HEADER + """
                hosts:
                  - {id: h1, hypervisor: {product: kvm}, ntpServers: []}
                  - {id: h2, hypervisor: {product: kvm}}
                """);
        assertThat(estate.hosts().get(0).ntpServers()).isEmpty();
        assertThat(estate.hosts().get(1).ntpServers()).isNull();
        assertThat(estate.hosts().get(1).cpu()).isNull();
        assertThat(estate.hosts().get(1).cores()).isNull();
    }

    @Test
    void acceptsYamlBooleansForPowerStateAndBareDates() throws IOException {
        Estate estate = load("yaml11.yaml", HEADER + """
                hosts: [{id: h1, hypervisor: {product: kvm}}]
                vms:
                  - {id: a, host: h1, powerState: on, template: no}
                  - {id: b, host: h1, powerState: off, poweredOffSince: 2026-10-01}
                  - {id: c, host: h1, powerState: true}
                  - {id: d, host: h1, powerState: Suspended}
                """);
        assertThat(estate.vms()).extracting(Vm::powerState)
                .containsExactly(PowerState.ON, PowerState.OFF, PowerState.ON, PowerState.SUSPENDED);
        assertThat(estate.vms().get(1).poweredOffSince()).isEqualTo(Instant.parse("2026-10-01T00:00:00Z"));
    }

    @Test
    void aBareKeyInYamlIsUnknownNotAnError() throws IOException {
        Estate estate = load("bare.yaml", HEADER + "vlans:\nhosts:\n  - id: h1\n    hypervisor: {product: kvm}\n    ntpServers:\n");
        assertThat(estate.vlans()).isEmpty();
        assertThat(estate.hosts().get(0).ntpServers()).isNull();
    }

    @Test
    void readsJsonLikeYaml() throws IOException {
        Estate estate = load("e.json", """
                {"formatVersion": 1, "estate": {"name": "J"},
                 "hosts": [{"id": "h1", "hypervisor": {"product": "openvz"}, "os": {"family": "linux"}}],
                 "vms": [{"id": "c1", "host": "h1", "guestOs": "Windows Server 2019"}],
                 "vlans": [{"id": 4095, "purposes": ["vm"]}]}
                """);
        assertThat(estate.hosts().get(0).virtualization()).isEqualTo(Virtualization.OS_LEVEL);
        assertThat(estate.vms().get(0).guestFamily()).isEqualTo(OsFamily.WINDOWS);
        assertThat(estate.referenceTimeAssumed()).isTrue();
        assertThat(estate.referenceTime()).isEqualTo(TestEstates.CLOCK.instant());
        assertThat(estate.vlans()).extracting(Vlan::id).containsExactly(4095);
    }

    @ParameterizedTest
    @CsvSource({
            "Intel(R) Xeon(R) Gold 6338, intel", "AMD EPYC 7763, amd", "POWER10, ibm", "Ampere Altra Q80-30, arm",
            "Hygon C86 7185, other"})
    void derivesCpuVendorFromModel(String model, String vendor) {
        assertThat(Derivations.cpuVendor(model).wireName()).isEqualTo(vendor);
    }

    @ParameterizedTest
    @CsvSource({
            "Microsoft Windows Server 2022 (64-bit), windows", "Ubuntu Linux (64-bit), linux",
            "Oracle Linux 8, linux", "Oracle Solaris 11, solaris", "FreeBSD 13, bsd", "IBM AIX 7.3, aix",
            "VIOS 3.1, other", "Red Hat Enterprise Linux 9, linux"})
    void derivesGuestFamilyFromGuestOs(String guestOs, String family) {
        assertThat(Derivations.guestFamily(guestOs).wireName()).isEqualTo(family);
    }

    @Test
    void readsConnectionStateAndCustomAttributes() throws IOException {
        Estate estate = load("attributes.yaml", HEADER + """
                hosts: [{id: h1, hypervisor: {product: esxi}}]
                vms:
                  - id: db01
                    host: h1
                    connectionState: connected
                    customAttributes:
                      Rubrik_LastBackup: Last Backup successfully completed at Thu Nov 19 22:10:08 UTC 2026
                      "Last EMC vProxy Backup": "Backup Server=bck01, EndTime=2026-11-19T00:52:58Z"
                      Cost-Centre: 4711
                  - {id: old, host: h1, connectionState: INACCESSIBLE, customAttributes: {}}
                  - {id: web01, host: h1}
                """);
        Vm db01 = estate.vms().get(0);
        assertThat(db01.connectionState()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(db01.unreadable()).isFalse();
        assertThat(db01.customAttributes()).containsExactly(
                java.util.Map.entry("Rubrik_LastBackup", "Last Backup successfully completed at Thu Nov 19 22:10:08 UTC 2026"),
                java.util.Map.entry("Last EMC vProxy Backup", "Backup Server=bck01, EndTime=2026-11-19T00:52:58Z"),
                java.util.Map.entry("Cost-Centre", "4711"));
        assertThat(db01.backup()).as("the loader keeps attributes as they are; the policy names those to read").isNull();
        Vm old = estate.vms().get(1);
        assertThat(old.connectionState()).isEqualTo(ConnectionState.INACCESSIBLE);
        assertThat(old.unreadable()).isTrue();
        assertThat(old.customAttributes()).as("{} is none").isEmpty();
        assertThat(estate.vms().get(2).customAttributes()).as("absent is unknown").isNull();
        assertThat(estate.vms().get(2).connectionState()).isNull();
    }

    @Test
    void aBadConnectionStateIsRefusedAtItsPlace() {
        InputError e = error("state.yaml", HEADER + "hosts: [{id: h1, hypervisor: {product: esxi}}]\n"
                + "vms:\n  - {id: v1, host: h1, connectionState: zombie}\n");
        assertThat(e.file()).isEqualTo("state.yaml");
        assertThat(e.location()).startsWith("5:");
        assertThat(e.message()).contains("'zombie'", "/vms/0/connectionState", "connected", "disconnected", "orphaned",
                "inaccessible", "invalid");
        InputError nested = error("nested.yaml", HEADER + "hosts: [{id: h1, hypervisor: {product: esxi}}]\n"
                + "vms:\n  - {id: v1, host: h1, customAttributes: {Owner: [a, b]}}\n");
        assertThat(nested.message()).contains("/vms/0/customAttributes/Owner");
    }

    @Test
    void aDisconnectedVmMarksItsHostDisconnectedWhereTheHostSaysNothing() throws IOException {
        Estate estate = load("disconnected.yaml", HEADER + """
                hosts:
                  - {id: h1, hypervisor: {product: esxi}}
                  - {id: h2, hypervisor: {product: esxi}, connected: true}
                  - {id: h3, hypervisor: {product: esxi}}
                vms:
                  - {id: a, host: h1, connectionState: disconnected}
                  - {id: b, host: h2, connectionState: disconnected}
                  - {id: c, host: h3, connectionState: inaccessible}
                """);
        assertThat(estate.hosts()).extracting(Host::connected).containsExactly(false, true, null);
        assertThat(estate.hosts().get(0).active()).as("a disconnected host gives no capacity").isFalse();
    }

    @Test
    void unknownKeyIsAnErrorWithLineColumnAndSuggestion() {
        InputError e = error("typo.yaml", HEADER + "hosts: [{id: h1, hypervisor: {product: kvm}}]\n"
                + "vms:\n  - {id: t1, host: h1, timingSensitve: true}\n");
        assertThat(e.file()).isEqualTo("typo.yaml");
        assertThat(e.location()).startsWith("5:");
        assertThat(e.message()).contains("unknown key 'timingSensitve' at /vms/0", "did you mean 'timingSensitive'?");
    }

    @Test
    void wrongTypeNamesPointerAndExpectedType() {
        InputError e = error("type.yaml", HEADER + "hosts: [{id: h1, hypervisor: {product: kvm}, cpu: {sockets: two}}]\n");
        assertThat(e.location()).startsWith("3:");
        assertThat(e.message()).contains("/hosts/0/cpu/sockets").contains("whole number");
    }

    @Test
    void unknownEnumerationValueListsAllowedOnes() {
        InputError e = error("enum.yaml", HEADER + "hosts: [{id: h1, hypervisor: {product: vmware}}]\n");
        assertThat(e.message()).contains("'vmware'", "/hosts/0/hypervisor/product", "esxi", "virtualbox");
    }

    @Test
    void outOfRangeValuesAreErrors() {
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class, () -> load("range.yaml",
                HEADER + """
                        hosts: [{id: h1, hypervisor: {product: kvm}, memoryGb: -1, networks: [{vlan: 10, mtu: 100000}]}]
                        vlans: [{id: 10}, {id: 5000}]
                        luns: [{id: l1, capacityGb: 10, freeGb: 20}]
                        """));
        assertThat(e.errors()).extracting(InputError::render).contains(
                "range.yaml:/hosts/0/memoryGb: memoryGb is -1.0, must be at least 0",
                "range.yaml:/hosts/0/networks/0/mtu: mtu is 100000, must be between 68 and 65535",
                "range.yaml:/vlans/1/id: id is 5000, must be between 0 and 4095",
                "range.yaml:/luns/0/freeGb: freeGb 20.0 exceeds capacityGb 10.0");
    }

    @Test
    void duplicateIdsAndDanglingReferencesAreErrors() {
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class, () -> load("refs.yaml",
                HEADER + """
                        hosts: [{id: h1, hypervisor: {product: kvm}, cluster: nope}, {id: h1, hypervisor: {product: kvm}}]
                        vms: [{id: v1, host: h9, datastores: [ds9], networks: [77]}]
                        multipath: [{host: h1, lun: ds9}]
                        """));
        assertThat(e.errors()).extracting(InputError::render).contains(
                "refs.yaml:/hosts/1/id: duplicate id 'h1' (first defined at refs.yaml:/hosts/0)",
                "refs.yaml:/hosts/0/cluster: unknown cluster 'nope' (no cluster has this id)",
                "refs.yaml:/vms/0/host: unknown host 'h9' (no host has this id)",
                "refs.yaml:/vms/0/datastores/0: unknown lun 'ds9' (no lun has this id)",
                "refs.yaml:/vms/0/networks/0: unknown vlan '77' (no vlan has this id)",
                "refs.yaml:/multipath/0/lun: unknown lun 'ds9' (no lun has this id)");
    }

    @Test
    void duplicateMultipathEntriesAreErrors() {
        InputError e = error("mp.yaml", HEADER + """
                hosts: [{id: h1, hypervisor: {product: kvm}}]
                luns: [{id: l1, protocol: fc}]
                multipath: [{host: h1, lun: l1}, {host: h1, lun: l1}]
                """);
        assertThat(e.render()).isEqualTo("mp.yaml:/multipath/1: duplicate multipath entry 'h1:l1' (first defined at mp.yaml:/multipath/0)");
    }

    @Test
    void requiredFieldsAreErrors() {
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class, () -> load("req.yaml", """
                formatVersion: 1
                estate: {collectedAt: 2026-11-20T08:00:00Z}
                hosts: [{id: h1}]
                vms: [{id: v1}]
                """));
        assertThat(e.errors()).extracting(InputError::render).contains(
                "req.yaml:/estate/name: estate.name is required",
                "req.yaml:/hosts/0/hypervisor/product: hypervisor.product is required",
                "req.yaml:/vms/0/host: host is required");
    }

    @Test
    void unsupportedFormatVersionIsAnError() {
        InputError e = error("v2.yaml", "formatVersion: 2\nestate: {name: X}\n");
        assertThat(e.render()).isEqualTo("v2.yaml:/formatVersion: unsupported formatVersion 2 (this virtaudit reads version 1)");
    }

    @Test
    void malformedAndEmptyDocumentsAreErrors() {
        assertThat(error("empty.yaml", "").render()).isEqualTo("empty.yaml:1:1: the document is empty");
        assertThat(error("bad.json", "{\"formatVersion\": 1, \"estate\": {\"name\": \"x\"},").message())
                .startsWith("malformed document");
        assertThat(error("bad.yaml", "formatVersion: 1\nestate: [unclosed\n").location()).matches("\\d+:\\d+");
        assertThat(error("dupkey.yaml", "formatVersion: 1\nformatVersion: 1\nestate: {name: x}\n").message())
                .contains("formatVersion");
    }

    @Test
    void deepNestingAndAliasBombsAreRefused() {
        String deep = "formatVersion: 1\nestate: {name: x}\nlabels: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
        assertThat(error("deep.yaml", deep).message()).isNotBlank();
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *")
                    .append(p).append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        assertThat(error("bomb.yaml", bomb.toString()).message()).isNotBlank();
    }

    @Test
    void lunHostsDeclaredAreKeptAndDerivedOnlyWhenAbsent() throws IOException {
        Estate estate = load("luns.yaml", HEADER + """
                hosts: [{id: h1, hypervisor: {product: kvm}}, {id: h2, hypervisor: {product: kvm}}]
                vms: [{id: v1, host: h2, datastores: [l1, l2]}]
                luns: [{id: l1, hosts: [h1]}, {id: l2}]
                multipath: [{host: h1, lun: l2}]
                """);
        assertThat(estate.luns()).extracting(Lun::hosts).containsExactly(List.of("h1"), List.of("h1", "h2"));
    }

    @Test
    void notUtf8IsAClearError() throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, (HEADER + "hosts: [{id: h\u00e9, hypervisor: {product: kvm}}]\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> TestEstates.load(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("latin1.yaml");
    }
}
