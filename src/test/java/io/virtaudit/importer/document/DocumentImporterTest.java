package io.virtaudit.importer.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.virtaudit.input.InputException;
import io.virtaudit.importer.SourcedDocument;
import io.virtaudit.model.Vm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first read of a document skips Jackson's per-object key sets and shares repeated values; its
 * error is the document's error, and only a repeated key sends the document to the strict read,
 * whose error must be Jackson's own.
 */
class DocumentImporterTest {

    private static final String HEAD = "{\"formatVersion\": 1, \"estate\": {\"name\": \"T\"}, "
            + "\"hosts\": [{\"id\": \"h1\", \"hypervisor\": {\"product\": \"kvm\"}}], ";

    @TempDir
    Path dir;

    private SourcedDocument read(String json) throws IOException {
        Path file = dir.resolve("estate.json");
        Files.writeString(file, json);
        return new DocumentImporter().read(file, "estate.json");
    }

    private String error(String json) {
        InputException e = assertThrows(InputException.class, () -> read(json));
        return e.errors().get(0).render();
    }

    @Test
    void aKeyRepeatedInANestedObjectIsJacksonsError() {
        assertThat(error(HEAD + "\"vms\": [{\"id\": \"v1\", \"host\": \"h1\"}, {\"id\": \"v2\", \"host\": \"h1\","
                + " \"backup\": {\"policy\": \"a\"}, \"host\": \"h2\"}]}"))
                .isEqualTo("estate.json:1:202: duplicate key 'host' at /vms/1");
    }

    @Test
    void keysRepeatOnlyWithinOneObject() throws IOException {
        SourcedDocument doc = read(HEAD + "\"vms\": [{\"id\": \"v1\", \"host\": \"h1\", \"backup\": {\"policy\": \"a\","
                + " \"lastSuccess\": \"2026-11-20T08:00:00Z\"}, \"owner\": \"o\"}, {\"id\": \"v2\", \"host\": \"h1\","
                + " \"backup\": {\"policy\": \"a\", \"lastSuccess\": \"2026-11-20T08:00:00Z\"}, \"owner\": \"o\"}]}");
        Vm first = doc.document().vms().get(0);
        Vm second = doc.document().vms().get(1);
        assertThat(second.host()).isEqualTo("h1");
        assertThat(second.backup().lastSuccess()).isEqualTo(first.backup().lastSuccess());
        assertThat(second.owner()).as("a repeated text is read once").isSameAs(first.owner());
    }

    /**
     * A document with an error other than a repeated key is read once, not again strictly: a named
     * pipe can be read only once, so a second read would wait for a writer that never comes.
     */
    @Test
    void anErrorOtherThanARepeatedKeyComesFromOneRead() throws Exception {
        Path pipe = dir.resolve("estate.json");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo");
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(pipe, HEAD + "\"vms\": [{\"id\": \"v1\", \"host\": \"h1\", \"vcpus\": \"four\"}]}");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        InputException e = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(InputException.class, () -> new DocumentImporter().read(pipe, "estate.json")));
        assertThat(e.errors().get(0).render()).startsWith("estate.json:1:").contains("/vms/0/vcpus");
        writer.join(5_000);
    }

    @Test
    void aDocumentWithAnErrorGetsTheStrictReadsMessage() {
        assertThat(error(HEAD + "\"vms\": [{\"id\": \"v1\", \"host\": \"h1\", \"powerState\": \"sleeping\"}]}"))
                .startsWith("estate.json:1:").contains("'sleeping'").contains("/vms/0/powerState");
    }
}
