package io.virtaudit.report.sarif;

import io.virtaudit.rules.RuleMetadata;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/** A rule's metadata as a SARIF {@code reportingDescriptor}, so viewers can show its help beside a result. */
final class SarifRule {

    private SarifRule() {
    }

    static SarifObject descriptor(RuleMetadata rule) {
        return new SarifObject()
                .with("id", rule.id())
                .with("name", camelCase(rule.title()))
                .with("shortDescription", SarifObject.text(rule.title()))
                .with("fullDescription", SarifObject.text(fullDescription(rule)))
                .with("helpUri", helpUri(rule.references()))
                .with("help", new SarifObject()
                        .with("text", rule.remediation() == null ? "" : rule.remediation())
                        .with("markdown", helpMarkdown(rule)))
                .with("defaultConfiguration", new SarifObject().with("level", SeverityLevels.of(rule.severity())))
                .with("properties", new SarifObject()
                        .with("category", rule.category())
                        .with("severity", rule.severity().wireName())
                        .with("seed", rule.seed())
                        .with("controls", rule.controls())
                        .with("tags", tags(rule)));
    }

    /** {@code Host CPU over-committed} gives {@code HostCPUOverCommitted}: words joined, each capitalised. */
    static String camelCase(String title) {
        StringBuilder name = new StringBuilder();
        for (String word : title.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                name.appendCodePoint(Character.toUpperCase(word.codePointAt(0)))
                        .append(word.substring(Character.charCount(word.codePointAt(0))));
            }
        }
        return name.toString();
    }

    private static String fullDescription(RuleMetadata rule) {
        StringBuilder text = new StringBuilder(rule.title()).append(". Checked on each ")
                .append(rule.subject() == null ? "subject" : rule.subject().wireName())
                .append("; category ").append(rule.category());
        if (rule.pack() != null) {
            text.append("; rule pack ").append(rule.pack());
        }
        return text.append('.').toString();
    }

    private static String helpMarkdown(RuleMetadata rule) {
        StringBuilder md = new StringBuilder(rule.remediation() == null ? "" : rule.remediation());
        List<String> references = rule.references() == null ? List.of() : rule.references();
        if (!references.isEmpty()) {
            md.append("\n\n**References**\n");
            references.forEach(r -> md.append("\n- ").append(r));
        }
        return md.toString();
    }

    /** The first reference that is an absolute http(s) URI, or null. */
    private static String helpUri(List<String> references) {
        if (references == null) {
            return null;
        }
        for (String reference : references) {
            String candidate = reference == null ? "" : reference.trim();
            if (candidate.startsWith("https://") || candidate.startsWith("http://")) {
                try {
                    return new URI(candidate).toASCIIString();
                } catch (URISyntaxException e) {
                    // not a usable link; try the next reference
                }
            }
        }
        return null;
    }

    /** The category, the subject and the controls (viewers filter results by tag: {@code STIG:ESXI-80-000124}). */
    private static List<String> tags(RuleMetadata rule) {
        List<String> tags = new java.util.ArrayList<>();
        tags.add(rule.category());
        if (rule.subject() != null) {
            tags.add(rule.subject().wireName());
        }
        tags.addAll(rule.controls());
        return tags;
    }
}
