package io.virtaudit.report.xlsx;

import io.virtaudit.model.Estate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFPrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fits the sheets of the second edition's collections ({@link WorkbookLayout#OPTIONAL_SHEETS}) to
 * the estate: a sheet is left out when the estate lists none of its objects, so that such an
 * estate gets the workbook it got before they came, and added when a template made before them
 * lacks it, in the place and shape the built-in template gives it.
 */
final class OptionalSheets {

    private OptionalSheets() {
    }

    /** Removes or adds the optional sheets of {@code workbook} (a fresh copy of the template) for {@code estate}. */
    static void fit(XSSFWorkbook workbook, Estate estate) {
        fit(workbook, WorkbookLayout.PORT_GROUPS, estate != null && !estate.portGroups().isEmpty());
        fit(workbook, WorkbookLayout.MANAGERS, estate != null && !estate.managers().isEmpty());
    }

    private static void fit(XSSFWorkbook workbook, String name, boolean wanted) {
        int index = workbook.getSheetIndex(name);
        if (!wanted && index >= 0) {
            workbook.removeSheetAt(index);
        } else if (wanted && index < 0) {
            add(workbook, name);
        }
    }

    /**
     * An empty sheet after the nearest sheet the layout puts before it, with the built-in column
     * widths and the Hosts sheet's orientation, paper and footer (a rebranded template's choice);
     * the list writes its header in the template's heading style and colours it as any list.
     */
    private static void add(XSSFWorkbook workbook, String name) {
        XSSFSheet sheet = workbook.createSheet(name);
        workbook.setSheetOrder(name, after(workbook, name));
        List<Column> columns = WorkbookLayout.columns(name);
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, columns.get(i).width() * 256);
        }
        XSSFSheet like = workbook.getSheet(WorkbookLayout.HOSTS);
        XSSFPrintSetup from = like.getPrintSetup();
        sheet.getPrintSetup().setOrientation(from.getOrientation());
        sheet.getPrintSetup().setPaperSize(from.getPaperSize());
        sheet.getFooter().setLeft(like.getFooter().getLeft());
        sheet.getFooter().setCenter(like.getFooter().getCenter());
        sheet.getFooter().setRight(like.getFooter().getRight());
    }

    /** The position right after the last sheet present that the layout puts before {@code name}. */
    private static int after(XSSFWorkbook workbook, String name) {
        List<String> before = WorkbookLayout.SHEETS.subList(0, WorkbookLayout.SHEETS.indexOf(name));
        for (int i = before.size() - 1; i >= 0; i--) {
            int index = workbook.getSheetIndex(before.get(i));
            if (index >= 0) {
                return index + 1;
            }
        }
        return 0;
    }
}
