package io.virtaudit.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.virtaudit.input.InputError;
import io.virtaudit.input.InputNames;
import io.virtaudit.input.InputException;
import io.virtaudit.input.Suggestions;
import io.virtaudit.input.Documents;
import io.virtaudit.input.JacksonErrors;
import io.virtaudit.model.Wire;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a policy file (YAML): thresholds by their names in {@link Thresholds}, rule selection,
 * severity overrides and the custom attributes that give backup facts ({@link BackupAttributeMapping}). Unknown keys, unknown rule ids or categories and out-of-range values are
 * input errors naming the file and the JSON pointer of the value; the file is read as every
 * document is ({@link Documents}: duplicate keys, over-long lines and values, text that is not
 * UTF-8 are refused with line and column).
 *
 * <p>The file must be a mapping. A file that is empty, holds only comments, or only a null
 * ({@code ~}) is an input error rather than the defaults: whoever names a policy file means it to
 * change something, an empty one is nearly always the wrong file or a failed copy, and a report
 * that names a policy which changed nothing would mislead its reader. The defaults are had by
 * leaving {@code --policy} out (or with {@code policy/default-policy.yaml}). A section left empty
 * ({@code thresholds:} with nothing under it) is the defaults of that section.
 */
public final class PolicyReader {

    /** The policy file as written; every section optional. */
    record PolicyDocument(Integer policyVersion, Map<String, JsonNode> thresholds, RuleSelection rules,
                          BackupAttributesSection backupAttributes) {
    }

    /** The {@code backupAttributes:} section: custom attribute names per backup field. */
    record BackupAttributesSection(List<String> lastSuccess, List<String> policy) {
    }

    /** The {@code rules:} section. */
    record RuleSelection(List<String> disable, List<String> disableCategories, String minimumSeverity,
                         Map<String, String> severity) {
    }

    private static final Set<String> FRACTIONS = Set.of("scaleUpMemoryShare", "n1UsableCapacity",
            "datastoreUsedMedium", "datastoreUsedHigh", "datastoreUsedCritical", "snapshotDatastoreUsed",
            "clusterMemoryHeadroom", "partitionFreeMedium", "partitionFreeHigh");

    private final ObjectReader reader = Documents.mapper(Documents.Syntax.YAML)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build()
            .readerFor(PolicyDocument.class);

    /** The policy of {@code --policy FILE}, checked against the loaded rules, or the defaults when no file is given. */
    public static Policy readOrDefaults(Path file, List<RuleMetadata> rules) {
        return file == null ? Policy.defaults() : new PolicyReader().read(file, InputNames.display(file), rules);
    }

    /** Reads and checks a policy file against the rules loaded for this run. */
    public Policy read(Path file, String display, List<RuleMetadata> rules) {
        PolicyDocument doc = Documents.read(reader, file, display);
        if (doc == null) {
            throw new InputException(display, "1:1", isBlank(file) ? "the policy file is empty"
                    : "the policy file holds nothing but a null (~): write thresholds: or rules:, or leave --policy out"
                            + " to run with the defaults");
        }
        List<InputError> errors = new ArrayList<>();
        if (doc.policyVersion() != null && doc.policyVersion() != 1) {
            errors.add(new InputError(display, "/policyVersion", "unsupported policyVersion " + doc.policyVersion()
                    + " (this virtaudit reads version 1)"));
        }
        Thresholds thresholds = thresholds(doc.thresholds(), display, errors);
        RuleSelection selection = doc.rules() == null ? new RuleSelection(null, null, null, null) : doc.rules();
        List<String> disabled = ruleIds(selection.disable(), display, "/rules/disable", rules, errors);
        Set<String> categories = categories(selection.disableCategories(), display, rules, errors);
        Severity minimum = selection.minimumSeverity() == null ? null
                : severity(selection.minimumSeverity(), display, "/rules/minimumSeverity", errors);
        Map<String, Severity> overrides = overrides(selection.severity(), display, rules, errors);
        BackupAttributeMapping backupAttributes = backupAttributes(doc.backupAttributes(), display, errors);
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        return new Policy(thresholds, disabled, categories, minimum, overrides, backupAttributes);
    }

    /** Whether the file holds no YAML at all: nothing, blanks or comments only. */
    private static boolean isBlank(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip).allMatch(line -> line.isEmpty() || line.startsWith("#"));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private Thresholds thresholds(Map<String, JsonNode> values, String display, List<InputError> errors) {
        Thresholds defaults = Thresholds.defaults();
        if (values == null || values.isEmpty()) {
            return defaults;
        }
        RecordComponent[] components = Thresholds.class.getRecordComponents();
        Map<String, RecordComponent> byName = new LinkedHashMap<>();
        for (RecordComponent component : components) {
            byName.put(component.getName(), component);
        }
        Object[] args = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                args[i] = components[i].getAccessor().invoke(defaults);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        for (Map.Entry<String, JsonNode> entry : values.entrySet()) {
            String pointer = "/thresholds/" + entry.getKey();
            RecordComponent component = byName.get(entry.getKey());
            if (component == null) {
                errors.add(new InputError(display, pointer, "unknown threshold " + JacksonErrors.quote(entry.getKey())
                        + Suggestions.closest(entry.getKey(), byName.keySet()).map(k -> "; did you mean '" + k + "'?")
                                .orElse(" (see policy/default-policy.yaml for the names)")));
                continue;
            }
            Object value = value(component, entry.getKey(), entry.getValue(), display, pointer, errors);
            if (value != null) {
                args[List.of(components).indexOf(component)] = value;
            }
        }
        try {
            Thresholds result = (Thresholds) Thresholds.class.getDeclaredConstructors()[0].newInstance(args);
            checkOrder(result, display, errors);
            return result;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(RecordComponent component, String name, JsonNode node, String display,
                                String pointer, List<InputError> errors) {
        Class<?> type = component.getType();
        if (type == List.class && Thresholds.WORD_LISTS.contains(name)) {
            return wordList(name, node, display, pointer, errors);
        }
        if (type == List.class) {
            return vlanList(node, display, pointer, errors);
        }
        if (!node.isNumber()) {
            errors.add(new InputError(display, pointer, name + " must be a number, not " + JacksonErrors.quote(node.asText())));
            return null;
        }
        double number = node.asDouble();
        if (type == int.class) {
            if (!node.canConvertToInt() || node.isFloatingPointNumber() || number < 1) {
                errors.add(new InputError(display, pointer, name + " must be a whole number of at least 1, not " + node.asText()));
                return null;
            }
            return node.asInt();
        }
        if (FRACTIONS.contains(name) && (number <= 0 || number > 1)) {
            errors.add(new InputError(display, pointer, name + " is a share: it must be above 0 and at most 1 (0.85 = 85 %), not " + node));
            return null;
        }
        if (number <= 0 || Double.isNaN(number) || Double.isInfinite(number)) {
            errors.add(new InputError(display, pointer, name + " must be above 0, not " + node.asText()));
            return null;
        }
        return number;
    }

    /** A list of words, names or globs: {@code [NLB-*, nested-esxi]}; each a non-empty text. */
    private static List<String> wordList(String name, JsonNode node, String display, String pointer, List<InputError> errors) {
        if (!node.isArray()) {
            errors.add(new InputError(display, pointer, name + " must be a list of texts, such as [NLB-*]"));
            return null;
        }
        List<String> words = new java.util.ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isValueNode() || item.isNull() || item.asText().isBlank()) {
                errors.add(new InputError(display, pointer + "/" + i, name + " holds texts; not " + JacksonErrors.quote(item.toString())));
                continue;
            }
            words.add(item.asText().strip());
        }
        return List.copyOf(words);
    }

    /** A list of VLAN ids and ranges: {@code [1, 1001-1024, 4094]}. */
    private static List<Integer> vlanList(JsonNode node, String display, String pointer, List<InputError> errors) {
        if (!node.isArray()) {
            errors.add(new InputError(display, pointer, "expected a list of VLAN ids or ranges such as [1001-1024, 4094]"));
            return null;
        }
        TreeSet<Integer> ids = new TreeSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String text = item.asText().strip();
            int from;
            int to;
            try {
                if (item.isInt()) {
                    from = item.asInt();
                    to = from;
                } else if (text.matches("\\d+\\s*-\\s*\\d+")) {
                    String[] parts = text.split("-");
                    from = Integer.parseInt(parts[0].strip());
                    to = Integer.parseInt(parts[1].strip());
                } else {
                    throw new NumberFormatException(text);
                }
            } catch (NumberFormatException e) {
                errors.add(new InputError(display, pointer + "/" + i, JacksonErrors.quote(text)
                        + " is not a VLAN id or a range such as 1001-1024"));
                continue;
            }
            if (from < 0 || to > 4095 || from > to) {
                errors.add(new InputError(display, pointer + "/" + i, JacksonErrors.quote(text) + " is outside VLAN ids 0-4095"));
                continue;
            }
            for (int id = from; id <= to; id++) {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }

    private static void checkOrder(Thresholds t, String display, List<InputError> errors) {
        order(t.datastoreUsedMedium(), t.datastoreUsedHigh(), "datastoreUsedMedium", "datastoreUsedHigh", display, errors);
        order(t.datastoreUsedHigh(), t.datastoreUsedCritical(), "datastoreUsedHigh", "datastoreUsedCritical", display, errors);
        order(t.snapshotAgeHours(), t.snapshotAgeHighHours(), "snapshotAgeHours", "snapshotAgeHighHours", display, errors);
        order(t.snapshotChain(), t.snapshotChainCritical(), "snapshotChain", "snapshotChainCritical", display, errors);
        order(t.vcpuPerCoreCritical(), t.vcpuPerCore(), "vcpuPerCoreCritical", "vcpuPerCore", display, errors);
        order(t.haMinHosts(), t.haMinHostsQuorum(), "haMinHosts", "haMinHostsQuorum", display, errors);
        order(t.certificateExpiryHighDays(), t.certificateExpiryDays(), "certificateExpiryHighDays",
                "certificateExpiryDays", display, errors);
        order(t.oldHardwareVersion(), t.minHardwareVersion(), "oldHardwareVersion", "minHardwareVersion", display, errors);
        order(t.datastoreProvisioned(), t.datastoreProvisionedHigh(), "datastoreProvisioned",
                "datastoreProvisionedHigh", display, errors);
        order(t.partitionFreeHigh(), t.partitionFreeMedium(), "partitionFreeHigh", "partitionFreeMedium", display, errors);
    }

    private static void order(double low, double high, String lowName, String highName, String display,
                              List<InputError> errors) {
        if (low > high) {
            errors.add(new InputError(display, "/thresholds/" + lowName, lowName + " (" + low + ") must not exceed "
                    + highName + " (" + high + ")"));
        }
    }

    private static List<String> ruleIds(List<String> ids, String display, String pointer, List<RuleMetadata> rules,
                                        List<InputError> errors) {
        if (ids == null) {
            return List.of();
        }
        List<String> known = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null || id.isBlank()) {
                errors.add(new InputError(display, pointer + "/" + i, "an empty entry: expected a rule id or a glob such as AVL-*"));
                continue;
            }
            Globs.Glob glob = Globs.compile(id);
            if (rules.stream().noneMatch(r -> glob.matches(r.id()))) {
                errors.add(new InputError(display, pointer + "/" + i, Globs.isGlob(id)
                        ? JacksonErrors.quote(id) + " matches no rule" : "unknown rule id " + JacksonErrors.quote(id)));
            } else {
                known.add(id);
            }
        }
        return List.copyOf(known);
    }

    private static Set<String> categories(List<String> names, String display, List<RuleMetadata> rules,
                                          List<InputError> errors) {
        if (names == null) {
            return Set.of();
        }
        Set<String> known = new TreeSet<>();
        rules.forEach(r -> known.add(r.category()));
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null || !known.contains(name)) {
                errors.add(new InputError(display, "/rules/disableCategories/" + i, (name == null ? "an empty entry"
                        : "unknown category " + JacksonErrors.quote(name)) + " (known: " + String.join(", ", known) + ")"));
            }
        }
        return Set.copyOf(names.stream().filter(n -> n != null && known.contains(n)).toList());
    }

    private static Map<String, Severity> overrides(Map<String, String> severities, String display,
                                                   List<RuleMetadata> rules, List<InputError> errors) {
        if (severities == null) {
            return Map.of();
        }
        Map<String, Severity> out = new LinkedHashMap<>();
        severities.forEach((id, value) -> {
            String pointer = "/rules/severity/" + id.replace("~", "~0").replace("/", "~1");
            if (rules.stream().noneMatch(r -> r.id().equals(id))) {
                errors.add(new InputError(display, pointer, "unknown rule id " + JacksonErrors.quote(id)));
                return;
            }
            Severity severity = severity(value, display, pointer, errors);
            if (severity != null) {
                out.put(id, severity);
            }
        });
        return Map.copyOf(out);
    }

    private static BackupAttributeMapping backupAttributes(BackupAttributesSection section, String display,
                                                           List<InputError> errors) {
        if (section == null) {
            return BackupAttributeMapping.none();
        }
        return new BackupAttributeMapping(attributeNames(section.lastSuccess(), display, "/backupAttributes/lastSuccess", errors),
                attributeNames(section.policy(), display, "/backupAttributes/policy", errors));
    }

    /** Custom attribute names as written; an empty entry is an error, a repeated one is read once. */
    private static List<String> attributeNames(List<String> names, String display, String pointer,
                                               List<InputError> errors) {
        if (names == null) {
            return List.of();
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null || name.isBlank()) {
                errors.add(new InputError(display, pointer + "/" + i,
                        "an empty entry: expected the name of a custom attribute such as Veeam_LastBackup"));
            } else if (kept.stream().noneMatch(name.strip()::equalsIgnoreCase)) {
                kept.add(name.strip());
            }
        }
        return List.copyOf(kept);
    }

    private static Severity severity(String text, String display, String pointer, List<InputError> errors) {
        if (text == null) {
            errors.add(new InputError(display, pointer, "a severity is required: one of " + Wire.allowed(Severity.class)));
            return null;
        }
        try {
            return Wire.parse(Severity.class, String.valueOf(text));
        } catch (IllegalArgumentException e) {
            errors.add(new InputError(display, pointer, e.getMessage()));
            return null;
        }
    }
}
