package io.virtaudit.finding;

import io.virtaudit.model.SourceRef;
import io.virtaudit.rules.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One violation of one rule by one subject, with the evidence that shows it and where the
 * subject came from. Immutable; the order of {@link #ORDER} is the contract's report order.
 *
 * @param waiver the waiver that accepts this finding, or null
 */
public record Finding(String ruleId, String title, Severity severity, String category, Subject subject,
                      String message, Map<String, Object> evidence, String remediation, List<String> references,
                      SourceRef source, FindingStatus status, Waiver waiver) {

    /** Severity (critical first), rule id, subject id, then subject type and message for ties. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::severity)
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.subject().id())
            .thenComparing(f -> f.subject().type())
            .thenComparing(Finding::message);

    /** The same finding with a baseline status and a waiver. */
    public Finding with(FindingStatus newStatus, Waiver newWaiver) {
        return new Finding(ruleId, title, severity, category, subject, message, evidence, remediation, references,
                source, newStatus, newWaiver);
    }

    /** Waived findings do not count for --fail-on or the score. */
    public boolean waived() {
        return waiver != null;
    }
}
