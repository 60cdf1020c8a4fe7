package io.virtaudit.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the built-in template {@code reports-templates/virtaudit-report.xlsx}: header rows,
 * column widths and severity colours, and no data (the writer can only append below the header).
 * Run it again after changing {@link WorkbookLayout} or {@link SeverityColours}:
 * {@code mvn -q -B test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.virtaudit.report.xlsx.TemplateBuilder}.
 */
public final class TemplateBuilder {

    /** A fixed date, so rebuilding an unchanged template changes nothing but the zip timestamps. */
    private static final Instant BUILT = Instant.parse("2026-01-01T00:00:00Z");

    private TemplateBuilder() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : WorkbookTemplate.BUILT_IN);
        try (XSSFWorkbook workbook = build(); OutputStream out = Files.newOutputStream(target)) {
            workbook.write(out);
        }
        System.out.println("wrote " + target);
    }

    static XSSFWorkbook build() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFCellStyle header = headerStyle(workbook);
        sheet(workbook, header, WorkbookLayout.SUMMARY, WorkbookLayout.SUMMARY_COLUMNS, List.of(28, 70));
        XSSFSheet findings = sheet(workbook, header, WorkbookLayout.FINDINGS, WorkbookLayout.FINDINGS_COLUMNS,
                List.of(11, 10, 40, 12, 24, 24, 60, 40, 60, 30, 11, 14));
        SeverityColours.ensure(findings, WorkbookLayout.FINDINGS_SEVERITY_COLUMN, 1);
        XSSFSheet rules = sheet(workbook, header, WorkbookLayout.RULES, WorkbookLayout.RULES_COLUMNS,
                List.of(10, 11, 14, 40, 12, 10, 60, 40, 30, 10));
        SeverityColours.ensure(rules, WorkbookLayout.RULES_SEVERITY_COLUMN, 1);
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        core.setTitle("virtaudit report");
        core.setCreator("virtaudit");
        core.setLastModifiedByUser("virtaudit");
        core.setCreated(Optional.of(Date.from(BUILT)));
        core.setModified(Optional.of(Date.from(BUILT)));
        return workbook;
    }

    private static XSSFSheet sheet(XSSFWorkbook workbook, XSSFCellStyle style, String name, List<String> columns,
                                   List<Integer> widths) {
        XSSFSheet sheet = workbook.createSheet(name);
        XSSFRow row = sheet.createRow(0);
        row.setHeightInPoints(20);
        for (int i = 0; i < columns.size(); i++) {
            XSSFCell cell = row.createCell(i);
            cell.setCellValue(columns.get(i));
            cell.setCellStyle(style);
            sheet.setColumnWidth(i, widths.get(i) * 256);
        }
        return sheet;
    }

    private static XSSFCellStyle headerStyle(XSSFWorkbook workbook) {
        XSSFFont font = workbook.createFont();
        font.setBold(true);
        font.setColor(SeverityColours.colour("FFFFFF"));
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setFillForegroundColor(SeverityColours.colour("1F4E78"));
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.MEDIUM);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }
}
