package io.virtaudit.importer.csv;

import static io.virtaudit.importer.csv.CsvFixtures.errors;
import static io.virtaudit.importer.csv.CsvFixtures.unknownCells;
import static io.virtaudit.importer.csv.CsvFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed CSV files: one line each, naming file and line, never a stack trace. */
class CsvBadInputTest {

    @TempDir
    Path dir;

    @Test
    void aRowWiderThanTheHeader() {
        assertThat(errors(fixture("bad/ragged/vms.csv"), "vms.csv")).containsExactly(
                "vms.csv:3: the row has 5 cells but the header has 3 columns (a comma inside a value needs quotes)");
    }

    @Test
    void anEmptyFile() {
        assertThat(errors(fixture("bad/empty/vms.csv"), "vms.csv")).containsExactly(
                "vms.csv:1: the file is empty: expected a header row of column names");
    }

    @Test
    void aFileOfBlankLinesIsEmptyToo() throws IOException {
        Path vms = Files.writeString(dir.resolve("vms.csv"), "\n  \n\r\n");
        assertThat(errors(vms, "vms.csv")).containsExactly(
                "vms.csv:1: the file is empty: expected a header row of column names");
    }

    @Test
    void aDuplicateColumn() {
        assertThat(errors(fixture("bad/duplicate-header/hosts.csv"), "hosts.csv")).containsExactly(
                "hosts.csv:1: duplicate column 'cpu.sockets' (columns 2 and 4)");
    }

    @Test
    void bytesThatAreNotUtf8() {
        assertThat(errors(fixture("bad/latin1/vms.csv"), "vms.csv")).containsExactly(
                "vms.csv:3: the file is not UTF-8 text (byte 0xE9); save it as CSV UTF-8");
    }

    @Test
    void aQuoteLeftOpenIsReportedWhereItsRowStarts() {
        assertThat(errors(fixture("bad/open-quote/vms.csv"), "vms.csv")).containsExactly(
                "vms.csv:3: a quoted value is not closed: its closing \" is missing");
    }

    @Test
    void anUnknownColumnSuggestsTheClosestField() {
        assertThat(errors(fixture("bad/unknown-column/hosts.csv"), "hosts.csv")).containsExactly(
                "hosts.csv:1: unknown column 'cpu.socket'; did you mean 'cpu.sockets'?");
    }

    @Test
    void anUnknownColumnFarFromAnyFieldListsThem() throws IOException {
        Path vlans = Files.writeString(dir.resolve("vlans.csv"), "id,colour\n10,red\n");
        assertThat(errors(vlans, "vlans.csv")).containsExactly(
                "vlans.csv:1: unknown column 'colour' (vlans.csv takes id, name, purposes, mtu, hosts, labels.<key>)");
    }

    @Test
    void aSemicolonSeparatedExportIsNamedAsSuch() throws IOException {
        Path vms = Files.writeString(dir.resolve("vms.csv"), "id;host\nweb01;esx01\n");
        assertThat(errors(vms, "vms.csv")).containsExactly("vms.csv:1: unknown column 'id;host': columns are"
                + " separated by commas, this header uses ';' (save the sheet as CSV with commas, and separate list"
                + " items with ';')");
    }

    @Test
    void aColumnWithoutAName() throws IOException {
        Path vms = Files.writeString(dir.resolve("vms.csv"), "id,,host\nweb01,x,esx01\n");
        assertThat(errors(vms, "vms.csv")).containsExactly("vms.csv:1: column 2 has no name");
    }

    @Test
    void aCollectionFileWithoutItsKeyColumn() throws IOException {
        Path multipath = Files.writeString(dir.resolve("multipath.csv"), "host,policy\nesx01,mru\n");
        assertThat(errors(multipath, "multipath.csv")).containsExactly(
                "multipath.csv:1: missing column 'lun': every multipath entry needs its host and lun");
    }

    @Test
    void wrongValuesNameLineColumnAndValueAndAreReportedTogether() {
        assertThat(unknownCells(fixture("bad/values/vms.csv"), "vms.csv")).containsExactly(
                "vms.csv:14: vcpus: 'four' is not a whole number",
                "vms.csv:15: memoryGb: 'lots' is not a number",
                "vms.csv:15: powerState: 'up' is not one of on, off, suspended",
                "vms.csv:15: networks: 'x' is not a whole number");
    }

    @Test
    void errorsInSeveralFilesOfAFolderAreReportedTogether() throws IOException {
        Files.writeString(dir.resolve("hosts.csv"), "id,cpu.socket\nesx01,2\n");
        Files.writeString(dir.resolve("vms.csv"), "id,vcpus\nweb01,4\nweb02,4.5\n");
        Files.writeString(dir.resolve("vlans.csv"), "id,colour\n10,red\n");
        assertThat(errors(dir, "inv")).as("header errors; a bad cell of vms.csv is only a warning").containsExactly(
                "inv/hosts.csv:1: unknown column 'cpu.socket'; did you mean 'cpu.sockets'?",
                "inv/vlans.csv:1: unknown column 'colour' (vlans.csv takes id, name, purposes, mtu, hosts, labels.<key>)");
    }

    @Test
    void aFolderWithTwoSpellingsOfOneFile() throws IOException {
        Files.writeString(dir.resolve("vms.csv"), "id\nweb01\n");
        Files.writeString(dir.resolve("VMS.csv"), "id\nweb02\n");
        if (Files.list(dir).count() == 2) {
            assertThat(errors(dir, "inv")).containsExactly("inv: both VMS.csv and vms.csv are vms.csv: keep one");
        }
    }

    @Test
    void aFolderWithoutInventory() throws IOException {
        Files.writeString(dir.resolve("RVTools_tabvInfo.csv"), "VM\nweb01\n");
        assertThat(errors(dir, "exports")).singleElement().asString()
                .startsWith("exports: no CSV inventory in this folder: expected clusters.csv, hosts.csv");
    }
}
