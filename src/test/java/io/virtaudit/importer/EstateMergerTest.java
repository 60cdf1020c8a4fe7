package io.virtaudit.importer;

import io.virtaudit.input.InputException;
import io.virtaudit.input.InputError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.virtaudit.TestEstates;
import io.virtaudit.importer.document.DocumentImporter;
import io.virtaudit.model.Environment;
import io.virtaudit.model.Estate;
import io.virtaudit.model.Vm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EstateMergerTest {

    @TempDir
    Path dir;

    private SourcedDocument read(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return new DocumentImporter().read(file, name);
    }

    private Estate merge(SourcedDocument... documents) {
        return new EstateAssembler(TestEstates.CLOCK).assemble(EstateMerger.merge(List.of(documents)));
    }

    private static final String INVENTORY = """
            formatVersion: 1
            estate: {name: Merged, collectedAt: 2026-11-20T08:00:00Z}
            hosts:
              - {id: h1, hypervisor: {product: esxi}, cpu: {sockets: 2}}
            vms:
              - {id: web01, host: h1, powerState: on}
              - {id: db01, host: h1, powerState: on, environment: test}
            luns:
              - {id: ds1, protocol: fc}
            multipath:
              - {host: h1, lun: ds1, policy: mru}
            """;

    @Test
    void aLaterInputEnrichesObjectsWithTheSameIdAndKeepsEachFieldsSource() throws IOException {
        SourcedDocument inventory = read("inventory.yaml", INVENTORY);
        SourcedDocument cmdb = read("cmdb.json", """
                {"vms": [{"id": "web01", "environment": "production", "criticality": "high"},
                         {"id": "db01", "environment": "test", "owner": "dba"}],
                 "hosts": [{"id": "h1", "cpu": {"coresPerSocket": 16}}],
                 "luns": [{"id": "ds1", "array": {"vendor": "pure", "mode": "alua"}}],
                 "multipath": [{"host": "h1", "lun": "ds1", "alua": false}]}
                """);
        SourcedDocument merged = EstateMerger.merge(List.of(inventory, cmdb));
        Estate estate = new EstateAssembler(TestEstates.CLOCK).assemble(merged);
        Vm web = estate.vms().get(0);
        assertThat(web.environment()).isEqualTo(Environment.PRODUCTION);
        assertThat(web.host()).isEqualTo("h1");
        assertThat(estate.hosts().get(0).cores()).isEqualTo(32);
        assertThat(estate.multipath()).hasSize(1);
        assertThat(estate.multipath().get(0).alua()).isFalse();
        assertThat(estate.luns().get(0).arrayMode().wireName()).isEqualTo("alua");
        assertThat(estate.sourceOf(web).toString()).isEqualTo("inventory.yaml:/vms/0");
        assertThat(merged.locator().locate("/vms/0/environment").toString()).isEqualTo("cmdb.json:/vms/0/environment");
        assertThat(merged.locator().locate("/vms/0/host").toString()).isEqualTo("inventory.yaml:/vms/0/host");
        assertThat(estate.inputs()).containsExactly("inventory.yaml", "cmdb.json");
    }

    @Test
    void twoDifferentKnownValuesAreAConflictNamingBothSources() throws IOException {
        SourcedDocument inventory = read("inventory.yaml", INVENTORY);
        SourcedDocument cmdb = read("cmdb.yaml", "vms: [{id: db01, environment: production}]\n");
        InputException e = assertThrows(InputException.class, () -> merge(inventory, cmdb));
        assertThat(e.errors()).extracting(InputError::render).containsExactly(
                "cmdb.yaml:/vms/0/environment: conflicting values for vms 'db01' environment: 'production' here,"
                        + " 'test' in inventory.yaml:/vms/1/environment");
    }

    @Test
    void customAttributesMergeKeyByKeyAndOneKeyWithTwoValuesIsAConflict() throws IOException {
        SourcedDocument inventory = read("inventory.yaml", INVENTORY.replace("{id: web01, host: h1, powerState: on}",
                "{id: web01, host: h1, powerState: on, customAttributes: {Owner: anna, Tier: gold}}"));
        Path csv = dir.resolve("vms.csv");
        Files.writeString(csv, "id,customAttributes.Tier,customAttributes.Site\nweb01,gold,ams\n");
        SourcedDocument cmdb = new io.virtaudit.importer.csv.CsvInventoryImporter().read(csv, "vms.csv");
        Vm web = merge(inventory, cmdb).vms().get(0);
        assertThat(web.customAttributes()).as("the same value twice is no conflict; keys add up")
                .containsOnly(java.util.Map.entry("Owner", "anna"), java.util.Map.entry("Tier", "gold"),
                        java.util.Map.entry("Site", "ams"));

        Files.writeString(csv, "id,customAttributes.Owner,customAttributes.Site\nweb01,ben,ams\n");
        SourcedDocument other = new io.virtaudit.importer.csv.CsvInventoryImporter().read(csv, "vms.csv");
        InputException e = assertThrows(InputException.class, () -> merge(inventory, other));
        assertThat(e.errors()).extracting(InputError::render).containsExactly(
                "vms.csv:2: conflicting values for vms 'web01' customAttributes.Owner: 'ben' here,"
                        + " 'anna' in inventory.yaml:/vms/0/customAttributes");
    }

    @Test
    void numbersCompareByValueAcrossInputs() throws IOException {
        SourcedDocument a = read("a.yaml", INVENTORY.replace("vms:", "vms:\n  - {id: big, host: h1, memoryGb: 16}"));
        SourcedDocument b = read("b.json", "{\"vms\": [{\"id\": \"big\", \"memoryGb\": 16.0}]}");
        assertThat(merge(a, b).vms()).extracting(Vm::memoryGb).contains(16.0);
    }

    @Test
    void referencesAreCheckedAfterTheMerge() throws IOException {
        SourcedDocument vms = read("vms.yaml", "formatVersion: 1\nestate: {name: x}\nvms: [{id: v1, host: h7}]\n");
        SourcedDocument hosts = read("hosts.yaml", "hosts: [{id: h7, hypervisor: {product: kvm}}]\n");
        assertThat(merge(vms, hosts).vms().get(0).host()).isEqualTo("h7");
        SourcedDocument other = read("other.yaml", "hosts: [{id: h8, hypervisor: {product: kvm}}]\n");
        InputException e = assertThrows(InputException.class, () -> merge(vms, other));
        assertThat(e.errors()).extracting(InputError::render)
                .containsExactly("vms.yaml:/vms/0/host: unknown host 'h7' (no host has this id)");
    }

    @Test
    void aPartialObjectThatNoInputCompletesIsReportedWhereItCameFrom() throws IOException {
        SourcedDocument inventory = read("inventory.yaml", INVENTORY);
        SourcedDocument cmdb = read("cmdb.yaml", "vms: [{id: ghost01, environment: production}]\n");
        InputException e = assertThrows(InputException.class, () -> merge(inventory, cmdb));
        assertThat(e.errors()).extracting(InputError::render).containsExactly("cmdb.yaml:/vms/0: host is required");
    }
}
