package io.virtaudit.importer.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.virtaudit.input.InputError;
import io.virtaudit.input.InputException;
import io.virtaudit.importer.SourcedDocument;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

/** The CSV fixtures under {@code src/test/resources/csv}, read as the CLI would name them. */
final class CsvFixtures {

    private CsvFixtures() {
    }

    static Path fixture(String relative) {
        URL url = CsvFixtures.class.getResource("/csv/" + relative);
        assertThat(url).as("fixture csv/%s", relative).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /** Reads a fixture, naming it by its path under {@code csv/}. */
    static SourcedDocument read(String relative) {
        return new CsvInventoryImporter().read(fixture(relative), relative);
    }

    static SourcedDocument read(Path input, String displayName) {
        return new CsvInventoryImporter().read(input, displayName);
    }

    /** The errors a fixture gives, rendered as the CLI prints them (without {@code error: }). */
    static List<String> errors(String relative) {
        return errors(fixture(relative), relative);
    }

    static List<String> errors(Path input, String displayName) {
        InputException e = assertThrows(InputException.class, () -> read(input, displayName));
        return e.errors().stream().map(InputError::render).toList();
    }

    /**
     * The warnings a file gives when read: rows skipped and cells left unknown, rendered as the CLI
     * prints them (without {@code warning: }). The read itself must succeed.
     */
    static List<String> warnings(Path input, String displayName) {
        return read(input, displayName).warnings().stream().map(InputError::render).toList();
    }

    static final String LEFT_UNKNOWN = "; the field is left unknown";

    /**
     * The warnings of cells that could not be read, each checked to end by saying its field is left
     * unknown, without that ending: the row is kept, only the field is lost.
     */
    static List<String> unknownCells(Path input, String displayName) {
        List<String> warnings = warnings(input, displayName);
        assertThat(warnings).allMatch(w -> w.endsWith(LEFT_UNKNOWN));
        return warnings.stream().map(w -> w.substring(0, w.length() - LEFT_UNKNOWN.length())).toList();
    }
}
