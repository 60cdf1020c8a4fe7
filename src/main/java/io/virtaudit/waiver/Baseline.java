package io.virtaudit.waiver;

import io.virtaudit.finding.Finding;
import io.virtaudit.finding.FindingStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A previous run's findings. A finding of this run is persisting when the baseline has one of the
 * same rule on the same subject (same message first, for rules that report a subject twice), new
 * otherwise; baseline findings left over are resolved. Messages may change between runs (a
 * datastore 88 % full becomes 91 %): the rule and the subject decide.
 */
public record Baseline(String file, List<Finding> findings) {

    /** This run's findings with their status, and the baseline's findings that are gone. */
    public record Outcome(List<Finding> findings, List<Finding> resolved) {
    }

    public Outcome compare(List<Finding> current) {
        Map<String, List<Finding>> open = new LinkedHashMap<>();
        for (Finding previous : findings) {
            open.computeIfAbsent(key(previous), k -> new ArrayList<>()).add(previous);
        }
        FindingStatus[] status = new FindingStatus[current.size()];
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < current.size(); i++) {
                if (status[i] != null) {
                    continue;
                }
                Finding finding = current.get(i);
                List<Finding> candidates = open.getOrDefault(key(finding), List.of());
                int match = -1;
                for (int c = 0; c < candidates.size() && match < 0; c++) {
                    if (pass == 1 || candidates.get(c).message().equals(finding.message())) {
                        match = c;
                    }
                }
                if (match >= 0) {
                    candidates.remove(match);
                    status[i] = FindingStatus.PERSISTING;
                }
            }
        }
        List<Finding> out = new ArrayList<>(current.size());
        for (int i = 0; i < current.size(); i++) {
            Finding f = current.get(i);
            out.add(f.with(status[i] == null ? FindingStatus.NEW : status[i], f.waiver()));
        }
        List<Finding> resolved = new ArrayList<>();
        open.values().forEach(rest -> rest.forEach(f -> resolved.add(f.with(FindingStatus.RESOLVED, null))));
        resolved.sort(Finding.ORDER);
        return new Outcome(out, resolved);
    }

    private static String key(Finding f) {
        return f.ruleId() + "\u0000" + f.subject().type().wireName() + "\u0000" + f.subject().id();
    }
}
