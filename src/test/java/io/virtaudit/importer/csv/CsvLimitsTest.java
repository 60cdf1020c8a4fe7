package io.virtaudit.importer.csv;

import static io.virtaudit.importer.csv.CsvFixtures.errors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.virtaudit.EndlessInput;
import io.virtaudit.TestEstates;
import io.virtaudit.importer.EstateAssembler;
import io.virtaudit.importer.EstateDocument;
import io.virtaudit.input.InputException;
import io.virtaudit.importer.SourcedDocument;
import io.virtaudit.model.Estate;
import io.virtaudit.model.EstateInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An inventory file is streamed, never read whole (a 2 GB file once crashed the reader): the
 * tests read from endless generated streams, which only a streaming reader can stop, and check the
 * size limits with small ones rather than gigabytes on disk. Values outside their field's range
 * are reported as the cell spells them.
 */
class CsvLimitsTest {

    private static final CsvTable.Limits SMALL = new CsvTable.Limits(1 << 20, 100, 10);

    @TempDir
    Path dir;

    /** A header, the given lines, then the same row without end: what no reader can hold whole. */
    private static InputStream endless(String start, String repeated) {
        return EndlessInput.of(start, repeated);
    }

    private static String error(InputStream in, CsvTable.Limits limits) {
        InputException e = assertThrows(InputException.class, () -> assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> CsvTable.read(in, "vms.csv", limits)));
        return e.errors().get(0).render();
    }

    @Test
    void aRowWiderThanTheHeaderStopsAnEndlessStreamAtItsLine() {
        assertThat(error(endless("id,host\nvm1,h1\nvm2,h1,extra\n", "vm3,h1\n"), CsvTable.Limits.DEFAULT))
                .isEqualTo("vms.csv:3: the row has 3 cells but the header has 2 columns (a comma inside a value needs quotes)");
    }

    @Test
    void aByteThatIsNotUtf8StopsAnEndlessStreamAtItsLine() {
        byte[] latin1 = "id,host\nvm1,h1\n\"multi\nline\",h1\nvm\u00e9,h1\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(error(new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(latin1), endless("", "vm,h1\n")),
                CsvTable.Limits.DEFAULT)).isEqualTo("vms.csv:5: the file is not UTF-8 text (byte 0xE9); save it as CSV UTF-8");
    }

    @Test
    void endlessRowsStopAtTheRowLimit() {
        assertThat(error(endless("id,host\n", "vm,h1\n"), SMALL))
                .isEqualTo("vms.csv:102: the file has more than 100 rows, the limit for one inventory CSV file: refused as "
                        + "too large; split it into several inputs (they are merged)");
    }

    @Test
    void anEndlessLineStopsAtTheSizeLimit() {
        assertThat(error(endless("id,host\n", "x"), SMALL))
                .isEqualTo("vms.csv: the file is longer than 1 MiB, the limit for one inventory CSV file: refused as too "
                        + "large; split it into several inputs (they are merged)");
    }

    @Test
    void anEndlessValueStopsAtTheLongestACellMayHold() {
        assertThat(error(endless("id,host\n\"", "x"), CsvTable.Limits.DEFAULT))
                .isEqualTo("vms.csv:2: a value is longer than 20,000,000 characters, the most a cell may hold");
    }

    @Test
    void aRowOfMoreCellsThanASpreadsheetHoldsIsRefused() {
        assertThat(error(endless("", ","), SMALL)).isEqualTo("vms.csv:1: the row has more than 10 cells, more columns "
                + "than a spreadsheet holds");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path vms = Files.writeString(dir.resolve("vms.csv"), "id,host\n" + "vm,h1\n".repeat(200_000) + "\"unclosed");
        InputException e = assertThrows(InputException.class, () -> CsvTable.read(vms, "vms.csv", SMALL));
        assertThat(e.errors().get(0).render()).isEqualTo("vms.csv: the file is 1.1 MiB, above the limit of 1 MiB for one "
                + "inventory CSV file: refused as too large; split it into several inputs (they are merged)");
    }

    @Test
    void aValueOutOfRangeIsQuotedAsWrittenWithItsUnitAtItsLine() throws IOException {
        Files.writeString(dir.resolve("hosts.csv"), "id,hypervisor.product,cpu.sockets,memoryGb\nh1,esxi,0,512\n"
                + "h2,esxi,2,-0.5\n");
        Files.writeString(dir.resolve("vms.csv"), "id,host,vcpus,memoryGb\nvm1,h1,4097,16\nvm2,h1,2,-1\n");
        Files.writeString(dir.resolve("clusters.csv"), "id,ha.cpuPercent\ncl1,101\n");
        assertThat(CsvFixtures.unknownCells(dir, "inv")).containsExactly(
                "inv/clusters.csv:2: ha.cpuPercent: 101 % is above the maximum of 100",
                "inv/hosts.csv:2: cpu.sockets: 0 is below the minimum of 1",
                "inv/hosts.csv:3: memoryGb: -0.5 GB is negative",
                "inv/vms.csv:2: vcpus: 4097 is above the maximum of 4096",
                "inv/vms.csv:3: memoryGb: -1 GB is negative");
    }

    @Test
    void valuesAtTheEndsOfTheirRangesAreTakenByTheEstateToo() throws IOException {
        Files.writeString(dir.resolve("hosts.csv"), "id,hypervisor.product,cpu.sockets,cpu.coresPerSocket,memoryGb,nics\n"
                + "h1,esxi,1024,4096,0,0\n");
        Files.writeString(dir.resolve("vms.csv"), "id,host,vcpus,memoryGb\nvm1,h1,1,0\nvm2,h1,4096,0.5\n");
        Files.writeString(dir.resolve("vlans.csv"), "id,mtu\n0,68\n4095,65535\n");
        Files.writeString(dir.resolve("clusters.csv"), "id,ha.cpuPercent,ha.memoryPercent,ha.failoverHosts\ncl1,0,100,0\n");
        SourcedDocument sourced = new CsvInventoryImporter().read(dir, "inv");
        EstateDocument doc = sourced.document();
        EstateDocument named = new EstateDocument(doc.formatVersion(), new EstateInfo("ranges", null, null, null),
                doc.managers(), doc.clusters(), doc.hosts(), doc.vms(), doc.luns(), doc.multipath(), doc.vlans(), doc.portGroups());
        Estate estate = new EstateAssembler(TestEstates.CLOCK).assemble(
                new SourcedDocument(sourced.inputs(), named, sourced.locator()));
        assertThat(estate.vms()).hasSize(2);
        assertThat(estate.vlans()).hasSize(2);
    }
}
