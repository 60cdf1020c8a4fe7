package io.virtaudit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** VLAN id lists written as ranges: {@code [1001-1024, 3968-4047, 4094]}. */
final class VlanRanges {

    private VlanRanges() {
    }

    static String format(List<Integer> ids) {
        List<String> parts = new ArrayList<>();
        Integer start = null;
        Integer previous = null;
        for (Integer id : new TreeSet<>(ids)) {
            if (start == null) {
                start = id;
            } else if (id != previous + 1) {
                parts.add(range(start, previous));
                start = id;
            }
            previous = id;
        }
        if (start != null) {
            parts.add(range(start, previous));
        }
        return "[" + String.join(", ", parts) + "]";
    }

    private static String range(int from, int to) {
        return from == to ? String.valueOf(from) : from + "-" + to;
    }
}
