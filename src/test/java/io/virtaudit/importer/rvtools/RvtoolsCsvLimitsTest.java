package io.virtaudit.importer.rvtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.virtaudit.EndlessInput;
import io.virtaudit.input.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RVTools' per-tab CSV files are streamed record by record against the export's limits: endless
 * generated streams stop at a limit (only a streaming reader can), and files that already exceed
 * the byte limit are refused before they are read.
 */
class RvtoolsCsvLimitsTest {

    private static final String FILE = "RVTools_tabvInfo.csv";
    private static final String TOO_LARGE = "refused as too large (a 50,000-VM export is well within it); if this export "
            + "is genuine, export fewer vCenters or tabs at a time";

    @TempDir
    Path dir;

    /** A header, the given lines, then the same row without end: what no reader can hold whole. */
    private static InputStream endless(String start, String repeated) {
        return EndlessInput.of(start, repeated);
    }

    private static String error(InputStream in, ReadLimits limits) {
        ReadBudget budget = new ReadBudget(limits, FILE, "CSV text in the per-tab files virtaudit reads");
        InputException e = assertThrows(InputException.class, () -> assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> CsvTabReader.read(in, FILE, Tab.VINFO, budget)));
        return e.errors().get(0).render();
    }

    @Test
    void endlessRowsStopAtTheTabsRowLimit() {
        assertThat(error(endless("VM,Host\n", "vm,esx01\n"), new ReadLimits(1000, 5000, 1L << 30, 10, 10)))
                .isEqualTo(FILE + ":1002: the vInfo tab has more than 1,000 rows, the most virtaudit reads from one tab: "
                        + TOO_LARGE);
    }

    @Test
    void anEndlessLineStopsAtTheByteLimit() {
        assertThat(error(endless("VM,Host\nvm,", "x"), new ReadLimits(1000, 5000, 1 << 20, 10, 10)))
                .isEqualTo(FILE + ": the export holds more than 1 MiB of CSV text in the per-tab files virtaudit reads, "
                        + "the limit: " + TOO_LARGE);
    }

    @Test
    void anEndlessValueStopsAtTheLongestACellMayHold() {
        assertThat(error(endless("VM,Host\n\"", "x"), ReadLimits.DEFAULT))
                .isEqualTo(FILE + ": a value is longer than 20,000,000 characters: this is not an RVTools CSV file");
    }

    @Test
    void aRecordOfMoreCellsThanASpreadsheetHoldsIsRefused() {
        assertThat(error(endless("", ","), ReadLimits.DEFAULT)).isEqualTo(FILE + ":1: the record has more than 16,384 "
                + "cells, more columns than a spreadsheet holds: this is not an RVTools CSV file");
    }

    @Test
    void filesLargerThanTheLimitAreRefusedBeforeTheyAreRead() throws IOException {
        Path export = Files.createDirectories(dir.resolve("export"));
        Files.writeString(export.resolve("RVTools_tabvInfo.csv"), "VM,Host\n" + "vm,esx01\n".repeat(20_000) + "\"open");
        InputException e = assertThrows(InputException.class, () -> CsvTabReader.readFolder(export, "export",
                new ReadLimits(500_000, 2_000_000, 100_000, 10, 10)));
        assertThat(e.errors().get(0).render()).isEqualTo("export: the export holds 175.79 KiB of CSV text in the per-tab "
                + "files virtaudit reads, above the limit of 97.65 KiB: " + TOO_LARGE);
    }

    @Test
    void twoFilesOfOneTabWhoseNamesDifferOnlyInCaseAreRefused() throws IOException {
        Path export = Files.createDirectories(dir.resolve("export"));
        Files.writeString(export.resolve("RVTools_tabvInfo.csv"), "VM,Host\na,esx01\n");
        Files.writeString(export.resolve("RVTools_tabVINFO.csv"), "VM,Host\nb,esx01\n");
        if (Files.list(export).count() < 2) {
            return;  // a case-insensitive file system cannot hold both
        }
        InputException e = assertThrows(InputException.class, () -> new RvtoolsImporter().read(export, "export"));
        assertThat(e.errors().get(0).render()).isEqualTo("export: both RVTools_tabVINFO.csv and RVTools_tabvInfo.csv "
                + "are the same RVTools tab, their names differing only in case: keep one");
    }
}
