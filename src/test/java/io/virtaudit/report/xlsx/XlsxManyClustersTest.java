package io.virtaudit.report.xlsx;

import static io.virtaudit.report.xlsx.Workbooks.rowWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An estate of more clusters than a summary chart can show readably: the summary names the
 * clusters with the most severe findings and sums up the others.
 */
class XlsxManyClustersTest {

    @TempDir
    static Path dir;
    static Path xlsx;
    static Path json;

    @BeforeAll
    static void checkAGeneratedEstateOfTwentyFiveClusters() {
        Path estate = dir.resolve("estate.json");
        // 160 VMs a cluster: 3,400 VMs make 22 clusters
        XlsxSampleTest.check("generate", "--vms", "3400", "--seed", "3", "-o", estate.toString());
        XlsxSampleTest.check("check", estate.toString(), "--format", "json,xlsx", "--output-dir", dir.toString());
        xlsx = dir.resolve("virtaudit-report.xlsx");
        json = dir.resolve("virtaudit-report.json");
    }

    @Test
    void theSummaryNamesTheMostSevereClustersAndSumsUpTheOthers() throws IOException {
        var report = new ObjectMapper().readTree(json.toFile());
        int findings = report.get("findings").size();
        int clusters = report.get("estate").get("counts").get("clusters").asInt();
        assertThat(clusters).isGreaterThan(ExecutiveSummary.TOP_CLUSTERS);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet summary = workbook.getSheet("Summary");
            Row header = rowWith(summary, 0, "Cluster");
            List<Row> named = new ArrayList<>();
            Row others = null;
            for (int r = header.getRowNum() + 1; others == null; r++) {
                Row row = summary.getRow(r);
                if (row.getCell(0).getStringCellValue().matches("[0-9]+ other clusters?(, .*)?")) {
                    others = row;
                } else {
                    named.add(row);
                }
            }
            assertThat(named).hasSize(ExecutiveSummary.TOP_CLUSTERS);
            assertThat(workbook.getSheet("Clusters").getLastRowNum()).as("every cluster in the inventory")
                    .isEqualTo(clusters);
            for (int i = 1; i < named.size(); i++) {
                assertThat(severities(named.get(i - 1))).as("row %d is not more severe than the one above", i)
                        .isGreaterThanOrEqualTo(severities(named.get(i)));
            }
            int total = (int) others.getCell(1).getNumericCellValue();
            for (Row row : named) {
                total += (int) row.getCell(1).getNumericCellValue();
            }
            assertThat(total).as("every finding counted once, named or among the others").isEqualTo(findings);
            int summedUp = Integer.parseInt(others.getCell(0).getStringCellValue().split(" ")[0]);
            long namedClusters = named.stream().map(r -> r.getCell(0).getStringCellValue())
                    .filter(n -> !EstateIndex.GROUPS.contains(n)).count();
            assertThat(summedUp + namedClusters).as("every cluster named or counted among the others, once")
                    .isEqualTo(clusters);

            XSSFChart chart = summary.getDrawingPatriarch().getCharts().get(2);
            assertThat(chart.getTitleText().getString()).isEqualTo("Findings by cluster, 20 most severe");
            assertThat(chart.getChartSeries().get(0).getSeries(0).getCategoryData().getPointCount())
                    .as("the others are not a bar").isEqualTo(ExecutiveSummary.TOP_CLUSTERS);
        }
    }

    /** The row's counts from critical to info, comparable as one string of fixed-width numbers. */
    private static String severities(Row row) {
        StringBuilder key = new StringBuilder();
        for (int c = 2; c < 7; c++) {
            key.append(String.format("%08d", (int) row.getCell(c).getNumericCellValue()));
        }
        key.append(String.format("%08d", (int) row.getCell(1).getNumericCellValue()));
        return key.toString();
    }
}
