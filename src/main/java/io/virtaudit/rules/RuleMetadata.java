package io.virtaudit.rules;

import io.virtaudit.model.SubjectType;
import java.util.List;

/**
 * What a rule declares about itself through its {@code @} metadata: the engine never hard-codes
 * a rule's id, title or severity (PMD's {@code <rule>} element is the model).
 *
 * @param needs      estate fields ({@code host.ntpServers}) whose absence stops the rule; DAT-001
 *                   reports them as data gaps
 * @param thresholds the policy thresholds the rule reads ({@code @thresholds}), by name, sorted: what
 *                   {@code rules show} and the rule documentation list with their values in effect
 * @param controls   the control-framework ids the rule checks ({@code @controls}, {@code SCHEME:ID}
 *                   tokens as written, a trailing {@code ?} marking an id not verified against the
 *                   framework's own text); empty when the rule has no framework counterpart
 * @param pack       the id of the rule pack the rule came from
 * @param sourceFile the rule pack file that defines the rule, for error messages
 * @param ruleName   the rule's name in its DRL file or decision table
 */
public record RuleMetadata(String id, String title, Severity severity, String category, SubjectType subject,
                           String remediation, List<String> references, String seed, List<String> needs,
                           List<String> thresholds, List<String> controls,
                           String pack, String sourceFile, String ruleName) {

    /** The metadata keys every rule must carry. */
    public static final List<String> REQUIRED_KEYS = List.of("id", "title", "severity", "category", "subject",
            "remediation", "reference", "seed");

    /** A control token: a scheme of letters, digits and hyphens, a colon, an id without whitespace. */
    public static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[A-Za-z0-9-]+:\\S+");

    /** The domain of a rule: the prefix of its id ({@code CMP} for {@code CMP-001}). */
    public String domain() {
        int dash = id.indexOf('-');
        return dash < 0 ? id : id.substring(0, dash);
    }
}
