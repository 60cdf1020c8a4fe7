package io.virtaudit.report.xlsx;

import io.virtaudit.report.Report;
import io.virtaudit.model.Estate;
import io.virtaudit.model.SubjectType;
import io.virtaudit.report.Reporter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
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
    /** How many bytes of inventory rows {@link #prepare} may spell ahead, outside the heap. */
    private final long spellingBudget;
    /** Whether the lists' repeated words go in the shared string table ({@link SharedText}). */
    private final boolean sharing;
    /** What {@link #prepare} made ahead, for the next write to take. */
    private final AtomicReference<Preparation> prepared = new AtomicReference<>();

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
        this(template, rowLimit, Runtime.getRuntime().maxMemory() / 16);
    }

    /** Spelling at most {@code spellingBudget} bytes of rows ahead, so tests see a list spelt in part. */
    XlsxReporter(WorkbookTemplate template, int rowLimit, long spellingBudget) {
        this(template, rowLimit, spellingBudget, true);
    }

    /** Without shared words when not {@code sharing}, so tests see that they change the bytes but no cell. */
    XlsxReporter(WorkbookTemplate template, int rowLimit, long spellingBudget, boolean sharing) {
        this.template = template;
        this.rowLimit = rowLimit;
        this.spellingBudget = spellingBudget;
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

    /**
     * Opens the template (0.7 s with POI's classes loading), indexes the estate (0.1-0.2 s at
     * 100,000 VMs) and spells the inventory rows ahead but for their finding counts (1.2 s), on
     * the core the rules leave idle, so that {@link #write} finds them done.
     */
    public void prepare(Estate estate) {
        Preparation preparation = new Preparation(template, rowLimit, estate, spellingBudget, sharing);
        if (prepared.compareAndSet(null, preparation)) {
            preparation.run();
        }
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        try (PinnedLocale pinned = PinnedLocale.pin()) {
            writePinned(report, out);
        }
    }

    private void writePinned(Report report, OutputStream out) throws IOException {
        Preparation ahead = prepared.getAndSet(null);
        Preparation own = ahead != null && ahead.isOf(report.inventory()) ? ahead : null;
        if (ahead != null && own == null) {
            ahead.stop();
        }
        Preparation.Opened opened = ahead == null ? Preparation.Opened.open(template, rowLimit) : ahead.opened();
        EstateIndex estate = own != null ? own.index() : new EstateIndex(report.inventory());
        SharedText estateWords = own != null ? own.words() : Preparation.wordsOf(estate, sharing);
        SharedText words = estateWords.extended();
        if (sharing) {
            FindingLists.words(report, words);
        }
        try (XSSFWorkbook workbook = opened.workbook(); StreamedRows rows = new StreamedRows(estateWords, words);
                Hyperlinks links = new Hyperlinks()) {
            if (report.summary().changes() == null) {
                workbook.removeSheetAt(workbook.getSheetIndex(WorkbookLayout.CHANGES));
            }
            Sheets sheets = new Sheets(workbook, opened.styles(), rows, links, rowLimit);
            fill(report, sheets, estate, own);
            WorkbookPackage.write(workbook, rows.byEntry(), links.byEntry(), words, report.estate().referenceTime(),
                    out);
        } finally {
            if (ahead != null) {
                ahead.stop();
            }
        }
    }

    /** Fills the sheets, with the rows spelt {@code ahead} for the report's estate, if any (else null). */
    private void fill(Report report, Sheets sheets, EstateIndex estate, Preparation ahead) {
        Exposure exposure = new Exposure(report, estate);
        FindingLists lists = new FindingLists(report, estate, sheets);
        lists.rules();
        Map<SubjectType, SpeltRows> spelt = ahead != null ? ahead.stop() : Map.of();
        try (InventorySheets inventory = new InventorySheets(new InventoryRows(estate), exposure, spelt)) {
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
