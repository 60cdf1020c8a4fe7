package io.virtaudit.report.xlsx;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What every sheet writer shares: the workbook (which keeps only the small sheets and the
 * templates' own rows), its styles, the streamed rows of the list sheets, the spooled links and
 * the row limit.
 */
record Sheets(XSSFWorkbook workbook, Styles styles, StreamedRows rows, Hyperlinks links, int rowLimit) {

    /** A list sheet of the layout, ready for its rows. */
    ListSheet list(String name) {
        return new ListSheet(this, name);
    }

    XSSFSheet sheet(String name) {
        return workbook.getSheet(name);
    }
}
