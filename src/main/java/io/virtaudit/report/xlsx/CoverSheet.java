package io.virtaudit.report.xlsx;

import io.virtaudit.report.Report;
import io.virtaudit.report.XmlText;
import io.virtaudit.rules.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills the cover's named cells that the template left empty (a consultancy's own client,
 * assessor or scope in its template copy are kept), and sets the document's properties from the
 * cover: title, subject and author, dated by the estate's collection time.
 */
final class CoverSheet {

    static final String DEFAULT_TITLE = "Virtualisation estate assessment";
    static final String DEFAULT_ASSESSOR = "virtaudit";

    private final Report report;
    private final XSSFWorkbook workbook;
    private final Styles styles;

    CoverSheet(Report report, XSSFWorkbook workbook, Styles styles) {
        this.report = report;
        this.workbook = workbook;
        this.styles = styles;
    }

    void write() {
        defaults().forEach((name, value) -> {
            XSSFCell cell = cell(workbook, name);
            if (cell != null && empty(cell)) {
                fill(cell, value);
            }
        });
        properties();
    }

    /** What each named cell gets when the template leaves it empty. */
    Map<String, Object> defaults() {
        Report.EstateSummary e = report.estate();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(WorkbookLayout.REPORT_TITLE, DEFAULT_TITLE);
        values.put(WorkbookLayout.CLIENT, e.name());
        values.put(WorkbookLayout.ASSESSOR, DEFAULT_ASSESSOR);
        Instant at = e.referenceTime() != null ? e.referenceTime() : e.collectedAt();
        values.put(WorkbookLayout.REPORT_DATE, at == null ? null : LocalDate.ofInstant(at, ZoneOffset.UTC));
        values.put(WorkbookLayout.SCOPE, scope());
        values.put(WorkbookLayout.ESTATE_NAME, e.name());
        values.put(WorkbookLayout.COLLECTED_AT, e.collectedAt() == null || e.referenceTimeAssumed()
                ? "not stated: ages were measured from " + e.referenceTime() : e.collectedAt().toString());
        values.put(WorkbookLayout.OVERALL_SCORE, report.summary().score());
        values.put(WorkbookLayout.FINDINGS_SUMMARY, findings());
        return values;
    }

    private String scope() {
        Report.EstateSummary e = report.estate();
        String inputs = e.inputs() == null || e.inputs().isEmpty() ? e.source() : String.join(", ", e.inputs());
        return (inputs == null ? "" : inputs + ": ") + Nouns.estateSize(e.counts()) + ", checked against "
                + report.summary().rulesEvaluated() + " rules.";
    }

    private String findings() {
        Report.Summary s = report.summary();
        List<String> parts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            parts.add(s.bySeverity().getOrDefault(severity.wireName(), 0) + " " + severity.wireName());
        }
        return s.findings() + " (" + String.join(", ", parts) + "; " + s.waived() + " waived)";
    }

    private void fill(XSSFCell cell, Object value) {
        if (value instanceof LocalDate date && WorkbookDates.isExcelDate(date)) {
            cell.setCellValue(date);
            XSSFCellStyle style = cell.getCellStyle();
            if (!DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString())) {
                XSSFCellStyle dated = workbook.createCellStyle();
                dated.cloneStyleFrom(style);
                dated.setDataFormat(styles.date.getDataFormat());
                cell.setCellStyle(dated);
            }
        } else {
            // a date an Excel date cell cannot show (before 1900, after 9999) is written as its ISO text
            CellValues.set(cell, value);
        }
    }

    private void properties() {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        String title = text(WorkbookLayout.REPORT_TITLE) == null ? DEFAULT_TITLE : text(WorkbookLayout.REPORT_TITLE);
        String client = text(WorkbookLayout.CLIENT);
        // POI writes the core properties with a DOM serialiser that spells a control character as
        // a character reference, which no parser accepts, and fails on a lone surrogate: they go
        // through XmlText like every cell
        core.setTitle(XmlText.of(client == null ? title : title + ": " + client));
        core.setSubjectProperty(property(text(WorkbookLayout.SCOPE)));
        core.setCreator(property(text(WorkbookLayout.ASSESSOR)));
        core.setLastModifiedByUser(property(text(WorkbookLayout.ASSESSOR)));
        core.setKeywords("virtaudit; compliance; virtualisation");
        Instant at = report.estate().referenceTime();
        if (at != null) {
            core.setCreated(Optional.of(WorkbookDates.propertyTime(at)));
            core.setModified(Optional.of(WorkbookDates.propertyTime(at)));
        }
        workbook.getProperties().getExtendedProperties().setCompany(property(client));
    }

    /** A document property's text, null for none. */
    private static String property(String text) {
        return text == null ? null : XmlText.of(text);
    }

    private String text(String name) {
        XSSFCell cell = cell(workbook, name);
        if (cell == null || empty(cell)) {
            return null;
        }
        return cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : cell.toString();
    }

    /** The cell a name refers to (its first cell), created when the template has none there; null without the name. */
    static XSSFCell cell(XSSFWorkbook workbook, String name) {
        XSSFName defined = workbook.getName(name);
        if (defined == null) {
            return null;
        }
        CellReference ref = new AreaReference(defined.getRefersToFormula(), workbook.getSpreadsheetVersion())
                .getFirstCell();
        XSSFSheet sheet = workbook.getSheet(ref.getSheetName() != null ? ref.getSheetName() : defined.getSheetName());
        if (sheet == null) {
            return null;
        }
        XSSFRow row = sheet.getRow(ref.getRow());
        if (row == null) {
            row = sheet.createRow(ref.getRow());
        }
        XSSFCell cell = row.getCell(ref.getCol());
        return cell != null ? cell : row.createCell(ref.getCol());
    }

    private static boolean empty(XSSFCell cell) {
        return cell.getCellType() == CellType.BLANK
                || cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank();
    }
}
