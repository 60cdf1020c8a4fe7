package io.virtaudit.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Ids of the estate's objects as findings list them: each once, sorted, whatever order a rule
 * collected them in. DRL imports it as a function ({@code import function io.virtaudit.rules.Ids.sorted}).
 */
public final class Ids {

    private Ids() {
    }

    /** The distinct ids (strings, or numbers such as VLAN ids), sorted. */
    public static List<Object> sorted(Collection<?> ids) {
        return new ArrayList<>(new TreeSet<Object>(ids));
    }
}
