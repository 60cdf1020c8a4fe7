package io.virtaudit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.virtaudit.TestEstates;
import io.virtaudit.cli.Main;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same inputs, same outputs: two runs give byte-identical JSON, SARIF, JUnit, CSV and Markdown and
 * a workbook with identical cells. Values from the data stay inert in every output.
 */
class ReproducibleOutputsTest {

    private static final List<String> TEXT_FORMATS = List.of("virtaudit-report.json", "virtaudit-report.sarif",
            "virtaudit-report.junit.xml", "virtaudit-report.csv", "virtaudit-report.md");

    @TempDir
    Path dir;

    private Path run(String name, String... inputs) {
        Path out = dir.resolve(name);
        out.toFile().mkdirs();
        List<String> args = new ArrayList<>(List.of("check"));
        args.addAll(List.of(inputs));
        args.addAll(List.of("--format", "xlsx,json,sarif,junit,csv,md", "--output-dir", out.toString(), "--as-of", "2026-11-24"));
        StringWriter err = new StringWriter();
        int code = Main.run(TestEstates.CLOCK, new PrintWriter(new StringWriter()), new PrintWriter(err), args.toArray(String[]::new));
        assertThat(code).as(err.toString()).isZero();
        return out;
    }

    @Test
    void twoRunsGiveTheSameReports() throws IOException {
        Path first = run("first", "sample-data/acme-estate.yaml");
        Path second = run("second", "sample-data/acme-estate.yaml");
        for (String file : TEXT_FORMATS) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
        assertThat(cells(second.resolve("virtaudit-report.xlsx"))).isEqualTo(cells(first.resolve("virtaudit-report.xlsx")));
    }

    @Test
    void theJunitFailuresAreTheUnwaivedFindings() throws Exception {
        Path out = run("junit", "sample-data/acme-estate.yaml");
        JsonNode summary = new ObjectMapper().readTree(out.resolve("virtaudit-report.json").toFile()).get("summary");
        int unwaived = summary.get("findings").asInt() - summary.get("waived").asInt();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Element root = factory.newDocumentBuilder().parse(out.resolve("virtaudit-report.junit.xml").toFile())
                .getDocumentElement();
        assertThat(unwaived).isGreaterThan(100);
        assertThat(root.getAttribute("failures")).isEqualTo(String.valueOf(unwaived));
        assertThat(root.getElementsByTagName("failure").getLength()).isEqualTo(unwaived);
    }

    @Test
    void valuesFromTheDataAreInertInEveryOutput() throws IOException {
        Path estate = dir.resolve("evil.yaml");
        Files.writeString(estate, """
                formatVersion: 1
                estate: {name: "<b>Evil</b> | *estate*", collectedAt: 2026-11-20T08:00:00Z}
                hosts:
                  - {id: h1, hypervisor: {product: virtualbox}, ntpServers: []}
                vms:
                  - {id: vm1, name: "=HYPERLINK(\\"http://evil.example\\",\\"click\\")", host: h1, timingSensitive: true,
                     powerState: on, environment: production, owner: "+cmd|' /C calc'!A0"}
                """);
        Path out = run("evil", estate.toString());
        String csv = Files.readString(out.resolve("virtaudit-report.csv"));
        assertThat(csv).contains("'=HYPERLINK(").doesNotContain(",=HYPERLINK(");
        String md = Files.readString(out.resolve("virtaudit-report.md"));
        assertThat(md).contains("\\<b\\>").doesNotContain(" <b>");
        try (InputStream in = Files.newInputStream(out.resolve("virtaudit-report.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as("%s!%s", sheet.getSheetName(), cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }

    private static List<String> cells(Path xlsx) throws IOException {
        List<String> all = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        all.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + formatter.formatCellValue(cell));
                    }
                }
            }
            all.add("created=" + wb.getProperties().getCoreProperties().getCreated());
        }
        return all;
    }
}
