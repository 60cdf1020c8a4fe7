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
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the built-in template {@code reports-templates/virtaudit-report.xlsx}: the cover with its
 * named cells, the titles of the summary and method pages, the header rows, column widths and
 * severity colours of the list sheets, and the page set-up of every sheet. Run it again after
 * changing {@link WorkbookLayout} or {@link SeverityColours}:
 * {@code mvn -q -B test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.virtaudit.report.xlsx.TemplateBuilder}.
 */
public final class TemplateBuilder {

    /** A fixed date, so rebuilding an unchanged template changes nothing but the zip timestamps. */
    private static final Instant BUILT = Instant.parse("2026-01-01T00:00:00Z");
    private static final String GREY = "595959";

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
        // by name rather than as the theme's minor font: the template has no theme part to name it
        workbook.getFontAt(0).setScheme(FontScheme.NONE);
        XSSFCellStyle header = headerStyle(workbook);
        XSSFCellStyle title = font(workbook, 20, true, SeverityColours.ACCENT, false);
        for (String name : WorkbookLayout.SHEETS) {
            XSSFSheet sheet = workbook.createSheet(name);
            if (name.equals(WorkbookLayout.COVER)) {
                cover(workbook, sheet);
            } else if (name.equals(WorkbookLayout.SUMMARY)) {
                page(sheet, title, "Executive summary",
                        List.of(34, 11, 11, 11, 11, 11, 11, 11, 2, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9));
            } else if (name.equals(WorkbookLayout.METHOD)) {
                page(sheet, title, "Method", List.of(30, 13, 13, 13, 13, 13, 13, 13, 13, 13));
            } else {
                list(sheet, header);
            }
            printSetup(sheet);
        }
        workbook.getSheet(WorkbookLayout.COVER).getPrintSetup().setFitHeight((short) 1);
        workbook.setActiveSheet(0);
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        core.setTitle("virtaudit report");
        core.setCreator("virtaudit");
        core.setLastModifiedByUser("virtaudit");
        core.setCreated(Optional.of(Date.from(BUILT)));
        core.setModified(Optional.of(Date.from(BUILT)));
        return workbook;
    }

    private static void list(XSSFSheet sheet, XSSFCellStyle style) {
        List<Column> columns = WorkbookLayout.columns(sheet.getSheetName());
        XSSFRow row = sheet.createRow(0);
        row.setHeightInPoints(30);
        for (int i = 0; i < columns.size(); i++) {
            XSSFCell cell = row.createCell(i);
            cell.setCellValue(columns.get(i).heading());
            cell.setCellStyle(style);
            sheet.setColumnWidth(i, columns.get(i).width() * 256);
        }
        SeverityColours.ensure(sheet, sheet.getSheetName(), 1);
    }

    /** A page's title row and an empty row below it; the writer starts after them. */
    private static void page(XSSFSheet sheet, XSSFCellStyle title, String text, List<Integer> widths) {
        XSSFRow row = sheet.createRow(0);
        row.setHeightInPoints(34);
        XSSFCell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(title);
        sheet.createRow(1).createCell(0);
        for (int i = 0; i < widths.size(); i++) {
            sheet.setColumnWidth(i, widths.get(i) * 256);
        }
        sheet.setDisplayGridlines(false);
    }

    private static void cover(XSSFWorkbook workbook, XSSFSheet sheet) {
        sheet.setDisplayGridlines(false);
        sheet.setColumnWidth(0, 3 * 256);
        sheet.setColumnWidth(1, 22 * 256);
        for (int column = 2; column <= 7; column++) {
            sheet.setColumnWidth(column, 15 * 256);
        }
        XSSFCellStyle logo = font(workbook, 30, true, SeverityColours.ACCENT, false);
        logo.setVerticalAlignment(VerticalAlignment.CENTER);
        logo.setBorderLeft(BorderStyle.THICK);
        logo.setLeftBorderColor(SeverityColours.colour(SeverityColours.ACCENT));
        XSSFCell logoCell = cell(sheet, 1, 1);
        logoCell.setCellValue("virtaudit");
        logoCell.setCellStyle(logo);
        merge(sheet, 1, 4, 1, 3, logo);
        name(workbook, WorkbookLayout.LOGO_AREA, "$B$2:$D$5");

        XSSFCellStyle confidential = font(workbook, 10, true, GREY, false);
        confidential.setAlignment(HorizontalAlignment.RIGHT);
        XSSFCell mark = cell(sheet, 1, 7);
        mark.setCellValue("CONFIDENTIAL");
        mark.setCellStyle(confidential);

        XSSFCellStyle title = font(workbook, 26, true, SeverityColours.ACCENT, false);
        title.setVerticalAlignment(VerticalAlignment.BOTTOM);
        sheet.createRow(7).setHeightInPoints(42);
        value(sheet, workbook, WorkbookLayout.REPORT_TITLE, 7, title);
        XSSFCellStyle subtitle = font(workbook, 13, false, GREY, true);
        subtitle.setBorderBottom(BorderStyle.THICK);
        subtitle.setBottomBorderColor(SeverityColours.colour(SeverityColours.ACCENT));
        XSSFCell line = cell(sheet, 8, 1);
        line.setCellValue("Compliance of a virtualisation estate with best practice");
        line.setCellStyle(subtitle);
        merge(sheet, 8, 8, 1, 7, subtitle);
        sheet.getRow(8).setHeightInPoints(24);

        XSSFCellStyle label = font(workbook, 12, true, GREY, false);
        label.setVerticalAlignment(VerticalAlignment.TOP);
        XSSFCellStyle text = font(workbook, 12, false, "000000", false);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        text.setWrapText(true);
        text.setAlignment(HorizontalAlignment.LEFT);
        XSSFCellStyle date = font(workbook, 12, false, "000000", false);
        date.setVerticalAlignment(VerticalAlignment.TOP);
        date.setAlignment(HorizontalAlignment.LEFT);
        date.setDataFormat(workbook.createDataFormat().getFormat("d mmmm yyyy"));
        XSSFCellStyle score = font(workbook, 12, true, "000000", false);
        score.setVerticalAlignment(VerticalAlignment.TOP);
        score.setAlignment(HorizontalAlignment.LEFT);
        score.setDataFormat(workbook.createDataFormat().getFormat("0.0 \"/ 100\""));

        labelled(sheet, workbook, 10, "Client", WorkbookLayout.CLIENT, label, text);
        labelled(sheet, workbook, 11, "Assessor", WorkbookLayout.ASSESSOR, label, text);
        labelled(sheet, workbook, 12, "Date", WorkbookLayout.REPORT_DATE, label, date);
        labelled(sheet, workbook, 13, "Scope", WorkbookLayout.SCOPE, label, text);
        sheet.getRow(13).setHeightInPoints(48);
        labelled(sheet, workbook, 15, "Estate", WorkbookLayout.ESTATE_NAME, label, text);
        labelled(sheet, workbook, 16, "Facts collected", WorkbookLayout.COLLECTED_AT, label, text);
        labelled(sheet, workbook, 17, "Compliance score", WorkbookLayout.OVERALL_SCORE, label, score);
        labelled(sheet, workbook, 18, "Findings", WorkbookLayout.FINDINGS_SUMMARY, label, text);

        XSSFCellStyle note = font(workbook, 9, false, GREY, true);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
        note.setBorderTop(BorderStyle.THIN);
        note.setTopBorderColor(SeverityColours.colour(SeverityColours.ACCENT));
        XSSFCell about = cell(sheet, 21, 1);
        about.setCellValue("Generated by virtaudit from the inputs listed on the Method sheet. The Summary sheet "
                + "gives the score, the findings by severity, domain and cluster and the top risks; the Findings "
                + "sheet has one row per finding, linked to its rule and to its subject in the inventory sheets; "
                + "the Remediation plan lists what to do, riskiest first.");
        about.setCellStyle(note);
        merge(sheet, 21, 21, 1, 7, note);
        sheet.getRow(21).setHeightInPoints(44);
    }

    private static void labelled(XSSFSheet sheet, XSSFWorkbook workbook, int row, String text, String name,
                                 XSSFCellStyle label, XSSFCellStyle value) {
        XSSFCell cell = cell(sheet, row, 1);
        cell.setCellValue(text);
        cell.setCellStyle(label);
        sheet.getRow(row).setHeightInPoints(20);
        merge(sheet, row, row, 2, 7, value);
        cell(sheet, row, 2).setCellStyle(value);
        name(workbook, name, "$C$" + (row + 1));
    }

    private static void value(XSSFSheet sheet, XSSFWorkbook workbook, String name, int row, XSSFCellStyle style) {
        cell(sheet, row, 1).setCellStyle(style);
        merge(sheet, row, row, 1, 7, style);
        name(workbook, name, "$B$" + (row + 1));
    }

    private static void merge(XSSFSheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn,
                              XSSFCellStyle style) {
        for (int r = firstRow; r <= lastRow; r++) {
            for (int c = firstColumn; c <= lastColumn; c++) {
                XSSFCell cell = cell(sheet, r, c);
                if (r != firstRow || c != firstColumn) {
                    cell.setCellStyle(style);
                }
            }
        }
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
    }

    private static XSSFCell cell(XSSFSheet sheet, int row, int column) {
        XSSFRow r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
        return r.getCell(column) != null ? r.getCell(column) : r.createCell(column);
    }

    private static void name(XSSFWorkbook workbook, String name, String ref) {
        XSSFName defined = workbook.createName();
        defined.setNameName(name);
        defined.setRefersToFormula(WorkbookLayout.COVER + "!" + ref);
    }

    private static void printSetup(XSSFSheet sheet) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setLandscape(true);
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.5);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.getFooter().setLeft("&A");
        sheet.getFooter().setCenter("Page &P of &N");
        sheet.getFooter().setRight("&F");
    }

    private static XSSFCellStyle font(XSSFWorkbook workbook, int points, boolean bold, String colour,
                                      boolean italic) {
        XSSFFont font = workbook.createFont();
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        font.setItalic(italic);
        font.setColor(SeverityColours.colour(colour));
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    private static XSSFCellStyle headerStyle(XSSFWorkbook workbook) {
        XSSFFont font = workbook.createFont();
        font.setBold(true);
        font.setColor(SeverityColours.colour("FFFFFF"));
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setFillForegroundColor(SeverityColours.colour(SeverityColours.ACCENT));
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.MEDIUM);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        return style;
    }
}
