package io.virtaudit.engine;

import java.util.List;

/**
 * A field that rules need and that is unknown on some objects of one type: the fact DAT-001
 * reports, one per object type and field, never one per object.
 *
 * @param firstIds the first few ids (sorted) of objects where the field is unknown
 */
public record DataGap(String objectType, String field, int unknown, int total, List<String> firstIds) {

    /** More objects lack the field than {@code firstIds} names. */
    public boolean more() {
        return unknown > firstIds.size();
    }
}
