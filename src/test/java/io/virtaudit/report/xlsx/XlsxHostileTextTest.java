package io.virtaudit.report.xlsx;

import static io.virtaudit.report.xlsx.Workbooks.readBack;
import static io.virtaudit.report.xlsx.Workbooks.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.report.XmlText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Text from the data that XML 1.0 cannot hold, in every place it reaches the workbook: the cover,
 * the document properties, shared strings, streamed rows, chart categories, links. Every part of
 * the package must parse with a strict parser, and each value read back as {@link XmlText} spells it.
 */
class XlsxHostileTextTest {

    @Test
    void everyPartOfTheWorkbookIsWellFormedXml() throws Exception {
        Map<String, String> failures = new LinkedHashMap<>();
        Map<String, byte[]> parts = parts(write(new XlsxReporter(), HostileReport.report()));
        assertThat(parts).containsKeys("docProps/core.xml", "docProps/app.xml", "xl/sharedStrings.xml",
                "xl/charts/chart3.xml", "xl/worksheets/sheet3.xml");
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            try {
                strictParser().parse(new ByteArrayInputStream(part.getValue()));
            } catch (SAXParseException e) {
                failures.put(part.getKey(), e.getMessage());
            }
        }
        assertThat(failures).as("parts a strict XML parser refuses").isEmpty();
    }

    @Test
    void eachValueReadsBackWithWhatXmlCannotHoldReplaced() throws IOException {
        String estate = XmlText.of(HostileReport.ESTATE);
        assertThat(estate).startsWith("ACME \uFFFD\uFFFD\uFFFD").doesNotContain("\u001b", "\u0000", "\uFFFE");
        try (XSSFWorkbook workbook = readBack(write(new XlsxReporter(), HostileReport.report()))) {
            var core = workbook.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo(CoverSheet.DEFAULT_TITLE + ": " + estate);
            assertThat(workbook.getProperties().getExtendedProperties().getCompany()).isEqualTo(estate);
            assertThat(CoverSheet.cell(workbook, WorkbookLayout.CLIENT).getStringCellValue()).isEqualTo(estate);
            XSSFSheet findings = workbook.getSheet(WorkbookLayout.FINDINGS);
            Row cmp = Workbooks.rowWith(findings, 1, "CMP-001");
            assertThat(cmp.getCell(2).getStringCellValue()).as("a shared title")
                    .isEqualTo(XmlText.of(HostileReport.CMP.title()));
            assertThat(cmp.getCell(7).getStringCellValue()).as("a streamed message")
                    .isEqualTo(XmlText.of(HostileReport.MESSAGE));
            Row tim = Workbooks.rowWith(findings, 1, "TIM-004");
            assertThat(tim.getCell(4).getStringCellValue()).isEqualTo(XmlText.of(HostileReport.BAD_VM));
            Row cluster = Workbooks.rowWith(workbook.getSheet(WorkbookLayout.SUMMARY), 0,
                    XmlText.of(HostileReport.CLUSTER_NAME));
            assertThat(cluster.getCell(1).getNumericCellValue()).as("every finding is in the cluster").isEqualTo(4);
            var chart = workbook.getSheet(WorkbookLayout.SUMMARY).getDrawingPatriarch().getCharts().get(2);
            assertThat(chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).getCat().getStrRef()
                    .getStrCache().getPtArray(0).getV()).isEqualTo(XmlText.of(HostileReport.CLUSTER_NAME));
        }
    }

    /** Ids are data too: quotes, hashes and brackets, or longer than a cell, must not break a link. */
    @Test
    void subjectIdsThatLookLikeReferencesOrOutgrowACellStillLinkToTheirRows() throws IOException {
        try (XSSFWorkbook workbook = readBack(write(new XlsxReporter(), HostileReport.report()))) {
            XSSFSheet findings = workbook.getSheet(WorkbookLayout.FINDINGS);
            Row cmp = Workbooks.rowWith(findings, 1, "CMP-001");
            assertThat(cmp.getCell(4).getStringCellValue()).isEqualTo(HostileReport.QUOTED_HOST);
            assertThat(Workbooks.linkOf(findings, cmp.getRowNum(), 4)).isEqualTo("'Hosts'!A2");
            assertThat(workbook.getSheet(WorkbookLayout.HOSTS).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo(HostileReport.QUOTED_HOST);
            Row net = Workbooks.rowWith(findings, 1, "NET-002");
            String cut = CellValues.fit(HostileReport.LONG_VM);
            assertThat(net.getCell(4).getStringCellValue()).isEqualTo(cut).endsWith(CellValues.TRUNCATED);
            assertThat(Workbooks.linkOf(findings, net.getRowNum(), 4)).isEqualTo("'VMs'!A3");
            assertThat(workbook.getSheet(WorkbookLayout.VMS).getRow(2).getCell(0).getStringCellValue()).isEqualTo(cut);
            List<String> names = Workbooks.sheetNames(workbook);
            assertThat(names).containsExactlyElementsOf(withoutChanges());
        }
    }

    private static List<String> withoutChanges() {
        List<String> sheets = new ArrayList<>(WorkbookLayout.SHEETS);
        sheets.remove(WorkbookLayout.CHANGES);
        sheets.removeAll(WorkbookLayout.OPTIONAL_SHEETS); // the hostile estate lists no port groups or managers
        return sheets;
    }

    /** Every XML part of a package (and its relationships), by name. */
    static Map<String, byte[]> parts(byte[] xlsx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
                    parts.put(entry.getName(), zip.readAllBytes());
                }
            }
        }
        return parts;
    }

    /** A namespace-aware parser that refuses what XML 1.0 refuses, DOCTYPEs included, and does not print. */
    static DocumentBuilder strictParser() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder parser = factory.newDocumentBuilder();
        parser.setErrorHandler(new DefaultHandler() {
            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        return parser;
    }
}
