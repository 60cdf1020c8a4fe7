package io.virtaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.virtaudit.TestEstates;
import io.virtaudit.engine.CompiledRules;
import io.virtaudit.fixture.CaseResult;
import io.virtaudit.fixture.Fixture;
import io.virtaudit.fixture.FixtureFile;
import io.virtaudit.fixture.FixtureReader;
import io.virtaudit.fixture.FixtureRunner;
import io.virtaudit.fixture.TextResults;
import io.virtaudit.input.InputException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code rules/fixtures/<RULE-ID>.yaml} through the code {@code virtaudit rules test}
 * judges a pack with: each case lists exactly the findings its rule must give (subject and
 * severity); a near miss lists none. PMD's per-rule XML tests are the model.
 */
class RuleFixturesTest {

    /** The built-in pack's fixtures: beside its rules, so the jar and the distribution ship them. */
    static final Path FIXTURES = Path.of("rules/fixtures");

    @TestFactory
    Stream<DynamicNode> everyFixture() {
        return FixtureFile.under(FIXTURES, "rules/fixtures").stream()
                .filter(file -> file.path().getParent().equals(FIXTURES))
                .map(file -> DynamicContainer.dynamicContainer(file.path().getFileName().toString(), cases(file)));
    }

    /**
     * A test per case of the file, judged by the built-in pack as {@code rules test} judges it; a
     * file that cannot be read is one failing test with its error.
     */
    static List<DynamicTest> cases(FixtureFile file) {
        CompiledRules rules = TestEstates.builtIn();
        Fixture fixture;
        try {
            fixture = new FixtureReader(rules.byId().keySet()).read(file.path(), file.display());
        } catch (InputException e) {
            return List.of(DynamicTest.dynamicTest("the fixture reads", () -> fail(e.getMessage())));
        }
        FixtureRunner runner = new FixtureRunner(rules);
        return fixture.cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            CaseResult result = runner.run(fixture, c);
            assertThat(result.discrepancies()).as("%s", String.join("\n", TextResults.lines(result))).isEmpty();
        })).toList();
    }
}
