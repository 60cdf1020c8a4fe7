package io.virtaudit.importer.rvtools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks saved by openpyxl or pandas hold their text inline and have no shared-string part;
 * POI warns about that on every read. Standard error carries virtaudit's own error and warning
 * lines only, so the check runs in a process of its own, whose standard error the test reads.
 */
class LibraryLogLinesTest {

    @TempDir
    Path dir;

    @Test
    void aWorkbookWithoutSharedStringsGivesNoLibraryLogLine() throws Exception {
        WorkbookParts workbook = WorkbookParts.sheets("vInfo", WorkbookParts.row(1, "A1", "VM", "B1", "Host")
                + WorkbookParts.row(2, "A2", "web01", "B2", "esx01"));
        Map<String, byte[]> parts = workbook.parts();
        parts.remove("xl/sharedStrings.xml");
        replace(parts, "[Content_Types].xml", "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
        replace(parts, "xl/_rels/workbook.xml.rels", "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        Path file = WorkbookParts.zip(parts, dir.resolve("pandas.xlsx"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "io.virtaudit.cli.Main", "validate", file.toString()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(err).isZero();
        assertThat(out).contains("valid (0 clusters, 1 hosts, 1 vms");
        assertThat(err).as("standard error").isEmpty();
    }

    private static void replace(Map<String, byte[]> parts, String name, String remove) {
        String text = new String(parts.get(name), StandardCharsets.UTF_8);
        parts.put(name, text.replace(remove, "").getBytes(StandardCharsets.UTF_8));
    }
}
