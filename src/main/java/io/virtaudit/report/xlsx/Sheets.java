package io.virtaudit.report.xlsx;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What every sheet writer shares: the workbook (which keeps only the small sheets and the
 * templates' own rows), its styles, the streamed rows of the list sheets, the spooled links and
 * the row limit.
 */
record Sheets(XSSFWorkbook workbook, Styles styles, StreamedRows rows, Hyperlinks links, int rowLimit) {

    /** A list sheet of the layout, laid out for {@code rowCount} rows. */
    ListSheet list(String name, int rowCount) {
        return new ListSheet(this, ListShape.of(workbook, styles, name, rowLimit), rowCount);
    }

    XSSFSheet sheet(String name) {
        return workbook.getSheet(name);
    }
}
