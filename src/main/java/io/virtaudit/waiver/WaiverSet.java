package io.virtaudit.waiver;

import io.virtaudit.finding.Waiver;
import io.virtaudit.finding.Finding;
import io.virtaudit.report.Report;
import io.virtaudit.rules.Globs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The accepted risks of a run. A waiver holds through its expiry date; an expired one waives
 * nothing and is listed as expired; one that matched nothing is listed as unused.
 */
public record WaiverSet(List<Waiver> waivers) {

    public static WaiverSet none() {
        return new WaiverSet(List.of());
    }

    /** The findings with their waivers, and the waivers applied, expired and unused. */
    public record Outcome(List<Finding> findings, WaiverUse waivers) {
    }

    public Outcome apply(List<Finding> findings, LocalDate runDate) {
        List<Waiver> valid = new ArrayList<>();
        List<Waiver> expired = new ArrayList<>();
        for (Waiver waiver : waivers) {
            (waiver.expires().isBefore(runDate) ? expired : valid).add(waiver);
        }
        Map<Waiver, int[]> uses = new IdentityHashMap<>();
        valid.forEach(w -> uses.put(w, new int[1]));
        List<Compiled> compiled = valid.stream().map(Compiled::of).toList();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Waiver match = compiled.stream().filter(w -> w.matches(finding)).map(Compiled::waiver).findFirst().orElse(null);
            if (match != null) {
                uses.get(match)[0]++;
            }
            out.add(match == null ? finding : finding.with(finding.status(), match));
        }
        List<WaiverUse.Applied> applied = new ArrayList<>();
        List<Waiver> unused = new ArrayList<>();
        for (Waiver waiver : valid) {
            int count = uses.get(waiver)[0];
            if (count > 0) {
                applied.add(new WaiverUse.Applied(waiver, count));
            } else {
                unused.add(waiver);
            }
        }
        return new Outcome(out, new WaiverUse(applied, expired, unused));
    }

    /** A waiver with its globs compiled once for all the findings of a run. */
    private record Compiled(Waiver waiver, Globs.Glob rule, Globs.Glob subject) {
        static Compiled of(Waiver waiver) {
            return new Compiled(waiver, Globs.compile(waiver.rule()), waiver.subject() == null ? null : Globs.compile(waiver.subject()));
        }

        boolean matches(Finding finding) {
            return rule.matches(finding.ruleId())
                    && (subject == null || subject.matches(finding.subject().id()))
                    && (waiver.subjectType() == null || waiver.subjectType().equalsIgnoreCase(finding.subject().type().wireName()));
        }
    }
}
