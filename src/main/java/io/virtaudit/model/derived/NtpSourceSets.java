package io.virtaudit.model.derived;

import io.virtaudit.model.Host;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The hosts of a cluster grouped by their set of NTP sources (TIM-003), as the rule collects
 * them: which hosts share which set.
 */
public record NtpSourceSets(List<Host> hosts) {

    /** The hosts a rule collected. */
    public static NtpSourceSets of(Collection<?> hosts) {
        List<Host> list = new ArrayList<>(hosts.size());
        hosts.forEach(h -> list.add((Host) h));
        return new NtpSourceSets(list);
    }

    /** Each set, written {@code [ntp1, ntp2]}, with the ids of its hosts, sets and ids sorted. */
    public LinkedHashMap<String, List<String>> hostsBySet() {
        TreeMap<String, TreeSet<String>> bySet = new TreeMap<>();
        for (Host host : hosts) {
            bySet.computeIfAbsent("[" + String.join(", ", host.ntpSources()) + "]", k -> new TreeSet<>()).add(host.id());
        }
        LinkedHashMap<String, List<String>> out = new LinkedHashMap<>();
        bySet.forEach((set, ids) -> out.put(set, new ArrayList<>(ids)));
        return out;
    }

    /** {@link #hostsBySet()} in words: {@code h1, h2: [ntp1, ntp2]; h3: [ntp3]}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : hostsBySet().entrySet()) {
            parts.add(String.join(", ", e.getValue()) + ": " + e.getKey());
        }
        return String.join("; ", parts);
    }
}
