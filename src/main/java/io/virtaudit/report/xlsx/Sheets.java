package io.virtaudit.report.xlsx;

import io.virtaudit.ooxml.StreamedWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What every sheet writer shares: the workbook (which keeps only the small sheets and the
 * templates' own rows), its styles, the list sheets' streamed rows and links, and the most rows
 * and links a sheet takes.
 */
record Sheets(XSSFWorkbook workbook, Styles styles, StreamedWorkbook streamed, int rowLimit, int linkLimit) {

    /** A list sheet of the layout, laid out for {@code rowCount} rows. */
    ListSheet list(String name, int rowCount) {
        return new ListSheet(this, ListShape.of(workbook, styles, name, rowLimit), rowCount);
    }

    XSSFSheet sheet(String name) {
        return workbook.getSheet(name);
    }
}
