package io.virtaudit.waiver;

import io.virtaudit.finding.Waiver;
import java.util.List;

/** What the waivers did in one run: those applied (with the number of findings each waived), expired, and unused. */
public record WaiverUse(List<Applied> applied, List<Waiver> expired, List<Waiver> unused) {

    public static WaiverUse none() {
        return new WaiverUse(List.of(), List.of(), List.of());
    }

    /** A waiver that waived findings of this run. */
    public record Applied(Waiver waiver, int findings) {
    }
}
