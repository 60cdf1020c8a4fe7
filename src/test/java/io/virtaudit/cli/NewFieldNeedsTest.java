package io.virtaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.virtaudit.TestEstates;
import io.virtaudit.engine.FieldCatalog;
import io.virtaudit.model.Estate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: a rule may name the second edition's fields in {@code @needs}, and DAT-001 says where
 * they are unknown, so a report tells what could not be judged.
 */
class NewFieldNeedsTest {

    static final List<String> NEW_FIELDS = List.of(
            "host.hypervisor.build", "host.connectionState", "host.ntpRunning",
            "host.services.ssh.running", "host.services.ssh.startPolicy",
            "host.services.shell.running", "host.services.shell.startPolicy",
            "host.lockdownMode", "host.syslogTargets", "host.certificateExpires",
            "cluster.ha.hostMonitoring", "lun.provisionedGb",
            "vm.connectionState", "vm.hardwareVersion", "vm.consolidationNeeded", "vm.latencySensitivity",
            "vm.cpuLimitMhz", "vm.memoryLimitGb", "vm.cpuReservationMhz", "vm.memoryReservationGb",
            "vm.devices", "vm.disks", "vm.partitions", "vm.portGroups",
            "port-group.security.allowPromiscuous", "port-group.security.allowMacChanges",
            "port-group.security.allowForgedTransmits", "port-group.binding", "port-group.switchType",
            "port-group.vlan", "port-group.hosts", "port-group.purposes",
            "manager.product", "manager.version", "manager.build", "manager.licenses");

    private static final String HEADER = "formatVersion: 1\nestate: {name: T, collectedAt: 2026-11-20T08:00:00Z}\n";

    /** Each new field matters on some object and is unknown there. */
    static final String BARE = HEADER + """
            managers: [{id: vc01}, {id: vc02, product: vcenter}]
            clusters: [{id: prod, ha: {enabled: true}}]
            hosts:
              - {id: esx01, cluster: prod, managedBy: vc01, hypervisor: {product: esxi}, ntpServers: [ntp1]}
            luns: [{id: ds1}]
            portGroups: [{id: DS/VM, switchType: distributed}, {id: esx01/vSwitch0/VM}]
            vms: [{id: vm1, host: esx01, powerState: on}, {id: vm2, host: esx01, latencySensitivity: high}]
            """;

    /** The same objects with every new field known. */
    static final String FULL = HEADER + """
            managers:
              - {id: vc01, product: vcenter, version: 8.0.3, build: "24674346", licenses: []}
            clusters: [{id: prod, ha: {enabled: true, hostMonitoring: true}}]
            hosts:
              - id: esx01
                cluster: prod
                managedBy: vc01
                connected: true
                hypervisor: {product: esxi, build: "22380479"}
                ntpServers: [ntp1]
                ntpRunning: true
                services: {ssh: {running: false, startPolicy: manual}, shell: {running: false, startPolicy: manual}}
                lockdownMode: lockdownNormal
                syslogTargets: [log.example.com]
                certificateExpires: 2027-01-10T09:00:00Z
            luns: [{id: ds1, provisionedGb: 10}]
            vlans: [{id: 10}]
            portGroups:
              - id: DS/VM
                switchType: distributed
                vlan: 10
                hosts: [esx01]
                purposes: [vm]
                security: {allowPromiscuous: false, allowMacChanges: false, allowForgedTransmits: false}
                binding: static
            vms:
              - id: vm1
                host: esx01
                powerState: on
                connectionState: connected
                hardwareVersion: vmx-19
                consolidationNeeded: false
                latencySensitivity: high
                cpuLimitMhz: none
                memoryLimitGb: none
                cpuReservationMhz: 1000
                memoryReservationGb: 4
                devices: []
                disks: []
                partitions: []
                portGroups: [DS/VM]
            """;

    @TempDir
    Path dir;

    private Estate load(String name, String text) throws IOException {
        return TestEstates.load(Files.writeString(dir.resolve(name), text));
    }

    @Test
    void theCatalogueKnowsEveryNewField() {
        assertThat(NEW_FIELDS).allSatisfy(field -> assertThat(FieldCatalog.knows(field)).as(field).isTrue());
    }

    @Test
    void eachNewFieldIsAGapWhereItMattersAndIsAbsentAndNoneWherePresent() throws IOException {
        assertThat(FieldCatalog.gaps(load("bare.yaml", BARE), NEW_FIELDS))
                .extracting(g -> g.objectType() + "." + g.field())
                .containsExactlyInAnyOrderElementsOf(NEW_FIELDS);
        assertThat(FieldCatalog.gaps(load("full.yaml", FULL), NEW_FIELDS)).isEmpty();
    }

    @Test
    void fieldsMatterOnlyWhereTheRulesLookForThem() throws IOException {
        Estate other = load("other.yaml", HEADER + """
                hosts: [{id: kvm1, hypervisor: {product: kvm}}]
                portGroups: [{id: DS/Uplinks, switchType: distributed, uplink: true}]
                vms: [{id: vm1, host: kvm1, powerState: off}]
                """);
        assertThat(FieldCatalog.gaps(other, List.of("host.services.ssh.running", "host.lockdownMode",
                "host.ntpRunning", "vm.hardwareVersion", "vm.partitions", "port-group.binding",
                "port-group.security.allowPromiscuous"))).isEmpty();
    }

    @Test
    void aPackNamingTheNewFieldsCompilesAndDat001ReportsTheirGaps() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("acme-pack"));
        Files.writeString(pack.resolve("needs.drl"), """
                package acme.extra
                import io.virtaudit.model.*
                global io.virtaudit.engine.FindingSink findings

                rule "Hosts are named"
                    @id("ACM-001") @title("Hosts are named") @severity("low")
                    @category("naming") @subject("host") @remediation("Name the host.")
                    @reference("ACME naming standard") @seed("S7")
                    @needs("%s")
                when
                    $h : Host( name == null )
                then
                    findings.on(kcontext, $h).evidence("id", $h.id()).report($h.id() + " has no name");
                end
                """.formatted(String.join("; ", NEW_FIELDS)));
        Path json = dir.resolve("f.json");
        CliRun run = CliRun.of("check", Files.writeString(dir.resolve("bare.yaml"), BARE).toString(),
                "--rules", pack.toString(), "-o", json.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        String gaps = StreamSupport.stream(doc.get("findings").spliterator(), false)
                .filter(f -> f.get("ruleId").asText().equals("DAT-001")).map(JsonNode::toString)
                .reduce("", String::concat);
        assertThat(NEW_FIELDS).allSatisfy(field ->
                assertThat(gaps).as(field).contains(field.substring(field.indexOf('.') + 1)));
    }
}
