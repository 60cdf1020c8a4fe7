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

/** Lists longer than a sheet holds, and a report of 100,000 findings. */
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

    @Test
    void writesAHundredThousandFindingsStreaming() throws IOException {
        int vms = 20_000;
        List<Vm> machines = new ArrayList<>();
        for (int i = 0; i < vms; i++) {
            machines.add(new Vm(String.format("vm%05d", i), null, i % 2 == 0 ? "h1" : "h2", "Linux", null, 2, 4.0,
                    null, null, false, null, null, false, null, List.of(), List.of(), List.of(), null, null, null,
                    Map.of(), null, null, null));
        }
        Estate small = ReportFixture.estate();
        Estate estate = new Estate(small.info(), small.referenceTime(), false, small.clusters(), small.hosts(),
                machines, small.luns(), small.multipath(), small.vlans(), small.portGroups(), new HashMap<>(), List.of("big.yaml"));
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
            assertThat(attribute(vmTable, "ref")).isEqualTo("A1:AB20001");
        }
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
