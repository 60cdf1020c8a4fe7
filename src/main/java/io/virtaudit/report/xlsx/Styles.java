package io.virtaudit.report.xlsx;

import io.virtaudit.rules.Severity;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles the writer adds to a report, made once per workbook. Headings take the style of
 * the template's Findings header, so a rebranded header colour carries over to the summary pages.
 */
final class Styles {

    final XSSFCellStyle plain;
    final XSSFCellStyle wrapped;
    final XSSFCellStyle decimal;
    final XSSFCellStyle percent;
    final XSSFCellStyle link;
    /** The header of a list sheet a template left without one, and of the summary's small tables. */
    final XSSFCellStyle heading;
    /** A section title on the summary and method pages. */
    final XSSFCellStyle section;
    final XSSFCellStyle label;
    /** A value beside its label, left-aligned whether text or number. */
    final XSSFCellStyle value;
    final XSSFCellStyle paragraph;
    final XSSFCellStyle score;
    final XSSFCellStyle bigScore;
    final XSSFCellStyle total;
    /** A change in a count, signed: +3, -2, 0. */
    final XSSFCellStyle change;
    final XSSFCellStyle date;
    /** The template's heading fill, which charts and section rules use as the accent colour. */
    final XSSFColor accent;
    private final Map<Severity, XSSFCellStyle> severities = new EnumMap<>(Severity.class);

    Styles(XSSFWorkbook workbook) {
        XSSFCellStyle templateHeader = templateHeader(workbook);
        accent = accentOf(templateHeader);
        plain = base(workbook, false);
        wrapped = base(workbook, true);
        decimal = base(workbook, false);
        decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        percent = base(workbook, false);
        percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
        link = base(workbook, false);
        XSSFFont linkFont = font(workbook);
        linkFont.setUnderline(XSSFFont.U_SINGLE);
        linkFont.setColor(SeverityColours.colour("0563C1"));
        link.setFont(linkFont);
        heading = templateHeader != null ? templateHeader : defaultHeading(workbook);
        section = workbook.createCellStyle();
        XSSFFont sectionFont = font(workbook);
        sectionFont.setBold(true);
        sectionFont.setFontHeightInPoints((short) 13);
        sectionFont.setColor(accent);
        section.setFont(sectionFont);
        section.setBorderBottom(BorderStyle.MEDIUM);
        section.setBottomBorderColor(accent);
        section.setVerticalAlignment(VerticalAlignment.BOTTOM);
        label = base(workbook, false);
        XSSFFont bold = font(workbook);
        bold.setBold(true);
        label.setFont(bold);
        value = base(workbook, false);
        value.setAlignment(HorizontalAlignment.LEFT);
        paragraph = base(workbook, true);
        score = base(workbook, false);
        score.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        score.setAlignment(HorizontalAlignment.CENTER);
        bigScore = workbook.createCellStyle();
        XSSFFont big = font(workbook);
        big.setBold(true);
        big.setFontHeightInPoints((short) 28);
        big.setColor(accent);
        bigScore.setFont(big);
        bigScore.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        bigScore.setAlignment(HorizontalAlignment.LEFT);
        bigScore.setVerticalAlignment(VerticalAlignment.CENTER);
        total = base(workbook, false);
        total.setFont(bold);
        total.setBorderTop(BorderStyle.THIN);
        change = base(workbook, false);
        change.setDataFormat(workbook.createDataFormat().getFormat("+0;-0;0"));
        date = base(workbook, false);
        date.setDataFormat(workbook.createDataFormat().getFormat("d mmmm yyyy"));
        date.setAlignment(HorizontalAlignment.LEFT);
        for (Severity severity : Severity.values()) {
            XSSFCellStyle style = base(workbook, false);
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setFillForegroundColor(SeverityColours.colour(SeverityColours.fillOf(severity)));
            XSSFFont font = font(workbook);
            font.setBold(severity == Severity.CRITICAL || severity == Severity.HIGH);
            font.setColor(SeverityColours.colour(severity == Severity.CRITICAL ? "FFFFFF" : "000000"));
            style.setFont(font);
            severities.put(severity, style);
        }
    }

    /** A cell filled in the severity's colour, for the summary's tables. */
    XSSFCellStyle severity(Severity severity) {
        return severities.get(severity);
    }

    /** The style of a list column's data cells. */
    XSSFCellStyle of(Column column) {
        return switch (column.kind()) {
            case TEXT -> plain;
            case WRAP -> wrapped;
            case DECIMAL -> decimal;
            case PERCENT -> percent;
            case LINK -> link;
        };
    }

    /** A new font of the workbook's default face and size, which a template's theme sets. */
    private static XSSFFont font(XSSFWorkbook workbook) {
        XSSFFont standard = workbook.getFontAt(0);
        XSSFFont font = workbook.createFont();
        font.setFontName(standard.getFontName());
        font.setFontHeight(standard.getFontHeight());
        return font;
    }

    private static XSSFCellStyle base(XSSFWorkbook workbook, boolean wrap) {
        XSSFCellStyle style = workbook.createCellStyle();
        // named, or LibreOffice falls back to its own default font for the cell
        style.setFont(workbook.getFontAt(0));
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setWrapText(wrap);
        return style;
    }

    /** The style of the first heading on the template's Findings sheet, or null when it has none. */
    private static XSSFCellStyle templateHeader(XSSFWorkbook workbook) {
        XSSFSheet findings = workbook.getSheet(WorkbookLayout.FINDINGS);
        if (findings == null || findings.getPhysicalNumberOfRows() == 0) {
            return null;
        }
        XSSFRow header = findings.getRow(findings.getLastRowNum());
        XSSFCell first = header == null ? null : header.getCell(0);
        return first == null ? null : first.getCellStyle();
    }

    private static XSSFColor accentOf(XSSFCellStyle header) {
        if (header != null && header.getFillPattern() == FillPatternType.SOLID_FOREGROUND) {
            XSSFColor fill = header.getFillForegroundColorColor();
            if (fill != null && fill.getRGB() != null) {
                byte[] rgb = fill.getRGB();
                return SeverityColours.colour(String.format(Locale.ROOT, "%02X%02X%02X", rgb[0], rgb[1], rgb[2]));
            }
        }
        return SeverityColours.colour(SeverityColours.ACCENT);
    }

    private static XSSFCellStyle defaultHeading(XSSFWorkbook workbook) {
        XSSFFont font = font(workbook);
        font.setBold(true);
        font.setColor(SeverityColours.colour("FFFFFF"));
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setFillForegroundColor(SeverityColours.colour(SeverityColours.ACCENT));
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        return style;
    }
}
