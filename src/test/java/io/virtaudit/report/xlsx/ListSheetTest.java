package io.virtaudit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.virtaudit.ooxml.Hyperlinks;
import io.virtaudit.ooxml.SharedStrings;
import io.virtaudit.ooxml.StreamedWorkbook;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A list laid out ahead: where each row will go is known before it is written. */
class ListSheetTest {

    @Test
    void positionsKnownAheadAreWhereTheRowsGo() throws Exception {
        try (XSSFWorkbook workbook = WorkbookTemplate.builtIn().open();
                StreamedWorkbook streamed = new StreamedWorkbook(new SharedStrings())) {
            // five rows a sheet: the header and four rows
            Sheets sheets = new Sheets(workbook, new Styles(workbook), streamed, 5, Hyperlinks.MAX_PER_SHEET);
            ListSheet list = sheets.list(WorkbookLayout.FINDINGS, 9);
            assertThat(list.sheetNames()).containsExactly("Findings", "Findings (2)", "Findings (3)");
            List<ListSheet.Position> ahead = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                ahead.add(list.positionOf(i));
            }
            List<ListSheet.Position> written = new ArrayList<>();
            List<Object> row = Collections.nCopies(WorkbookLayout.columns(WorkbookLayout.FINDINGS).size(), "x");
            for (int i = 0; i < 9; i++) {
                written.add(list.append(row));
            }
            assertThat(written).isEqualTo(ahead);
            assertThat(ahead).extracting(ListSheet.Position::location).containsExactly(
                    "'Findings'!A2", "'Findings'!A3", "'Findings'!A4", "'Findings'!A5",
                    "'Findings (2)'!A2", "'Findings (2)'!A3", "'Findings (2)'!A4", "'Findings (2)'!A5",
                    "'Findings (3)'!A2");
            assertThat(workbook.getSheetIndex("Findings (2)")).isEqualTo(workbook.getSheetIndex("Findings") + 1);
            assertThat(workbook.getSheetIndex("Findings (3)")).isEqualTo(workbook.getSheetIndex("Findings") + 2);
            assertThatThrownBy(() -> list.append(row)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("laid out for 9 rows");
        }
    }

    @Test
    void aListFinishedShortOfItsRowsIsAFault() throws Exception {
        try (XSSFWorkbook workbook = WorkbookTemplate.builtIn().open();
                StreamedWorkbook streamed = new StreamedWorkbook(new SharedStrings())) {
            Sheets sheets = new Sheets(workbook, new Styles(workbook), streamed, ListSheet.MAX_ROWS,
                    Hyperlinks.MAX_PER_SHEET);
            ListSheet list = sheets.list(WorkbookLayout.VLANS, 2);
            list.append(Collections.nCopies(WorkbookLayout.columns(WorkbookLayout.VLANS).size(), 1));
            assertThatThrownBy(list::finish).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("laid out for 2 rows but has 1");
        }
    }
}
