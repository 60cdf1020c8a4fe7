package io.virtaudit.report.xlsx;

import static io.virtaudit.report.xlsx.Workbooks.linkOf;
import static io.virtaudit.report.xlsx.Workbooks.readBack;
import static io.virtaudit.report.xlsx.Workbooks.sheetNames;
import static io.virtaudit.report.xlsx.Workbooks.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.finding.Finding;
import io.virtaudit.report.Report;
import io.virtaudit.finding.Subject;
import io.virtaudit.model.Estate;
import io.virtaudit.model.SubjectType;
import io.virtaudit.model.Vm;
import io.virtaudit.ooxml.Hyperlinks;
import io.virtaudit.rules.RuleMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lists longer than a sheet holds, and a report of 100,000 findings, more than a sheet can link. */
class XlsxLimitsTest {

    @TempDir
    Path dir;

    @Test
    void aListLongerThanASheetContinuesOnTheNextOne() throws IOException {
        // four rows a sheet: the header and three findings
        XlsxReporter reporter = new XlsxReporter(WorkbookTemplate.builtIn(), 4);
        Report report = ReportFixture.report();
        try (XSSFWorkbook workbook = readBack(write(reporter, report))) {
            List<String> names = sheetNames(workbook);
            assertThat(names.subList(2, 6)).containsExactly("Findings", "Findings (2)", "Remediation plan",
                    "Remediation plan (2)");
            assertThat(names).containsSequence("Rules", "Rules (2)", "Method");
            XSSFSheet first = workbook.getSheet("Findings");
            XSSFSheet second = workbook.getSheet("Findings (2)");
            assertThat(first.getLastRowNum()).isEqualTo(3);
            assertThat(second.getLastRowNum()).isEqualTo(3);
            assertThat(Workbooks.cells(workbook).stream().filter(c -> c.startsWith("Findings (2)!A1 ")))
                    .containsExactly("Findings (2)!A1 STRING Severity");
            assertThat(second.getRow(1).getCell(4).getStringCellValue()).isEqualTo("web01");
            assertThat(second.getTables().get(0).getName()).isEqualTo("FindingsTable2");
            assertThat(second.getTables().get(0).getCTTable().getRef()).isEqualTo("A1:M4");
            assertThat(second.getPaneInformation().isFreezePane()).isTrue();
            assertThat(second.getColumnWidth(7)).isEqualTo(first.getColumnWidth(7));
            assertThat(second.getPrintSetup().getLandscape()).isTrue();
            assertThat(second.getRepeatingRows()).isNotNull();
            assertThat(second.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(5);
            assertThat(linkOf(second, 1, 1)).as("NET-002 is the fourth rule").isEqualTo("'Rules (2)'!A2");
            assertThat(linkOf(second, 1, 4)).isEqualTo("'VMs'!A4");
        }
    }

    /** Every finding links its rule and subject: 200,000 links, three times what Excel allows on a sheet. */
    @Test
    void writesAHundredThousandFindingsStreamingAndLinksNoMoreThanExcelAllows() throws IOException {
        int vms = 20_000;
        List<Vm> machines = new ArrayList<>();
        for (int i = 0; i < vms; i++) {
            machines.add(new Vm(String.format("vm%05d", i), null, i % 2 == 0 ? "h1" : "h2", "Linux", null, 2, 4.0,
                    null, null, false, null, null, false, null, List.of(), List.of(), List.of(), null, null, null,
                    Map.of(), null, null, null, null, null, null, null, null, null, null, null, null, null, null));
        }
        Estate small = ReportFixture.estate();
        Estate estate = new Estate(small.info(), small.referenceTime(), false, small.clusters(), small.hosts(),
                machines, small.luns(), small.multipath(), small.vlans(), small.portGroups(), small.managers(), new HashMap<>(), List.of("big.yaml"));
        List<RuleMetadata> rules = List.of(ReportFixture.TIM, ReportFixture.NET, ReportFixture.CMP);
        List<Finding> findings = new ArrayList<>();
        for (RuleMetadata rule : rules) {
            for (int i = 0; i < vms; i++) {
                String id = String.format("vm%05d", i);
                findings.add(ReportFixture.finding(rule, new Subject(SubjectType.VM, id, id),
                        id + " breaks " + rule.id() + " in a way that takes a sentence or two to explain, "
                                + "so that the row wraps like the real ones do", Map.of("vm", id)));
            }
        }
        for (int i = 0; findings.size() < 100_000; i++) {
            findings.add(ReportFixture.finding(ReportFixture.AVL, new Subject(SubjectType.CLUSTER, "c1", "prod"),
                    "admission control off, check " + i, Map.of()));
        }
        Path file = dir.resolve("big.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new XlsxReporter().write(ReportFixture.report(findings, estate), out);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String table = tableNamed(zip, "FindingsTable");
            assertThat(attribute(table, "ref")).isEqualTo("A1:M100001");
            String vmTable = tableNamed(zip, "VMsTable");
            assertThat(attribute(vmTable, "ref")).isEqualTo("A1:AR20001");

            // the sheet's XML is 60 MB: its head and its links, which come after the rows, as text
            byte[] sheet = entry(zip, "xl/worksheets/sheet3.xml");
            String head = new String(sheet, 0, 4096, StandardCharsets.UTF_8);
            String links = new String(sheet, lastIndexOf(sheet, "</sheetData>"), sheet.length - lastIndexOf(sheet,
                    "</sheetData>"), StandardCharsets.UTF_8);
            List<String> linked = new ArrayList<>();
            Matcher link = Pattern.compile("<hyperlink ref=\"([A-Z]+\\d+)\"").matcher(links);
            while (link.find()) {
                linked.add(link.group(1));
            }
            assertThat(Hyperlinks.MAX_PER_SHEET).isEqualTo(66_530);
            assertThat(linked).hasSize(Hyperlinks.MAX_PER_SHEET)
                    .contains("B2", "E2", "B33266", "E33266").doesNotContain("B33267", "E33267");
            assertThat(head).contains("<dimension ref=\"A1:N100001\"/>", "<c r=\"N1\"");
            assertThat(new String(entry(zip, "xl/sharedStrings.xml"), StandardCharsets.UTF_8)).contains(
                    "Excel allows 66,530 links on a sheet: on this one rows 2 to 33,266 are linked; the 66,735 rows "
                            + "below them are not.");
        }
    }

    private static byte[] entry(ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return in.readAllBytes();
        }
    }

    private static int lastIndexOf(byte[] bytes, String ascii) {
        byte[] what = ascii.getBytes(StandardCharsets.US_ASCII);
        for (int at = bytes.length - what.length; at >= 0; at--) {
            if (java.util.Arrays.equals(bytes, at, at + what.length, what, 0, what.length)) {
                return at;
            }
        }
        throw new AssertionError("no " + ascii);
    }

    private static String tableNamed(ZipFile zip, String name) throws IOException {
        for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
            if (entry.getName().startsWith("xl/tables/")) {
                try (InputStream in = zip.getInputStream(entry)) {
                    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    if (name.equals(attribute(xml, "name"))) {
                        return xml;
                    }
                }
            }
        }
        throw new AssertionError("no table " + name);
    }

    private static String attribute(String xml, String attribute) {
        Matcher matcher = Pattern.compile("<(?:\\w+:)?table [^>]*?\\b" + attribute + "=\"([^\"]*)\"").matcher(xml);
        return matcher.find() ? matcher.group(1) : null;
    }
}
