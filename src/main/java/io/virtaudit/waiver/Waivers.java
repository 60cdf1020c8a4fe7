package io.virtaudit.waiver;

import io.virtaudit.finding.Waiver;
/** How reports name a waiver in one cell or line. */
public final class Waivers {

    private Waivers() {
    }

    /** {@code CHG-1234: approved by CAB-2026-114 until 2027-03-31}. */
    public static String label(Waiver w) {
        return (w.reference() != null ? w.reference() + ": " : "") + "approved by " + w.approvedBy() + " until "
                + w.expires() + " (" + w.justification() + ")";
    }
}
