package io.virtaudit.engine;

import io.virtaudit.rules.RuleMetadata;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which thresholds each rule reads, found in its DRL source ({@code thresholds.name()}), so that
 * {@code rules show} and the rule documentation list the values in effect without a second
 * declaration that could drift from the code.
 */
final class ThresholdUse {

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"(.*?)^\\s*end\\b",
            Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern ID = Pattern.compile("@id\\s*\\(\\s*\"([^\"]+)\"");
    private static final Pattern THRESHOLD = Pattern.compile("\\bthresholds\\s*\\.\\s*(\\w+)\\s*\\(");

    private ThresholdUse() {
    }

    static Map<String, List<String>> of(List<RulePack> packs, List<RuleMetadata> rules) {
        Map<String, TreeSet<String>> byId = new TreeMap<>();
        rules.forEach(rule -> byId.put(rule.id(), new TreeSet<>()));
        for (RulePack pack : packs) {
            for (RulePack.RuleFile file : pack.files()) {
                if (!file.relativePath().toLowerCase(Locale.ROOT).endsWith(".drl")) {
                    continue;
                }
                Matcher rule = RULE.matcher(new String(file.content(), StandardCharsets.UTF_8));
                while (rule.find()) {
                    Matcher id = ID.matcher(rule.group(2));
                    TreeSet<String> names = id.find() ? byId.get(id.group(1)) : null;
                    Matcher use = THRESHOLD.matcher(rule.group(2));
                    while (names != null && use.find()) {
                        names.add(use.group(1));
                    }
                }
            }
        }
        Map<String, List<String>> out = new TreeMap<>();
        byId.forEach((id, names) -> out.put(id, List.copyOf(names)));
        return Map.copyOf(out);
    }
}
