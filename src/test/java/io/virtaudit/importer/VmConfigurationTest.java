package io.virtaudit.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.TestEstates;
import io.virtaudit.input.InputError;
import io.virtaudit.input.InputException;
import io.virtaudit.model.BusSharing;
import io.virtaudit.model.DeviceBacking;
import io.virtaudit.model.DeviceType;
import io.virtaudit.model.DiskMode;
import io.virtaudit.model.DiskSharing;
import io.virtaudit.model.Estate;
import io.virtaudit.model.HardwareVersion;
import io.virtaudit.model.LatencySensitivity;
import io.virtaudit.model.Limit;
import io.virtaudit.model.Lun;
import io.virtaudit.model.RawMapping;
import io.virtaudit.model.Vlan;
import io.virtaudit.model.Vm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The VM configuration fields added to format version 1 (hardware version, limits, reservations,
 * devices, disks, partitions, port groups): read strictly from YAML and JSON, checked, and derived
 * into datastores and networks where those are absent.
 */
class VmConfigurationTest {

    @TempDir
    Path dir;

    private static final String HEADER = "formatVersion: 1\nestate: {name: T, collectedAt: 2026-11-20T08:00:00Z}\n"
            + "hosts: [{id: h1, hypervisor: {product: esxi}}]\n"
            + "luns: [{id: ds1}, {id: ds2}]\n"
            + "vlans: [{id: 120}, {id: 130}]\n"
            + "portGroups: [{id: DS/DB, vlan: 120}, {id: DS/App, vlan: 130}, {id: DS/Trunk}]\n";

    private static final String FULL_VM = """
            vms:
              - id: db01
                host: h1
                memoryGb: 32
                hardwareVersion: vmx-13
                consolidationNeeded: true
                latencySensitivity: high
                cpuLimitMhz: 4000
                cpuReservationMhz: 0
                memoryLimitGb: none
                memoryReservationGb: 8.5
                devices:
                  - {type: cdrom, name: CD/DVD drive 1, connected: true, startConnected: false, backing: iso}
                  - {type: usb}
                disks:
                  - {name: Hard disk 1, file: "[ds1] db01/db01.vmdk", capacityGb: 80, datastore: ds1,
                     mode: persistent, raw: none, sharing: none, sharedBus: none, thin: true}
                  - {name: Hard disk 2, file: "[ds2] db01/db01_1-000001.vmdk", capacityGb: 500, datastore: ds2,
                     mode: independent_persistent, raw: physical, sharing: multi-writer, sharedBus: physical, thin: false}
                partitions:
                  - {path: 'C:\\', capacityGb: 79.5, freeGb: 3.1}
                portGroups: [DS/DB, DS/Trunk]
            """;

    private Estate load(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return TestEstates.load(file);
    }

    private InputException refused(String name, String text) {
        Path file = dir.resolve(name);
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return Assertions.assertThrows(InputException.class, () -> TestEstates.load(file));
    }

    private InputError error(String name, String text) {
        InputException e = refused(name, text);
        assertThat(e.errors()).hasSize(1);
        return e.errors().get(0);
    }

    @Test
    void readsEveryNewFieldFromYaml() throws IOException {
        Vm vm = load("full.yaml", HEADER + FULL_VM).vms().get(0);

        assertThat(vm.hardwareVersion()).isEqualTo(new HardwareVersion(13));
        assertThat(vm.consolidationNeeded()).isTrue();
        assertThat(vm.latencySensitivity()).isEqualTo(LatencySensitivity.HIGH);
        assertThat(vm.cpuLimitMhz()).isEqualTo(new Limit(4000.0));
        assertThat(vm.cpuReservationMhz()).isEqualTo(0.0);
        assertThat(vm.memoryLimitGb()).isEqualTo(Limit.NONE);
        assertThat(vm.memoryReservationGb()).isEqualTo(8.5);
        assertThat(vm.devices()).containsExactly(
                new Vm.Device(DeviceType.CDROM, "CD/DVD drive 1", true, false, DeviceBacking.ISO),
                new Vm.Device(DeviceType.USB, null, null, null, null));
        assertThat(vm.disks()).containsExactly(
                new Vm.Disk("Hard disk 1", "[ds1] db01/db01.vmdk", 80.0, "ds1", DiskMode.PERSISTENT, RawMapping.NONE,
                        DiskSharing.NONE, BusSharing.NONE, true),
                new Vm.Disk("Hard disk 2", "[ds2] db01/db01_1-000001.vmdk", 500.0, "ds2",
                        DiskMode.INDEPENDENT_PERSISTENT, RawMapping.PHYSICAL, DiskSharing.MULTI_WRITER,
                        BusSharing.PHYSICAL, false));
        assertThat(vm.partitions()).containsExactly(new Vm.Partition("C:\\", 79.5, 3.1));
        assertThat(vm.portGroups()).containsExactly("DS/DB", "DS/Trunk");
        assertThat(vm.cpuLimited()).isTrue();
        assertThat(vm.memoryLimited()).isFalse();
    }

    @Test
    void readsTheSameFieldsFromJson() throws IOException {
        Vm fromYaml = load("full.yaml", HEADER + FULL_VM).vms().get(0);
        Vm fromJson = load("full.json", """
                {"formatVersion": 1, "estate": {"name": "T", "collectedAt": "2026-11-20T08:00:00Z"},
                 "hosts": [{"id": "h1", "hypervisor": {"product": "esxi"}}],
                 "luns": [{"id": "ds1"}, {"id": "ds2"}],
                 "vlans": [{"id": 120}, {"id": 130}],
                 "portGroups": [{"id": "DS/DB", "vlan": 120}, {"id": "DS/App", "vlan": 130}, {"id": "DS/Trunk"}],
                 "vms": [{"id": "db01", "host": "h1", "memoryGb": 32, "hardwareVersion": 13, "consolidationNeeded": true,
                   "latencySensitivity": "HIGH", "cpuLimitMhz": 4000, "cpuReservationMhz": 0, "memoryLimitGb": "NONE",
                   "memoryReservationGb": 8.5,
                   "devices": [{"type": "cdrom", "name": "CD/DVD drive 1", "connected": true, "startConnected": false,
                                "backing": "iso"}, {"type": "usb"}],
                   "disks": [{"name": "Hard disk 1", "file": "[ds1] db01/db01.vmdk", "capacityGb": 80, "datastore": "ds1",
                              "mode": "persistent", "raw": "none", "sharing": "none", "sharedBus": "none", "thin": true},
                             {"name": "Hard disk 2", "file": "[ds2] db01/db01_1-000001.vmdk", "capacityGb": 500,
                              "datastore": "ds2", "mode": "independent-persistent", "raw": "physical",
                              "sharing": "multi_writer", "sharedBus": "physical", "thin": false}],
                   "partitions": [{"path": "C:\\\\", "capacityGb": 79.5, "freeGb": 3.1}],
                   "portGroups": ["DS/DB", "DS/Trunk"]}]}
                """).vms().get(0);
        assertThat(fromJson).isEqualTo(fromYaml);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "19|19", "vmx-19|19", "VMX-19|19", "' vmx-07 '|7", "\"21\"|21"})
    void readsAHardwareVersionInEitherSpelling(String written, int number) throws IOException {
        Vm vm = load("hw.yaml", HEADER + "vms: [{id: v1, host: h1, hardwareVersion: " + written + "}]\n").vms().get(0);
        assertThat(vm.hardwareVersion().number()).isEqualTo(number);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "independent_persistent|INDEPENDENT_PERSISTENT", "INDEPENDENT_NONPERSISTENT|INDEPENDENT_NONPERSISTENT",
            "nonpersistent|NONPERSISTENT", "Undoable|UNDOABLE", "append|APPEND"})
    void readsVsphereDiskModeSpellings(String written, DiskMode mode) throws IOException {
        Vm vm = load("mode.yaml", HEADER + "vms: [{id: v1, host: h1, disks: [{mode: " + written + "}]}]\n").vms().get(0);
        assertThat(vm.disks().get(0).mode()).isEqualTo(mode);
    }

    @Test
    void aHardwareVersionThatIsNotOneIsRefusedAtItsPlace() {
        InputError e = error("hw.yaml", HEADER + "vms:\n  - {id: v1, host: h1, hardwareVersion: vmx-nineteen}\n");
        assertThat(e.file()).isEqualTo("hw.yaml");
        assertThat(e.location()).startsWith("8:");
        assertThat(e.message()).contains("'vmx-nineteen'", "/vms/0/hardwareVersion", "19 or vmx-19");
        assertThat(error("hw2.yaml", HEADER + "vms:\n  - {id: v1, host: h1, hardwareVersion: 19.5}\n").message())
                .contains("/vms/0/hardwareVersion", "a whole number such as 19 or vmx-19");
    }

    @Test
    void aLimitIsANumberOrNone() {
        InputError word = error("limit.yaml", HEADER + "vms:\n  - {id: v1, host: h1, cpuLimitMhz: unlimited}\n");
        assertThat(word.location()).startsWith("8:");
        assertThat(word.message()).contains("'unlimited'", "/vms/0/cpuLimitMhz", "a number or 'none'");
        InputError type = error("limit2.yaml", HEADER + "vms:\n  - {id: v1, host: h1, memoryLimitGb: [1]}\n");
        assertThat(type.message()).contains("/vms/0/memoryLimitGb", "a number or 'none'");
    }

    @Test
    void badEnumerationsNameTheirPlaceAndTheAllowedValues() {
        assertThat(error("ls.yaml", HEADER + "vms:\n  - {id: v1, host: h1, latencySensitivity: extreme}\n").message())
                .contains("'extreme'", "/vms/0/latencySensitivity", "low, normal, medium, high, custom");
        assertThat(error("dev.yaml", HEADER + "vms:\n  - {id: v1, host: h1, devices: [{type: cdrom, backing: cloud}]}\n")
                .message()).contains("'cloud'", "/vms/0/devices/0/backing", "iso, host-device, client-device");
        assertThat(error("disk.yaml", HEADER + "vms:\n  - {id: v1, host: h1, disks: [{sharing: shared}]}\n").message())
                .contains("'shared'", "/vms/0/disks/0/sharing", "none, multi-writer");
        assertThat(error("bool.yaml", HEADER + "vms:\n  - {id: v1, host: h1, disks: [{thin: maybe}]}\n").message())
                .contains("/vms/0/disks/0/thin", "true or false");
    }

    @Test
    void anUnknownKeyInADiskIsRefusedWithASuggestion() {
        InputError e = error("typo.yaml", HEADER + "vms:\n  - {id: v1, host: h1, disks: [{thinn: true}]}\n");
        assertThat(e.location()).startsWith("8:");
        assertThat(e.message()).contains("unknown key 'thinn' at /vms/0/disks/0", "did you mean 'thin'?");
    }

    @Test
    void requiredFieldsRangesAndEmptyEntriesAreErrors() {
        InputException e = refused("checks.yaml", HEADER + """
                vms:
                  - id: v1
                    host: h1
                    hardwareVersion: 0
                    cpuLimitMhz: -1
                    cpuReservationMhz: -5
                    memoryLimitGb: -1
                    memoryReservationGb: -2
                    devices: [{name: CD/DVD drive 1}, null]
                    disks: [{capacityGb: -1}, null]
                    partitions: [{capacityGb: 10, freeGb: 20}, {path: " "}, null]
                    portGroups: [DS/DB, null]
                """);
        assertThat(e.errors()).extracting(InputError::render).containsExactlyInAnyOrder(
                "checks.yaml:/vms/0/hardwareVersion: hardwareVersion is 0, must be at least 1",
                "checks.yaml:/vms/0/cpuLimitMhz: cpuLimitMhz is -1.0, must be at least 0",
                "checks.yaml:/vms/0/cpuReservationMhz: cpuReservationMhz is -5.0, must be at least 0",
                "checks.yaml:/vms/0/memoryLimitGb: memoryLimitGb is -1.0, must be at least 0",
                "checks.yaml:/vms/0/memoryReservationGb: memoryReservationGb is -2.0, must be at least 0",
                "checks.yaml:/vms/0/devices/0/type: type is required",
                "checks.yaml:/vms/0/devices/1: a device entry is empty",
                "checks.yaml:/vms/0/disks/0/capacityGb: capacityGb is -1.0, must be at least 0",
                "checks.yaml:/vms/0/disks/1: a disk entry is empty",
                "checks.yaml:/vms/0/partitions/0/path: path is required",
                "checks.yaml:/vms/0/partitions/0/freeGb: freeGb 20.0 exceeds capacityGb 10.0",
                "checks.yaml:/vms/0/partitions/1/path: path is required",
                "checks.yaml:/vms/0/partitions/2: a partition entry is empty",
                "checks.yaml:/vms/0/portGroups/1: an entry is empty");
    }

    @Test
    void aDisksDatastoreAndAPortGroupMustName() {
        InputException e = refused("refs.yaml", HEADER + """
                vms:
                  - {id: v1, host: h1, disks: [{datastore: ds1}, {datastore: ds9}], portGroups: [DS/DB, DS/Nope]}
                """);
        assertThat(e.errors()).extracting(InputError::render).containsExactlyInAnyOrder(
                "refs.yaml:/vms/0/disks/1/datastore: unknown lun 'ds9' (no lun has this id)",
                "refs.yaml:/vms/0/portGroups/1: unknown port group 'DS/Nope' (no port group has this id)");
    }

    @Test
    void datastoresAreDerivedFromDisksWhereAbsent() throws IOException {
        Estate estate = load("ds.yaml", HEADER + """
                vms:
                  - {id: a, host: h1, disks: [{datastore: ds2}, {name: no datastore}, {datastore: ds1}, {datastore: ds2}]}
                  - {id: b, host: h1, datastores: [ds1], disks: [{datastore: ds2}]}
                  - {id: c, host: h1, disks: []}
                  - {id: d, host: h1}
                """);
        assertThat(estate.vms()).extracting(Vm::datastores)
                .containsExactly(List.of("ds2", "ds1"), List.of("ds1"), List.of(), null);
        assertThat(estate.luns()).extracting(Lun::hosts).as("derived datastores count in a LUN's hosts")
                .containsExactly(List.of("h1"), List.of("h1"));
    }

    @Test
    void networksAreDerivedFromPortGroupsWhereAbsent() throws IOException {
        Estate estate = load("nets.yaml", HEADER + """
                vms:
                  - {id: a, host: h1, portGroups: [DS/App, DS/Trunk, DS/DB, DS/App]}
                  - {id: b, host: h1, networks: [120], portGroups: [DS/App]}
                  - {id: c, host: h1, portGroups: [DS/Trunk]}
                  - {id: d, host: h1, portGroups: []}
                  - {id: e, host: h1}
                """);
        assertThat(estate.vms()).extracting(Vm::networks)
                .containsExactly(List.of(130, 120), List.of(120), List.of(), List.of(), null);
        assertThat(estate.vlans()).extracting(Vlan::hosts).as("derived networks count in a VLAN's hosts")
                .containsExactly(List.of("h1"), List.of("h1"));
    }

    @Test
    void aFirstEditionDocumentLoadsWithEveryNewFieldUnknown() throws IOException {
        Vm vm = load("old.yaml", HEADER + "vms: [{id: v1, host: h1, datastores: [ds1], networks: [120]}]\n").vms().get(0);
        assertThat(List.of(vm.datastores(), vm.networks())).containsExactly(List.of("ds1"), List.of(120));
        assertThat(new Object[] {vm.hardwareVersion(), vm.consolidationNeeded(), vm.latencySensitivity(),
                vm.cpuLimitMhz(), vm.cpuReservationMhz(), vm.memoryLimitGb(), vm.memoryReservationGb(), vm.devices(),
                vm.disks(), vm.partitions(), vm.portGroups()}).containsOnlyNulls();
        assertThat(vm.cpuLimited()).isFalse();
        assertThat(vm.memoryLimited()).isFalse();
    }

    private SourcedDocument read(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return new io.virtaudit.importer.document.DocumentImporter().read(file, name);
    }

    @Test
    void mergingAddsTheNewFieldsAnotherInputLeftUnknownAndTheSameValueInEitherSpellingAgrees() throws IOException {
        SourcedDocument inventory = read("inventory.yaml", HEADER + """
                vms: [{id: v1, host: h1, hardwareVersion: vmx-19, cpuLimitMhz: NONE, disks: [{datastore: ds1, mode: independent_persistent}]}]
                """);
        SourcedDocument cmdb = read("cmdb.json", """
                {"vms": [{"id": "v1", "hardwareVersion": 19, "cpuLimitMhz": "none", "memoryLimitGb": 4,
                          "disks": [{"datastore": "ds1", "mode": "independent-persistent"}],
                          "partitions": [{"path": "/"}], "portGroups": ["DS/DB"]}]}
                """);
        Estate estate = new EstateAssembler(TestEstates.CLOCK).assemble(EstateMerger.merge(List.of(inventory, cmdb)));
        Vm vm = estate.vms().get(0);
        assertThat(vm.hardwareVersion()).isEqualTo(new HardwareVersion(19));
        assertThat(vm.cpuLimitMhz()).isEqualTo(Limit.NONE);
        assertThat(vm.memoryLimitGb()).isEqualTo(new Limit(4.0));
        assertThat(vm.partitions()).containsExactly(new Vm.Partition("/", null, null));
        assertThat(vm.networks()).containsExactly(120);
        assertThat(vm.datastores()).containsExactly("ds1");
    }

    @Test
    void aListOfDisksIsOneValueAndTwoDifferentOnesConflict() throws IOException {
        SourcedDocument inventory = read("inventory.yaml", HEADER + """
                vms: [{id: v1, host: h1, cpuLimitMhz: none, disks: [{datastore: ds1}]}]
                """);
        SourcedDocument cmdb = read("cmdb.yaml", "vms: [{id: v1, cpuLimitMhz: 4000, disks: [{datastore: ds2}]}]\n");
        InputException e = Assertions.assertThrows(InputException.class,
                () -> new EstateAssembler(TestEstates.CLOCK).assemble(EstateMerger.merge(List.of(inventory, cmdb))));
        assertThat(e.errors()).extracting(InputError::render).containsExactlyInAnyOrder(
                "cmdb.yaml:/vms/0/cpuLimitMhz: conflicting values for vms 'v1' cpuLimitMhz: 4000.0 here,"
                        + " 'none' in inventory.yaml:/vms/0/cpuLimitMhz",
                "cmdb.yaml:/vms/0/disks: conflicting values for vms 'v1' disks: [{\"datastore\":\"ds2\"}] here,"
                        + " [{\"datastore\":\"ds1\"}] in inventory.yaml:/vms/0/disks");
    }
}
