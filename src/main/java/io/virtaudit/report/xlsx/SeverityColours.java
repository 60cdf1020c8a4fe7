package io.virtaudit.report.xlsx;

import io.virtaudit.rules.Severity;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFFontFormatting;
import org.apache.poi.xssf.usermodel.XSSFPatternFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;

/**
 * Colours severity words, and counts of findings per severity, through conditional formatting,
 * which a template can restyle and which survives streaming (rows are written without per-cell
 * colours).
 */
public final class SeverityColours {

    /** The accent of the built-in template: header fills, section rules, chart bars. */
    public static final String ACCENT = "1F4E78";

    private SeverityColours() {
    }

    /**
     * Adds the default colours to a list sheet from {@code firstRow} down, unless the sheet has
     * conditional formatting of its own: the severity column, and on inventory sheets the counts
     * of critical … info findings where they are not zero.
     */
    public static void ensure(XSSFSheet sheet, String name, int firstRow) {
        if (sheet.getSheetConditionalFormatting().getNumConditionalFormattings() > 0) {
            return;
        }
        int severityColumn = WorkbookLayout.severityColumn(name);
        if (severityColumn >= 0) {
            words(sheet, new CellRangeAddress(firstRow, lastRow(), severityColumn, severityColumn));
        }
        int firstCount = WorkbookLayout.findingCountsColumn(name);
        if (firstCount >= 0) {
            for (Severity severity : Severity.values()) {
                int column = firstCount + 2 + severity.ordinal();
                counts(sheet, new CellRangeAddress(firstRow, lastRow(), column, column), severity);
            }
        }
    }

    /** Colours each severity word in {@code range}. */
    public static void words(XSSFSheet sheet, CellRangeAddress range) {
        XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        for (Severity severity : Severity.values()) {
            XSSFConditionalFormattingRule rule = formatting.createConditionalFormattingRule(
                    ComparisonOperator.EQUAL, "\"" + severity.wireName() + "\"");
            paint(rule, severity);
            formatting.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
        }
    }

    /** Colours the numbers in {@code range} that are above zero in the colour of {@code severity}. */
    public static void counts(XSSFSheet sheet, CellRangeAddress range, Severity severity) {
        XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        XSSFConditionalFormattingRule rule = formatting.createConditionalFormattingRule(ComparisonOperator.GT, "0");
        paint(rule, severity);
        formatting.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
    }

    private static void paint(XSSFConditionalFormattingRule rule, Severity severity) {
        XSSFPatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(colour(fillOf(severity)));
        fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
        XSSFFontFormatting font = rule.createFontFormatting();
        // a new font colour is stored without its alpha byte; spell it out as Excel expects
        XSSFColor ink = colour(severity == Severity.CRITICAL ? "FFFFFF" : "000000");
        font.setFontColor(ink);
        font.getFontColor().setARGBHex(ink.getARGBHex());
        font.setFontStyle(false, severity == Severity.CRITICAL || severity == Severity.HIGH);
    }

    private static int lastRow() {
        return SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    }

    /** The fill of a severity, as {@code RRGGBB}. */
    static String fillOf(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "8B0000";
            case HIGH -> "F4804F";
            case MEDIUM -> "FFD966";
            case LOW -> "BDD7EE";
            case INFO -> "D9D9D9";
        };
    }

    /** An opaque colour from {@code RRGGBB}; Excel wants the alpha byte spelt out. */
    static XSSFColor colour(String hex) {
        byte[] argb = new byte[4];
        argb[0] = (byte) 0xFF;
        for (int i = 0; i < 3; i++) {
            argb[i + 1] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return new XSSFColor(argb, null);
    }
}
