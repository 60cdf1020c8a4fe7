package io.virtaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.virtaudit.TestEstates;
import io.virtaudit.finding.Finding;
import io.virtaudit.generate.EstateGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The built-in pack stays readable by an auditor (issue 21): consequences of a line or two that
 * name evidence and report the rule's {@code @message}, no DRL {@code function}, no
 * {@code java.util.} type, logic in tested Java. Every rule has a {@code @message}, every
 * placeholder of it is one its consequence supplies, and no finding of the fixtures, the samples
 * or a generated estate keeps an unfilled placeholder.
 */
class DeclarativeRulesMetaTest {

    static final Path PACK = ThresholdDeclarationTest.PACK;
    /** The consequences and functions of rules/*.drl before issue 21 took 793 lines; a third of that at most. */
    static final int MAX_CONSEQUENCE_AND_FUNCTION_LINES = 793 / 3;

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"(.*?)^\\s*end\\b",
            Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern MESSAGE = Pattern.compile("@message\\s*\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");
    private static final Pattern THEN = Pattern.compile("(?m)^\\s*then\\s*$");
    private static final Pattern SUPPLYING_CALL = Pattern.compile("\\.(evidence|mention)\\s*\\(");
    private static final Pattern NAME_LITERAL = Pattern.compile("\"([A-Za-z][A-Za-z0-9_]*)\"");
    /** What an unfilled placeholder leaves in a message: {@code {host}}, {@code {ratio:%.2f}}, {@code {paths=0?…}}, {@code {a?…}}. */
    static final Pattern UNFILLED = Pattern.compile("\\{[A-Za-z][A-Za-z0-9_]*(:[^}=?{]*)?(}|\\?|=[^?}{]*\\?)");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The text of every rule file of the pack (decision tables as the DRL Drools makes of them), by file name. */
    private static Map<String, String> pack;
    /** The DRL files only. */
    private static Map<String, String> drl;

    @TempDir
    static Path generated;

    @BeforeAll
    static void load() throws IOException {
        pack = ThresholdDeclarationTest.packDrl(PACK);
        drl = new TreeMap<>(pack);
        drl.keySet().removeIf(name -> !name.endsWith(".drl"));
    }

    @Test
    void theRuleFilesAreRead() {
        assertThat(drl).as("DRL files of %s", PACK).hasSizeGreaterThanOrEqualTo(10).containsKey("storage.drl");
        assertThat(pack).containsKeys("vendor-multipath.drl.xlsx", "lifecycle.drl.xlsx");
    }

    @Test
    void consequencesAndFunctionsTakeAtMostAThirdOfTheirFormerLines() {
        Map<String, Integer> lines = new TreeMap<>();
        drl.forEach((file, text) -> lines.put(file, consequenceAndFunctionLines(text)));
        int total = lines.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(total).as("lines of consequences and functions of the pack's DRL, per file %s", lines)
                .isPositive().isLessThanOrEqualTo(MAX_CONSEQUENCE_AND_FUNCTION_LINES);
    }

    @Test
    void noRuleFileSpellsJavaUtilOrDeclaresAFunction() {
        SoftAssertions softly = new SoftAssertions();
        pack.forEach((file, text) -> {
            softly.assertThat(text).as("%s: java.util. spelt out (the logic belongs in tested Java)", file)
                    .doesNotContain("java.util.");
            softly.assertThat(text).as("%s: a DRL function (write it in Java on the model or a derived fact)", file)
                    .doesNotContainPattern("(?m)^\\s*function\\s");
        });
        softly.assertAll();
    }

    @Test
    void everyRuleOfTheBuiltInPackHasAMessage() {
        List<String> without = new ArrayList<>();
        int rules = 0;
        for (KiePackage kiePackage : TestEstates.builtIn().kieBase().getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                rules++;
                Object message = rule.getMetaData().get("message");
                if (message == null || String.valueOf(message).isBlank()) {
                    without.add(rule.getName());
                }
            }
        }
        assertThat(rules).isGreaterThanOrEqualTo(70);
        assertThat(without).as("rules without @message").isEmpty();
    }

    @Test
    void theBuiltInPackReportsThroughTemplatesWithSeverityConstants() {
        SoftAssertions softly = new SoftAssertions();
        consequences(pack).forEach((rule, consequence) -> {
            softly.assertThat(consequence).as("%s: reports its @message, report()", rule).contains(".report();")
                    .doesNotContainPattern("\\.report\\(\\s*[^)\\s]");
            softly.assertThat(consequence).as("%s: severities as Severity constants", rule)
                    .doesNotContainPattern("severityIf\\([^;]*?,\\s*\"\\w+\"\\s*\\)");
        });
        softly.assertAll();
    }

    @Test
    void everyPlaceholderOfAMessageIsOneItsConsequenceSupplies() {
        SoftAssertions softly = new SoftAssertions();
        Map<String, Set<String>> missing = unsuppliedPlaceholders(pack);
        assertThat(missing).as("rules checked").hasSizeGreaterThanOrEqualTo(70);
        missing.forEach((rule, names) -> softly.assertThat(names)
                .as("%s: placeholders of its @message that its consequence does not supply", rule).isEmpty());
        softly.assertAll();
    }

    @Test
    void noFindingOfTheFixturesSamplesOrAGeneratedEstateKeepsAnUnfilledPlaceholder() throws IOException {
        List<Finding> findings = new ArrayList<>();
        for (Path file : fixtureFiles()) {
            JsonNode fixture = YAML.readTree(file.toFile());
            for (JsonNode c : fixture.get("cases")) {
                findings.addAll(TestEstates.evaluate(TestEstates.load(c.get("estate"), "fixture")).findings());
            }
        }
        for (String sample : List.of("sample-data/acme-estate.yaml", "sample-data/lab.yaml")) {
            findings.addAll(TestEstates.evaluate(TestEstates.load(Path.of(sample))).findings());
        }
        Path estate = generated.resolve("generated.json");
        new EstateGenerator(2_000, 1).write(estate);
        findings.addAll(TestEstates.evaluate(TestEstates.load(estate)).findings());
        Set<String> fired = new LinkedHashSet<>();
        findings.forEach(f -> fired.add(f.ruleId()));
        assertThat(fired).as("rules whose messages were seen").hasSizeGreaterThanOrEqualTo(70);
        assertThat(findings).as("findings whose message keeps an unfilled placeholder")
                .filteredOn(f -> UNFILLED.matcher(f.message()).find())
                .extracting(f -> f.ruleId() + " " + f.subject().id() + ": " + f.message()).isEmpty();
    }

    /** The checks above fail on what they guard against. */
    @Test
    void theChecksCatchWhatTheyAreFor() {
        String rule = """
                rule "Bad"
                    @id("ABC-001")
                    @message("{subject} has {nics} NIC{nics=1?|s} on {hots} ({note})")
                when
                    $h : Host()
                then
                    // a comment does not count

                    findings.on(kcontext, $h).evidence("nics", $h.nics(), "host", helper($h, "hots"))
                        .mention("note", "text").report();
                end
                function int helper(Host h) {
                    return 1;
                }
                """;
        assertThat(consequenceAndFunctionLines(rule)).isEqualTo(2 + 3);
        assertThat(unsuppliedPlaceholders(Map.of("x.drl", rule))).containsEntry("x.drl: Bad", Set.of("hots"));
        String rendered = MessageTemplate.parse("{subject} has {nics} NIC{nics=1?|s} on {hots} ({note:%.1f}){x?a}")
                .render(Map.of("subject", "h1", "nics", 1));
        assertThat(UNFILLED.matcher(rendered).results().map(java.util.regex.MatchResult::group).toList())
                .containsExactly("{hots}", "{note:%.1f}", "{x?");
        assertThat(UNFILLED.matcher("VLAN 20 has host MTUs {h1=1500, h2=9000} and {}").find())
                .as("a map written in a message is no placeholder").isFalse();
    }

    /**
     * Lines of consequences (non-blank, non-comment lines between {@code then} and {@code end}) and of
     * DRL functions (every line), as issue 21 counted them.
     */
    static int consequenceAndFunctionLines(String text) {
        int count = 0;
        String state = "other";
        int depth = 0;
        for (String line : text.split("\n", -1)) {
            String s = line.strip();
            if (state.equals("function")) {
                count++;
                depth += braces(line);
                if (depth <= 0) {
                    state = "other";
                }
                continue;
            }
            if (s.startsWith("function ")) {
                count++;
                depth = braces(line);
                state = depth <= 0 && line.contains("{") ? "other" : "function";
                continue;
            }
            if (s.equals("when")) {
                state = "when";
            } else if (s.equals("then")) {
                state = "then";
            } else if (s.equals("end") && !state.equals("other")) {
                state = "other";
            } else if (state.equals("then") && !s.isEmpty() && !s.startsWith("//")) {
                count++;
            }
        }
        return count;
    }

    private static int braces(String line) {
        return (int) (line.chars().filter(c -> c == '{').count() - line.chars().filter(c -> c == '}').count());
    }

    /** Each rule's consequence, by {@code file: rule name}. */
    private static Map<String, String> consequences(Map<String, String> texts) {
        Map<String, String> out = new TreeMap<>();
        texts.forEach((file, text) -> {
            Matcher rule = RULE.matcher(text);
            while (rule.find()) {
                Matcher then = THEN.matcher(rule.group(2));
                out.put(file + ": " + rule.group(1), then.find() ? rule.group(2).substring(then.end()) : "");
            }
        });
        return out;
    }

    /**
     * Per rule ({@code file: rule name}), the names its {@code @message} reads that its consequence
     * does not supply: {@code subject}, or a name in a name position of {@code evidence(…)} or
     * {@code mention(…)} (the first argument, then every other one).
     */
    static Map<String, Set<String>> unsuppliedPlaceholders(Map<String, String> texts) {
        Map<String, Set<String>> out = new TreeMap<>();
        texts.forEach((file, text) -> {
            Matcher rule = RULE.matcher(text);
            while (rule.find()) {
                String body = rule.group(2);
                Matcher message = MESSAGE.matcher(body);
                Matcher then = THEN.matcher(body);
                Set<String> read = message.find() ? new LinkedHashSet<>(MessageTemplate.parse(
                        message.group(1).replace("\\\"", "\"")).names()) : new LinkedHashSet<>();
                Set<String> supplied = then.find() ? supplied(body.substring(then.end())) : Set.of();
                read.remove("subject");
                read.removeAll(supplied);
                out.put(file + ": " + rule.group(1), read);
            }
        });
        return out;
    }

    /** The names a consequence gives values to through {@code evidence(…)} and {@code mention(…)}. */
    private static Set<String> supplied(String consequence) {
        Set<String> names = new LinkedHashSet<>();
        Matcher call = SUPPLYING_CALL.matcher(consequence);
        while (call.find()) {
            List<String> arguments = arguments(consequence, call.end());
            for (int i = 0; i < arguments.size(); i += 2) {
                Matcher name = NAME_LITERAL.matcher(arguments.get(i).strip());
                if (name.matches()) {
                    names.add(name.group(1));
                }
            }
        }
        return names;
    }

    /** The top-level arguments of the call whose argument list starts at {@code from}. */
    private static List<String> arguments(String text, int from) {
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        StringBuilder current = new StringBuilder();
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                current.append(c);
                if (c == '\\') {
                    current.append(text.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                }
                continue;
            }
            if (c == '"') {
                quoted = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0) {
                arguments.add(current.toString());
                return arguments;
            } else if (c == ',' && depth == 0) {
                arguments.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        return arguments;
    }

    private static List<Path> fixtureFiles() throws IOException {
        try (Stream<Path> files = Files.walk(RuleFixturesTest.FIXTURES)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
