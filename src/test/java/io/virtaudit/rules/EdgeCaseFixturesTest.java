package io.virtaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.virtaudit.fixture.FixtureFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code rules/fixtures/edge-cases/EDGE-<n>-<name>.yaml}: the catalogue's "edge cases
 * every implementation must get right", each of which constrains several rules at once. A case
 * maps each rule id to exactly the findings that rule must give (subject and severity); an empty
 * list says the rule must stay silent. They are judged as {@code rules test} judges them.
 */
class EdgeCaseFixturesTest {

    static final Path EDGE_CASES = RuleFixturesTest.FIXTURES.resolve("edge-cases");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TestFactory
    Stream<DynamicNode> everyEdgeCase() throws IOException {
        List<DynamicNode> nodes = new ArrayList<>();
        for (FixtureFile file : FixtureFile.under(EDGE_CASES, "rules/fixtures/edge-cases")) {
            JsonNode fixture = YAML.readTree(file.path().toFile());
            String fileName = file.path().getFileName().toString();
            int edge = fixture.get("edge").asInt();
            List<DynamicTest> cases = new ArrayList<>();
            cases.add(DynamicTest.dynamicTest("file name names edge " + edge, () ->
                    assertThat(fileName).startsWith("EDGE-" + edge + "-")));
            cases.add(DynamicTest.dynamicTest("each case maps the rules it constrains to their findings", () ->
                    assertThat(fixture.has("rule")).as("%s has no rule key", fileName).isFalse()));
            cases.addAll(RuleFixturesTest.cases(file));
            nodes.add(DynamicContainer.dynamicContainer(fileName + " (" + fixture.get("title").asText() + ")", cases));
        }
        return nodes.stream();
    }
}
