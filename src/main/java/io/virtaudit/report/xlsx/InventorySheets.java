package io.virtaudit.report.xlsx;

import io.virtaudit.concurrent.Uninterruptibles;
import io.virtaudit.model.EstateObject;
import io.virtaudit.model.SubjectType;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.FutureTask;

/**
 * The estate's objects, one sheet per collection, each object with the findings about it, so a
 * reader can go from a finding to its subject and see which objects carry the most risk. Their
 * rows are written on a thread of their own beside the finding lists.
 */
final class InventorySheets implements AutoCloseable {

    private final FindingCounts counts;
    private final List<InventoryRows.Inventory> inventories;
    /** Each collection's objects by id, to their place in its list. */
    private final Map<SubjectType, Map<String, Integer>> ordinals = new EnumMap<>(SubjectType.class);
    private final Map<SubjectType, ListSheet> lists = new EnumMap<>(SubjectType.class);
    /** The inventory lists' rows, written beside the finding lists. */
    private FutureTask<Void> beside;

    /** The inventory of {@code rows}, each object with its finding counts from {@code counts}. */
    InventorySheets(InventoryRows rows, FindingCounts counts) {
        this.counts = counts;
        this.inventories = rows.lists();
    }

    /** The row of a subject on its inventory sheet, as a hyperlink location, or null. */
    String locationOf(SubjectType type, String id) {
        Integer ordinal = ordinals.getOrDefault(type, Map.of()).get(id);
        return ordinal == null ? null : lists.get(type).positionOf(ordinal).location();
    }

    /**
     * Lays out the inventory sheets and starts their rows on a thread of their own, while the
     * finding lists are written on this one. {@link #finish} waits for them.
     */
    void write(Sheets sheets) {
        for (InventoryRows.Inventory inventory : inventories) {
            layOut(sheets, inventory);
        }
        beside = new FutureTask<>(() -> {
            inventories.forEach(this::fill);
            return null;
        });
        Thread thread = new Thread(beside, "virtaudit-inventory-rows");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits for the rows written beside and finishes their sheets, in the lists' order. */
    void finish() {
        Uninterruptibles.get(beside);
        inventories.forEach(inventory -> lists.get(inventory.type()).finish());
    }

    /** Stops the rows written beside when the workbook is abandoned half-way. */
    @Override
    public void close() {
        if (beside != null) {
            beside.cancel(true);
        }
    }

    private void layOut(Sheets sheets, InventoryRows.Inventory inventory) {
        List<? extends EstateObject> objects = inventory.objects();
        Map<String, Integer> byId = new HashMap<>(objects.size() * 4 / 3 + 1);
        for (int i = 0; i < objects.size(); i++) {
            byId.putIfAbsent(objects.get(i).subjectId(), i);
        }
        ordinals.put(inventory.type(), byId);
        lists.put(inventory.type(), sheets.list(inventory.sheet(), objects.size()));
    }

    private void fill(InventoryRows.Inventory inventory) {
        ListSheet sheet = lists.get(inventory.type());
        int from = inventory.countsFrom();
        for (EstateObject object : inventory.objects()) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("the workbook was abandoned");
            }
            Object[] cells = inventory.cells().apply(object);
            putCounts(object, cells, from);
            sheet.appendContents(cells);
        }
    }

    /** The object's worst severity, its finding count, the counts per severity and the waived ones, from {@code from}. */
    private void putCounts(EstateObject object, Object[] cells, int from) {
        FindingCounts.Tally tally = counts.of(object.subjectType(), object.subjectId());
        cells[from] = CellValues.content(tally.worst());
        cells[from + 1] = tally.total;
        int[] bySeverity = tally.bySeverity;
        for (int i = 0; i < bySeverity.length; i++) {
            cells[from + 2 + i] = bySeverity[i];
        }
        cells[from + 2 + bySeverity.length] = tally.waived;
    }
}
