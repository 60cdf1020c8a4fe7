package io.virtaudit.report.xlsx;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** What every sheet writer shares: the streamed workbook, its styles, the spooled links, the row limit. */
record Sheets(SXSSFWorkbook workbook, Styles styles, Hyperlinks links, int rowLimit) {

    /** A list sheet of the layout, ready for its rows. */
    ListSheet list(String name) {
        return new ListSheet(workbook, name, styles, links, rowLimit);
    }

    SXSSFSheet streamed(String name) {
        return workbook.getSheet(name);
    }

    XSSFSheet template(String name) {
        return workbook.getXSSFWorkbook().getSheet(name);
    }
}
