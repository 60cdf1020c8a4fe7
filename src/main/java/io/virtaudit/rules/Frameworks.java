package io.virtaudit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The control frameworks the rules' {@code @controls} name, as an auditor asks for them: a
 * framework name matches a token's scheme when it is the scheme or its family ({@code stig} is
 * {@code STIG} and {@code STIG-V}; {@code cis} is {@code CIS-ESXi-7}, {@code CIS-ESXi-8} and
 * {@code CIS-CSC-8}; {@code cis-esxi-8} is that benchmark only), in any case.
 */
public final class Frameworks {

    private Frameworks() {
    }

    /** Whether a {@code SCHEME:ID} token belongs to the framework. */
    public static boolean matches(String framework, String token) {
        String fw = framework.strip().toLowerCase(Locale.ROOT);
        int colon = token.indexOf(':');
        String scheme = (colon < 0 ? token : token.substring(0, colon)).toLowerCase(Locale.ROOT);
        return !fw.isEmpty() && (scheme.equals(fw) || scheme.startsWith(fw + "-"));
    }

    /** Whether the rule names a control of the framework. */
    public static boolean maps(RuleMetadata rule, String framework) {
        return rule.controls().stream().anyMatch(t -> matches(framework, t));
    }

    /** Each control of the framework the rules name, sorted, with the ids of the rules behind it. */
    public static SortedMap<String, List<String>> controls(List<RuleMetadata> rules, String framework) {
        SortedMap<String, List<String>> controls = new TreeMap<>();
        for (RuleMetadata rule : rules) {
            for (String token : rule.controls()) {
                if (matches(framework, token)) {
                    List<String> ids = controls.computeIfAbsent(token, k -> new ArrayList<>());
                    if (!ids.contains(rule.id())) {
                        ids.add(rule.id());
                    }
                }
            }
        }
        return controls;
    }

    /** Why a framework no rule names cannot be asked for, listing the schemes the rules do name. */
    public static String unknown(List<RuleMetadata> rules, String framework) {
        return "no rule names a control of framework '" + framework + "'; the rules name " + String.join(", ", schemes(rules));
    }

    /** The schemes the rules name, lower case, sorted: what an unknown framework's error lists. */
    public static List<String> schemes(List<RuleMetadata> rules) {
        TreeSet<String> schemes = new TreeSet<>();
        rules.forEach(r -> r.controls().forEach(t -> schemes.add(t.substring(0, t.indexOf(':')).toLowerCase(Locale.ROOT))));
        return List.copyOf(schemes);
    }
}
