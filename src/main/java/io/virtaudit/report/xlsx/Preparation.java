package io.virtaudit.report.xlsx;

import io.virtaudit.concurrent.Uninterruptibles;
import io.virtaudit.model.Estate;
import io.virtaudit.model.EstateObject;
import io.virtaudit.model.SubjectType;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.FutureTask;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What a workbook needs before its report exists, made on the thread that {@link #run}s it while
 * the rules fire (a core is idle then): the template opened with the writer's styles, the estate
 * indexed, then the inventory rows spelt ahead ({@link SpeltRows}) until a write {@link #stop}s
 * it, every row is spelt or the budget is spent. Rows not spelt by then are spelt as the
 * workbook is written, so the workbook is the same either way.
 */
final class Preparation implements Runnable {

    /** The template opened, its styles made and the inventory lists' shapes read from it. */
    record Opened(XSSFWorkbook workbook, Styles styles, Map<String, ListShape> shapes) {

        /** Opens {@code template} and reads what the lists need from it, on the calling thread. */
        static Opened open(WorkbookTemplate template, int rowLimit) {
            XSSFWorkbook workbook = template.open();
            Styles styles = new Styles(workbook);
            Map<String, ListShape> shapes = new HashMap<>();
            for (String list : InventoryRows.SHEETS) {
                shapes.put(list, ListShape.of(workbook, styles, list, rowLimit));
            }
            return new Opened(workbook, styles, shapes);
        }
    }

    private final Estate estate;
    private final long budget;
    private final FutureTask<Opened> opening;
    private final FutureTask<EstateIndex> indexing;
    private final FutureTask<SharedText> wording;
    /** The rows spelt, by the type of their subjects; guarded by this. */
    private final Map<SubjectType, SpeltRows> spelt = new EnumMap<>(SubjectType.class);
    private volatile boolean stopped;

    /**
     * Prepares a workbook over {@code template} for a report on {@code estate} (or on none, when
     * null), spelling at most about {@code budget} bytes of rows ahead, with the estate's words
     * shared when {@code sharing}.
     */
    Preparation(WorkbookTemplate template, int rowLimit, Estate estate, long budget, boolean sharing) {
        this.estate = estate;
        this.budget = budget;
        this.opening = new FutureTask<>(() -> Opened.open(template, rowLimit));
        this.indexing = new FutureTask<>(() -> new EstateIndex(estate));
        this.wording = new FutureTask<>(() -> wordsOf(Uninterruptibles.get(indexing), sharing));
    }

    /**
     * The words an estate's inventory lists repeat, for their shared strings ({@link InventoryRows#words}),
     * or none when not {@code sharing}.
     */
    static SharedText wordsOf(EstateIndex index, boolean sharing) {
        SharedText words = SharedText.building();
        if (sharing) {
            new InventoryRows(index).words(words);
        }
        return words;
    }

    @Override
    public void run() {
        try (PinnedLocale pinned = PinnedLocale.pin()) {
            prepare();
        }
    }

    private void prepare() {
        opening.run();
        indexing.run();
        wording.run();
        if (estate != null) {
            try {
                spell(Uninterruptibles.get(opening), Uninterruptibles.get(indexing), Uninterruptibles.get(wording));
            } catch (RuntimeException | OutOfMemoryError e) {
                // a template that failed to open is reported by the write; the rows not spelt by
                // now (none, or those beyond the direct memory there was) are spelt as it writes
            }
        }
    }

    /** Whether this was made for this very {@code inventory}: its index and rows are of no other estate. */
    boolean isOf(Estate inventory) {
        return estate != null && estate == inventory;
    }

    /** The opened template, opening it on this thread if {@link #run} has not begun; a failure to open throws here. */
    Opened opened() {
        opening.run();
        return Uninterruptibles.get(opening);
    }

    /** The estate's index, made on this thread if {@link #run} has not begun. */
    EstateIndex index() {
        indexing.run();
        return Uninterruptibles.get(indexing);
    }

    /** The words of the estate's inventory lists, found on this thread if {@link #run} has not begun. */
    SharedText words() {
        indexing.run();
        wording.run();
        return Uninterruptibles.get(wording);
    }

    /** Stops spelling ahead and gives the rows spelt so far, by type: each list's first {@code count()} rows. */
    Map<SubjectType, SpeltRows> stop() {
        stopped = true;
        synchronized (this) {
            return Map.copyOf(spelt);
        }
    }

    /** Spells each inventory list's rows in turn, holding the lock so that {@link #stop} waits for a whole row. */
    private synchronized void spell(Opened opened, EstateIndex index, SharedText words) {
        if (stopped) {
            return;
        }
        long left = budget;
        for (InventoryRows.Inventory list : new InventoryRows(index).lists()) {
            if (list.objects().isEmpty()) {
                continue;
            }
            SpeltRows rows = new SpeltRows(opened.shapes().get(list.sheet()), list.objects().size(), list.gapFrom(),
                    list.gapFrom() + InventoryRows.GAP, left, words);
            spelt.put(list.type(), rows);
            for (EstateObject object : list.objects()) {
                if (stopped || !rows.spell(list.cells().apply(object))) {
                    break;
                }
            }
            left -= rows.size();
            if (stopped || left <= 0) {
                return;
            }
        }
    }
}
