package io.virtaudit.report.xlsx;

import io.virtaudit.concurrent.Uninterruptibles;
import io.virtaudit.finding.Report;
import io.virtaudit.model.Estate;
import io.virtaudit.report.Reporter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
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
    /** The template opened ahead by {@link #prepare}, for the next write to take. */
    private final AtomicReference<FutureTask<XSSFWorkbook>> prepared = new AtomicReference<>();
    private final AtomicReference<Indexed> indexed = new AtomicReference<>();

    /** An index being made, or made, ahead of the write, and the estate it is of. */
    private record Indexed(Estate estate, FutureTask<EstateIndex> index) {
    }

    /** Writes over the built-in template. */
    public XlsxReporter() {
        this(WorkbookTemplate.builtIn());
    }

    /**
     * Writes over a user's template ({@code --template FILE}).
     *
     * @throws io.virtaudit.importer.InputException when it cannot be opened or lacks a sheet or named cell
     */
    public XlsxReporter(Path template) {
        this(WorkbookTemplate.of(template));
    }

    private XlsxReporter(WorkbookTemplate template) {
        this(template, ListSheet.MAX_ROWS);
    }

    /** With fewer rows per sheet than Excel's limit, so tests see a list continue on a second sheet. */
    XlsxReporter(WorkbookTemplate template, int rowLimit) {
        this.template = template;
        this.rowLimit = rowLimit;
    }

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public String defaultFileName() {
        return "virtaudit-report.xlsx";
    }

    /**
     * Opens the template (0.7 s with POI's classes loading) and indexes the estate (0.1-0.2 s at
     * 100,000 VMs), on the core the rules leave idle, so that {@link #write} finds both done.
     */
    @Override
    public void prepare(Estate estate) {
        FutureTask<XSSFWorkbook> opening = new FutureTask<>(template::open);
        if (prepared.compareAndSet(null, opening)) {
            opening.run();
        }
        if (estate != null) {
            FutureTask<EstateIndex> indexing = new FutureTask<>(() -> new EstateIndex(estate));
            if (indexed.compareAndSet(null, new Indexed(estate, indexing))) {
                indexing.run();
            }
        }
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = openTemplate(); StreamedRows rows = new StreamedRows();
                Hyperlinks links = new Hyperlinks()) {
            if (report.summary().changes() == null) {
                workbook.removeSheetAt(workbook.getSheetIndex(WorkbookLayout.CHANGES));
            }
            Sheets sheets = new Sheets(workbook, new Styles(workbook), rows, links, rowLimit);
            fill(report, sheets);
            WorkbookPackage.write(workbook, rows.byEntry(), links.byEntry(), report.estate().referenceTime(), out);
        }
    }

    /** The workbook {@link #prepare} opened, waiting for it if need be, or a freshly opened one. */
    private XSSFWorkbook openTemplate() {
        FutureTask<XSSFWorkbook> opening = prepared.getAndSet(null);
        if (opening == null) {
            return template.open();
        }
        return Uninterruptibles.get(opening);
    }

    /** The index {@link #prepare} made of this very estate, waiting for it if need be, or a fresh one. */
    private EstateIndex indexOf(Estate estate) {
        Indexed ahead = indexed.getAndSet(null);
        if (ahead != null && ahead.estate() == estate) {
            return Uninterruptibles.get(ahead.index());
        }
        return new EstateIndex(estate);
    }

    private void fill(Report report, Sheets sheets) {
        EstateIndex estate = indexOf(report.inventory());
        Exposure exposure = new Exposure(report, estate);
        FindingLists lists = new FindingLists(report, estate, sheets);
        lists.rules();
        try (InventorySheets inventory = new InventorySheets(new InventoryRows(estate), exposure)) {
            inventory.write(sheets);
            lists.findings(inventory);
            lists.remediation(exposure);
            lists.waivers();
            if (report.summary().changes() != null) {
                lists.changes();
            }
            // the summary pages need no inventory row, so they are made while those rows are written
            new ExecutiveSummary(report, estate, exposure, sheets).write();
            new MethodSheet(report, estate, sheets, template.fileName()).write();
            new CoverSheet(report, sheets.workbook(), sheets.styles()).write();
            inventory.finish();
        }
        sheets.workbook().setActiveSheet(0);
    }
}
