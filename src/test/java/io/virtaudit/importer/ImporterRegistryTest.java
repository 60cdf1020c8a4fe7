package io.virtaudit.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in importers, found through META-INF/services as a plugin's are. */
class ImporterRegistryTest {

    private final ImporterRegistry registry = ImporterRegistry.builtIn();

    @TempDir
    Path dir;

    @Test
    void theBuiltInsAreAskedDocumentThenRvtoolsThenCsv() {
        assertThat(registry.importers()).extracting(Importer::name).containsExactly("document", "rvtools", "csv");
        assertThat(registry.importers()).allSatisfy(i -> assertThat(registry.pluginOf(i)).isEmpty());
    }

    @Test
    void theErrorForAnUnreadInputListsWhatTheyRead() {
        assertThat(registry.expected()).isEqualTo("an estate document (.yaml, .yml, .json), an RVTools export"
                + " (.xlsx, RVTools_tab*.csv or their folder), or CSV inventories (hosts.csv, vms.csv, … or their folder)");
    }

    @Test
    void aFileIsReadByTheFirstThatAcceptsItAFolderByEvery() throws IOException {
        assertThat(registry.readersOf(dir.resolve("hosts.csv"))).extracting(Importer::name).containsExactly("csv");
        assertThat(registry.readersOf(dir.resolve("RVTools_tabvInfo.csv"))).extracting(Importer::name)
                .containsExactly("rvtools");
        assertThat(registry.readersOf(dir.resolve("notes.txt"))).isEmpty();
        Path both = Files.createDirectories(dir.resolve("export"));
        Files.writeString(both.resolve("RVTools_tabvInfo.csv"), "VM\n");
        Files.writeString(both.resolve("vms.csv"), "id\n");
        assertThat(registry.readersOf(both)).extracting(Importer::name).containsExactly("rvtools", "csv");
    }
}
