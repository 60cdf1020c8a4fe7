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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code rule-fixtures/<RULE-ID>.yaml}: each case lists exactly the findings its rule
 * must give (subject and severity); a near miss lists none. PMD's per-rule XML tests are the model.
 */
class RuleFixturesTest {

    static final Path FIXTURES = Path.of("src/test/resources/rule-fixtures");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** An expected finding: its subject id and severity (and optionally a text its message contains). */
    record Expected(String subject, String severity, String messageContains) {
    }

    @TestFactory
    Stream<DynamicNode> everyFixture() throws IOException {
        List<DynamicNode> nodes = new ArrayList<>();
        try (Stream<Path> files = Files.list(FIXTURES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode fixture = YAML.readTree(file.toFile());
                String rule = fixture.get("rule").asText();
                List<DynamicTest> cases = new ArrayList<>();
                for (JsonNode c : fixture.get("cases")) {
                    String name = c.get("name").asText();
                    cases.add(DynamicTest.dynamicTest(name, () -> runCase(rule, name, c)));
                }
                nodes.add(DynamicContainer.dynamicContainer(file.getFileName().toString(), cases));
            }
        }
        return nodes.stream();
    }

    private static void runCase(String rule, String name, JsonNode c) {
        List<Expected> expected = new ArrayList<>();
        for (JsonNode e : c.get("expect")) {
            expected.add(new Expected(e.get("subject").asText(), e.get("severity").asText(),
                    e.has("message") ? e.get("message").asText() : null));
        }
        List<Finding> findings = TestEstates.evaluate(TestEstates.load(c.get("estate"), rule))
                .findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
        List<String> actual = findings.stream().map(f -> f.subject().id() + " " + f.severity().wireName()).sorted().toList();
        List<String> wanted = expected.stream().map(e -> e.subject() + " " + e.severity()).sorted().toList();
        assertThat(actual).as("%s / %s: findings of %s (subject severity)", rule, name, rule).isEqualTo(wanted);
        for (Expected e : expected) {
            if (e.messageContains() != null) {
                assertThat(findings).as("%s / %s: a message about %s", rule, name, e.subject())
                        .anySatisfy(f -> {
                            assertThat(f.subject().id()).isEqualTo(e.subject());
                            assertThat(f.message()).contains(e.messageContains());
                        });
            }
        }
    }
}
