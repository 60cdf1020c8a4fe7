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
 * Colours a severity column by its word through conditional formatting, which a template can
 * restyle and which survives streaming (the rows are written without per-cell colours).
 */
public final class SeverityColours {

    private SeverityColours() {
    }

    /** Adds the default colours to {@code column} from {@code firstRow} down, unless the sheet has its own. */
    public static void ensure(XSSFSheet sheet, int column, int firstRow) {
        XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        if (formatting.getNumConditionalFormattings() > 0) {
            return;
        }
        int lastRow = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
        CellRangeAddress[] range = {new CellRangeAddress(firstRow, lastRow, column, column)};
        for (Severity severity : Severity.values()) {
            XSSFConditionalFormattingRule rule = formatting.createConditionalFormattingRule(
                    ComparisonOperator.EQUAL, "\"" + severity.wireName() + "\"");
            XSSFPatternFormatting fill = rule.createPatternFormatting();
            fill.setFillBackgroundColor(colour(fillOf(severity)));
            fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
            XSSFFontFormatting font = rule.createFontFormatting();
            // a new font colour is stored without its alpha byte; spell it out as Excel expects
            XSSFColor ink = colour(severity == Severity.CRITICAL ? "FFFFFF" : "000000");
            font.setFontColor(ink);
            font.getFontColor().setARGBHex(ink.getARGBHex());
            font.setFontStyle(false, severity == Severity.CRITICAL || severity == Severity.HIGH);
            formatting.addConditionalFormatting(range, rule);
        }
    }

    private static String fillOf(Severity severity) {
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
