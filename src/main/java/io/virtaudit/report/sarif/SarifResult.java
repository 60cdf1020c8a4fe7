package io.virtaudit.report.sarif;

import io.virtaudit.finding.Finding;
import io.virtaudit.finding.FindingStatus;
import io.virtaudit.finding.Waiver;
import io.virtaudit.waiver.Waivers;
import java.util.List;

/** One finding as a SARIF {@code result}: where it is, which subject, and how it stands. */
final class SarifResult {

    /** The key of the fingerprint that matches a finding across runs: rule, subject type and id. */
    static final String FINGERPRINT = "virtaudit/v1";

    private SarifResult() {
    }

    /**
     * @param ruleIndex    the rule's index in {@code tool.driver.rules}, or null when it is not there
     * @param withBaseline whether the report compares against a baseline (then baselineState is set)
     */
    static SarifObject of(Finding f, Integer ruleIndex, boolean withBaseline) {
        String type = f.subject().type().wireName();
        SarifObject location = SarifLocation.of(f.source());
        if (location == null) {
            location = new SarifObject();
        }
        location.with("logicalLocations", List.of(new SarifObject()
                .with("name", f.subject().id())
                .with("kind", type)
                .with("fullyQualifiedName", type + "/" + f.subject().id())));
        return new SarifObject()
                .with("ruleId", f.ruleId())
                .with("ruleIndex", ruleIndex)
                .with("level", SeverityLevels.of(f.severity()))
                .with("message", SarifObject.text(f.message()))
                .with("locations", List.of(location))
                .with("partialFingerprints", new SarifObject()
                        .with(FINGERPRINT, f.ruleId() + "|" + type + "|" + f.subject().id()))
                .with("suppressions", f.waived() ? List.of(suppression(f.waiver())) : null)
                .with("baselineState", withBaseline ? baselineState(f.status()) : null)
                .with("properties", new SarifObject()
                        .with("severity", f.severity().wireName())
                        .with("category", f.category())
                        .with("subjectName", f.subject().name())
                        .with("evidence", f.evidence()));
    }

    private static SarifObject suppression(Waiver w) {
        return new SarifObject()
                .with("kind", "external")
                .with("status", "accepted")
                .with("justification", Waivers.label(w))
                .with("location", SarifLocation.of(w.source()));
    }

    private static String baselineState(FindingStatus status) {
        return switch (status) {
            case NEW -> "new";
            case PERSISTING -> "unchanged";
            case RESOLVED -> "absent";
        };
    }
}
