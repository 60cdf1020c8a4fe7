package io.virtaudit.report.xlsx;

import io.virtaudit.ooxml.Hyperlinks;
import io.virtaudit.ooxml.SharedStrings;
import io.virtaudit.ooxml.StreamedWorkbook;
import io.virtaudit.report.Report;
import io.virtaudit.report.Reporter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The assessment workbook a consultant hands to a client: cover, executive summary with charts,
 * findings, remediation plan, inventory, waivers, changes, rules and method, written over a
 * template; the list sheets' rows are streamed and compressed as they are written, so a large
 * estate's findings never sit in memory and every core compresses.
 */
public final class XlsxReporter implements Reporter {

    private final WorkbookTemplate template;
    private final int rowLimit;
    private final int linkLimit;
    /** Whether the lists' repeated words go in the shared string table ({@link SharedStrings}). */
    private final boolean sharing;

    /** Writes over the built-in template. */
    public XlsxReporter() {
        this(WorkbookTemplate.builtIn());
    }

    /**
     * Writes over a user's template ({@code --template FILE}).
     *
     * @throws io.virtaudit.input.InputException when it cannot be opened or lacks a sheet or named cell
     */
    public XlsxReporter(Path template) {
        this(WorkbookTemplate.of(template));
    }

    private XlsxReporter(WorkbookTemplate template) {
        this(template, ListSheet.MAX_ROWS);
    }

    /** With fewer rows per sheet than Excel's limit, so tests see a list continue on a second sheet. */
    XlsxReporter(WorkbookTemplate template, int rowLimit) {
        this(template, rowLimit, Hyperlinks.MAX_PER_SHEET, true);
    }

    /**
     * With fewer rows or links per sheet than Excel's limits, so that tests see a list continue
     * and its links run out on small reports; without shared words when not {@code sharing}, so
     * that they see those change the bytes but no cell.
     */
    XlsxReporter(WorkbookTemplate template, int rowLimit, int linkLimit, boolean sharing) {
        this.template = template;
        this.rowLimit = rowLimit;
        this.linkLimit = linkLimit;
        this.sharing = sharing;
    }

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public String defaultFileName() {
        return "virtaudit-report.xlsx";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        try (PinnedLocale pinned = PinnedLocale.pin()) {
            writePinned(report, out);
        }
    }

    private void writePinned(Report report, OutputStream out) throws IOException {
        EstateIndex estate = new EstateIndex(report.inventory());
        InventoryRows inventory = new InventoryRows(estate);
        SharedStrings words = new SharedStrings();
        if (sharing) {
            inventory.words(words);
            FindingLists.words(report, words);
        }
        try (XSSFWorkbook workbook = template.open(); StreamedWorkbook streamed = new StreamedWorkbook(words)) {
            if (report.summary().changes() == null) {
                workbook.removeSheetAt(workbook.getSheetIndex(WorkbookLayout.CHANGES));
            }
            OptionalSheets.fit(workbook, report.inventory());
            Sheets sheets = new Sheets(workbook, new Styles(workbook), streamed, rowLimit, linkLimit);
            fill(report, sheets, estate, inventory);
            streamed.write(workbook, report.estate().referenceTime(), out);
        }
    }

    private void fill(Report report, Sheets sheets, EstateIndex estate, InventoryRows rows) {
        FindingCounts counts = new FindingCounts(report, estate);
        FindingLists lists = new FindingLists(report, estate, sheets);
        lists.rules();
        try (InventorySheets inventory = new InventorySheets(rows, counts)) {
            inventory.write(sheets);
            lists.findings(inventory);
            lists.remediation(counts);
            lists.waivers();
            if (report.summary().changes() != null) {
                lists.changes();
            }
            // the summary pages need no inventory row, so they are made while those rows are written
            new ExecutiveSummary(report, estate, counts, sheets, lists.unlinked()).write();
            new MethodSheet(report, estate, sheets, template.fileName(), lists.unlinked()).write();
            new CoverSheet(report, sheets.workbook(), sheets.styles()).write();
            inventory.finish();
        }
        sheets.workbook().setActiveSheet(0);
    }
}
