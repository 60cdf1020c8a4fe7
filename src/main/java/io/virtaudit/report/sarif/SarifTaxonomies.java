package io.virtaudit.report.sarif;

import io.virtaudit.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The control frameworks the evaluated rules name ({@code @controls}), as SARIF taxonomies: one
 * {@code toolComponent} per scheme ({@code STIG}, {@code CIS-ESXi-8}) whose taxa are its ids, and
 * per rule the {@code relationships} that point at them, so a SARIF viewer can group results by
 * STIG item. An id the catalogue marks unverified ({@code 7.2?}) is a taxon without the {@code ?},
 * with {@code properties.unverified}.
 */
final class SarifTaxonomies {

    /** Per scheme, its ids in order, each with whether any rule named it unverified. */
    private final Map<String, Map<String, Boolean>> schemes = new TreeMap<>();

    SarifTaxonomies(List<Report.RuleResult> rules) {
        for (Report.RuleResult result : rules) {
            for (String token : result.rule().controls()) {
                Control c = Control.of(token);
                schemes.computeIfAbsent(c.scheme(), k -> new TreeMap<>()).merge(c.id(), c.unverified(), Boolean::logicalOr);
            }
        }
    }

    /** {@code run.taxonomies}; empty when no rule names a control. */
    List<Object> taxonomies() {
        List<Object> out = new ArrayList<>();
        schemes.forEach((scheme, ids) -> {
            List<Object> taxa = new ArrayList<>();
            ids.forEach((id, unverified) -> {
                SarifObject taxon = new SarifObject().with("id", id);
                if (unverified) {
                    taxon.with("properties", new SarifObject().with("unverified", true));
                }
                taxa.add(taxon);
            });
            out.add(new SarifObject().with("name", scheme).with("taxa", taxa));
        });
        return out;
    }

    /** A rule descriptor's {@code relationships} to the taxa of its controls; empty when it names none. */
    List<Object> relationships(List<String> controls) {
        List<String> schemeNames = new ArrayList<>(schemes.keySet());
        List<Object> out = new ArrayList<>();
        for (String token : controls) {
            Control c = Control.of(token);
            List<String> ids = new ArrayList<>(schemes.get(c.scheme()).keySet());
            out.add(new SarifObject()
                    .with("target", new SarifObject().with("id", c.id()).with("index", ids.indexOf(c.id()))
                            .with("toolComponent", new SarifObject().with("name", c.scheme())
                                    .with("index", schemeNames.indexOf(c.scheme()))))
                    .with("kinds", List.of("relevant")));
        }
        return out;
    }

    /** A {@code SCHEME:ID} token split, its trailing {@code ?} read as "unverified". */
    private record Control(String scheme, String id, boolean unverified) {
        static Control of(String token) {
            int colon = token.indexOf(':');
            String id = token.substring(colon + 1);
            boolean unverified = id.endsWith("?");
            return new Control(token.substring(0, colon), unverified ? id.substring(0, id.length() - 1) : id, unverified);
        }
    }
}
