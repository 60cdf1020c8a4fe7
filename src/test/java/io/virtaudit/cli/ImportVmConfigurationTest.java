package io.virtaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.virtaudit.TestEstates;
import io.virtaudit.model.Estate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code virtaudit import} writes the VM configuration fields back so that they load to the same VMs. */
class ImportVmConfigurationTest {

    @TempDir
    Path dir;

    private static final String ESTATE = """
            formatVersion: 1
            estate: {name: T, collectedAt: 2026-11-20T08:00:00Z}
            hosts: [{id: h1, hypervisor: {product: esxi}}]
            luns: [{id: ds1}, {id: ds2}]
            vlans: [{id: 120}]
            portGroups: [{id: DS/DB, vlan: 120}, {id: DS/Trunk}]
            vms:
              - id: db01
                host: h1
                hardwareVersion: vmx-13
                consolidationNeeded: true
                latencySensitivity: HIGH
                cpuLimitMhz: NONE
                cpuReservationMhz: 0
                memoryLimitGb: 8
                memoryReservationGb: 2.5
                devices: [{type: cdrom, name: CD/DVD drive 1, connected: true, startConnected: false, backing: iso}]
                disks:
                  - {name: Hard disk 1, file: "[ds2] db01/db01-000001.vmdk", capacityGb: 80, datastore: ds2,
                     mode: independent_persistent, raw: physical, sharing: multi_writer, sharedBus: virtual, thin: true}
                  - {datastore: ds1}
                partitions: [{path: /, capacityGb: 10, freeGb: 2.5}]
                portGroups: [DS/DB, DS/Trunk]
              - {id: web01, host: h1, memoryLimitGb: none, devices: [], disks: [], partitions: [], portGroups: []}
            """;

    @Test
    void theVmConfigurationFieldsRoundTripAsYamlAndJson() throws IOException {
        Path source = Files.writeString(dir.resolve("estate.yaml"), ESTATE);
        Estate before = TestEstates.load(source);
        for (String name : new String[] {"imported.yaml", "imported.json"}) {
            Path imported = dir.resolve(name);
            CliRun run = CliRun.of("import", source.toString(), "-o", imported.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            Estate after = TestEstates.load(imported);
            assertThat(after.vms()).isEqualTo(before.vms());
        }
        JsonNode db = new ObjectMapper().readTree(dir.resolve("imported.json").toFile()).get("vms").get(0);
        assertThat(db.get("hardwareVersion").isInt()).as("written as the number").isTrue();
        assertThat(db.get("hardwareVersion").asInt()).isEqualTo(13);
        assertThat(db.get("cpuLimitMhz").asText()).isEqualTo("none");
        assertThat(db.get("memoryLimitGb").asDouble()).isEqualTo(8.0);
        assertThat(db.get("latencySensitivity").asText()).isEqualTo("high");
        assertThat(db.get("disks").get(0).get("mode").asText()).isEqualTo("independent-persistent");
        assertThat(db.get("disks").get(0).get("sharing").asText()).isEqualTo("multi-writer");
        assertThat(before.vms().get(0).datastores()).as("derived from the disks").containsExactly("ds2", "ds1");
        assertThat(before.vms().get(0).networks()).as("derived from the port groups").containsExactly(120);
        assertThat(before.vms().get(1).datastores()).isEmpty();
        assertThat(before.vms().get(1).networks()).isEmpty();
    }
}
