package io.virtaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.virtaudit.TestEstates;
import io.virtaudit.finding.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code rule-fixtures/edge-cases/EDGE-<n>-<name>.yaml}: the catalogue's "edge cases
 * every implementation must get right", each of which constrains several rules at once. A case
 * lists, per rule id, exactly the findings that rule must give (subject and severity); an empty
 * list says the rule must stay silent.
 */
class EdgeCaseFixturesTest {

    static final Path EDGE_CASES = RuleFixturesTest.FIXTURES.resolve("edge-cases");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern FILE_NAME = Pattern.compile("EDGE-(\\d+)-");

    @TestFactory
    Stream<DynamicNode> everyEdgeCase() throws IOException {
        Set<String> implemented = TestEstates.builtIn().rules().stream().map(RuleMetadata::id)
                .collect(Collectors.toSet());
        List<DynamicNode> nodes = new ArrayList<>();
        try (Stream<Path> files = Files.list(EDGE_CASES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml"))
                    .sorted(Comparator.comparingInt(EdgeCaseFixturesTest::edgeNumber).thenComparing(Path::toString))
                    .toList()) {
                JsonNode fixture = YAML.readTree(file.toFile());
                String fileName = file.getFileName().toString();
                int edge = fixture.get("edge").asInt();
                String label = "EDGE-" + edge;
                List<DynamicTest> cases = new ArrayList<>();
                cases.add(DynamicTest.dynamicTest("file name names edge " + edge, () ->
                        assertThat(fileName).startsWith(label + "-")));
                for (JsonNode c : fixture.get("cases")) {
                    String name = c.get("name").asText();
                    cases.add(DynamicTest.dynamicTest(name, () -> runCase(label, name, c, implemented)));
                }
                nodes.add(DynamicContainer.dynamicContainer(fileName + " (" + fixture.get("title").asText() + ")",
                        cases));
            }
        }
        return nodes.stream();
    }

    /** The n of {@code EDGE-<n>-<name>.yaml}, so that edge 10 sorts after edge 9. */
    private static int edgeNumber(Path file) {
        Matcher m = FILE_NAME.matcher(file.getFileName().toString());
        return m.lookingAt() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }

    private static void runCase(String edge, String name, JsonNode c, Set<String> implemented) {
        JsonNode expect = c.get("expect");
        assertThat(expect.isObject() && expect.size() > 0)
                .as("%s / %s: expect maps rule ids to their findings", edge, name).isTrue();
        List<Finding> findings = TestEstates.evaluate(TestEstates.load(c.get("estate"), edge)).findings();
        SoftAssertions softly = new SoftAssertions();
        for (Iterator<Map.Entry<String, JsonNode>> it = expect.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String rule = entry.getKey();
            softly.assertThat(implemented).as("%s / %s: %s is a rule of the built-in pack", edge, name, rule)
                    .contains(rule);
            List<Finding> ofRule = findings.stream().filter(f -> f.ruleId().equals(rule)).toList();
            List<String> actual = ofRule.stream().map(f -> f.subject().id() + " " + f.severity().wireName())
                    .sorted().toList();
            List<String> wanted = new ArrayList<>();
            for (JsonNode e : entry.getValue()) {
                wanted.add(e.get("subject").asText() + " " + e.get("severity").asText());
                if (e.has("message")) {
                    String subject = e.get("subject").asText();
                    String text = e.get("message").asText();
                    softly.assertThat(ofRule).as("%s / %s: a %s message about %s containing '%s'", edge, name,
                            rule, subject, text).anyMatch(f -> f.subject().id().equals(subject)
                                    && f.message().contains(text));
                }
            }
            softly.assertThat(actual).as("%s / %s: findings of %s (subject severity)", edge, name, rule)
                    .isEqualTo(wanted.stream().sorted().toList());
        }
        softly.assertAll();
    }
}
