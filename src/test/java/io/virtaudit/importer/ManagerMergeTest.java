package io.virtaudit.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.virtaudit.TestEstates;
import io.virtaudit.importer.document.DocumentImporter;
import io.virtaudit.input.InputError;
import io.virtaudit.input.InputException;
import io.virtaudit.model.Estate;
import io.virtaudit.model.LockdownMode;
import io.virtaudit.model.Manager;
import io.virtaudit.model.ManagerProduct;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Managers merge by id as the other collections do; host lists stay lists. */
class ManagerMergeTest {

    @TempDir
    Path dir;

    private SourcedDocument read(String name, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text);
        return new DocumentImporter().read(file, name);
    }

    private static final String VC01 = """
            formatVersion: 1
            estate: {name: Merged, collectedAt: 2026-11-20T08:00:00Z}
            managers:
              - {id: vc01, product: vcenter, version: 8.0.3}
            hosts:
              - {id: h1, managedBy: vc01, hypervisor: {product: esxi}, syslogTargets: [log1]}
            """;

    @Test
    void oneIdFromTwoInputsIsOneManagerThatTheLaterInputCompletes() throws IOException {
        SourcedDocument first = read("vc01.yaml", VC01);
        SourcedDocument second = read("licences.json", """
                {"managers": [{"id": "vc01", "build": "24674346",
                               "licenses": [{"name": "vSphere 8 Enterprise Plus", "total": 64, "used": 48, "expires": "never"}]},
                              {"id": "vc02", "product": "vcenter"}],
                 "hosts": [{"id": "h2", "managedBy": "vc02", "hypervisor": {"product": "esxi"}},
                           {"id": "h1", "lockdownMode": "lockdownStrict"}]}
                """);
        SourcedDocument merged = EstateMerger.merge(List.of(first, second));
        Estate estate = new EstateAssembler(TestEstates.CLOCK).assemble(merged);
        List<Manager> managers = merged.document().managers();
        assertThat(managers).extracting(Manager::id).containsExactly("vc01", "vc02");
        assertThat(managers.get(0).product()).isEqualTo(ManagerProduct.VCENTER);
        assertThat(managers.get(0).build()).isEqualTo("24674346");
        assertThat(managers.get(0).licenses()).hasSize(1);
        assertThat(merged.locator().locate("/managers/0/licenses").toString())
                .isEqualTo("licences.json:/managers/0/licenses");
        assertThat(merged.locator().locate("/managers/0/version").toString()).isEqualTo("vc01.yaml:/managers/0/version");
        assertThat(estate.hosts().get(0).lockdownMode()).isEqualTo(LockdownMode.STRICT);
        assertThat(estate.hosts().get(1).managedBy()).isEqualTo("vc02");
    }

    @Test
    void twoKnownValuesOfOneManagerOrHostListAreAConflictNamingBothSources() throws IOException {
        SourcedDocument first = read("vc01.yaml", VC01);
        SourcedDocument second = read("other.yaml", """
                managers:
                  - {id: vc01, version: 8.0.2}
                hosts:
                  - {id: h1, syslogTargets: [log2]}
                """);
        InputException e = assertThrows(InputException.class, () -> EstateMerger.merge(List.of(first, second)));
        assertThat(e.errors()).extracting(InputError::render).containsExactly(
                "other.yaml:/managers/0/version: conflicting values for managers 'vc01' version: '8.0.2' here, '8.0.3' in vc01.yaml:/managers/0/version",
                "other.yaml:/hosts/0/syslogTargets: conflicting values for hosts 'h1' syslogTargets: [\"log2\"] here, [\"log1\"] in vc01.yaml:/hosts/0/syslogTargets");
    }

    @Test
    void aHostsManagerIsCheckedAfterTheMerge() throws IOException {
        SourcedDocument first = read("vc01.yaml", VC01);
        SourcedDocument second = read("more.yaml", "hosts:\n  - {id: h3, managedBy: vc09, hypervisor: {product: esxi}}\n");
        InputException e = assertThrows(InputException.class, () -> new EstateAssembler(TestEstates.CLOCK)
                .assemble(EstateMerger.merge(List.of(first, second))));
        assertThat(e.errors()).extracting(InputError::render)
                .containsExactly("more.yaml:/hosts/0/managedBy: unknown manager 'vc09' (no manager has this id)");
    }
}
