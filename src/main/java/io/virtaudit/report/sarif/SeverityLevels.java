package io.virtaudit.report.sarif;

import io.virtaudit.rules.Severity;

/**
 * The one mapping from virtaudit's five severities to SARIF's three result levels, so that rules'
 * default levels and results' levels can never disagree.
 */
public final class SeverityLevels {

    private SeverityLevels() {
    }

    /** critical and high are errors, medium a warning, low and info notes. */
    public static String of(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }
}
