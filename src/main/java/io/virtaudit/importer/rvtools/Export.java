package io.virtaudit.importer.rvtools;

import java.util.EnumMap;
import java.util.Map;

/**
 * One RVTools export as read: the tabs virtaudit uses, whichever form they came in (one workbook
 * or per-tab CSV files), and the name to fall back on when vMetaData names no server.
 */
final class Export {

    private final Map<Tab, TabRows> tabs = new EnumMap<>(Tab.class);
    private final String fallbackName;
    private RowScreen screen;

    Export(String fallbackName) {
        this.fallbackName = fallbackName;
    }

    /** Replaces a tab by the rows of it that are kept ({@link RowScreen}). */
    void replace(TabRows rows) {
        tabs.put(rows.tab(), rows);
    }

    /** Adds a tab; the first of two spellings of one tab (vSC_VMK, vSC+VMK) wins. */
    void add(TabRows rows) {
        tabs.putIfAbsent(rows.tab(), rows);
    }

    /** The tab, or an empty one when the export does not have it. */
    TabRows tab(Tab tab) {
        return tabs.getOrDefault(tab, TabRows.absent(tab));
    }

    /**
     * The export with its bad rows left out ({@link RowScreen}), screened on first use: every
     * mapping sees only rows that describe objects.
     */
    RowScreen screened() {
        if (screen == null) {
            screen = RowScreen.screen(this);
        }
        return screen;
    }

    boolean isEmpty() {
        return tabs.isEmpty();
    }

    /** The input's file name without extension, the estate name when vMetaData has no Server. */
    String fallbackName() {
        return fallbackName;
    }

    /**
     * The vCenter the export was taken from, by vMetaData's Server: the VI SDK Server of rows
     * whose tab has no such column (older exports), so that two exports' names can be told apart.
     */
    String metaServer() {
        TabRows meta = tab(Tab.VMETADATA);
        return meta.rows().isEmpty() ? null : meta.text(meta.rows().get(0), Column.META_SERVER);
    }
}
