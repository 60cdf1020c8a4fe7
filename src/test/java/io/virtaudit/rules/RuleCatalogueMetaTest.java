package io.virtaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.virtaudit.TestEstates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Meta-tests of the built-in pack, as PMD's and Checkstyle's: every rule has complete metadata
 * that agrees with the project's catalogue ({@code docs/catalogue.md}: ids are public, so a
 * rule's id, title, base severity and subject change only with the catalogue), ids are unique,
 * every rule has a fixture and every fixture a rule, and the catalogue ids not implemented yet
 * are exactly the planned ones.
 */
class RuleCatalogueMetaTest {

    static final Path CATALOGUE = Path.of("docs/catalogue.md");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*([A-Z]{3}-\\d{3})\\s*\\|.*");
    /** Seed points, or "-" for a rule no seed point motivates (it cites its sources in @reference). */
    private static final Pattern SEED = Pattern.compile("S\\d+( S\\d+)*|-");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The catalogue ids the built-in pack does not implement: none, since the whole catalogue is in. */
    static final List<String> PLANNED = List.of();

    static final String CONTROLS_HEADING = "## Controls";
    /** A row of the controls tables: rule ids ({@code AVL-001 … AVL-011, NET-005}), then the tokens. */
    private static final Pattern CONTROLS_ROW = Pattern.compile("^\\| ([A-Z]{3}-\\d{3}[^|]*) \\| ([^|]+:[^|]+) \\|$");
    private static final Pattern ID_RANGE = Pattern.compile("([A-Z]{3})-(\\d{3}) … ([A-Z]{3})-(\\d{3})");

    /** The catalogue's "Controls per rule" tables: each rule id with its tokens, ranges spelt out. */
    static Map<String, List<String>> readControls(Path file) throws IOException {
        Map<String, List<String>> controls = new LinkedHashMap<>();
        boolean in = false;
        for (String line : Files.readAllLines(file)) {
            in = in || line.startsWith(CONTROLS_HEADING);
            Matcher m = in ? CONTROLS_ROW.matcher(line) : null;
            if (m == null || !m.matches()) {
                continue;
            }
            List<String> tokens = List.of(m.group(2).strip().split("\\s+"));
            for (String part : m.group(1).split(",")) {
                Matcher range = ID_RANGE.matcher(part.strip());
                if (range.matches()) {
                    for (int n = Integer.parseInt(range.group(2)); n <= Integer.parseInt(range.group(4)); n++) {
                        controls.put(String.format("%s-%03d", range.group(1), n), tokens);
                    }
                } else {
                    controls.put(part.strip(), tokens);
                }
            }
        }
        return controls;
    }

    /** One row of a catalogue table: the base severity and subject are the first word of their columns. */
    record CatalogueRule(String id, String title, String severity, String subject) {
    }

    private static List<RuleMetadata> rules;
    private static Map<String, CatalogueRule> catalogue;

    @BeforeAll
    static void load() throws IOException {
        rules = TestEstates.builtIn().rules();
        catalogue = readCatalogue(CATALOGUE);
    }

    /** Reads the rule tables: rows {@code | ABC-123 | title | severity | subject | …}. */
    static Map<String, CatalogueRule> readCatalogue(Path file) throws IOException {
        Map<String, CatalogueRule> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith(CONTROLS_HEADING)) {
                break;
            }
            Matcher m = ROW.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String[] cells = line.split("\\|", -1);
            assertThat(cells).as("%s: a catalogue row has id, title, severity, subject, condition and seed", line)
                    .hasSizeGreaterThanOrEqualTo(8);
            String id = cells[1].strip();
            CatalogueRule previous = rows.put(id, new CatalogueRule(id, cells[2].strip(), firstWord(cells[3]),
                    firstWord(cells[4])));
            assertThat(previous).as("catalogue id %s appears once", id).isNull();
        }
        return rows;
    }

    private static String firstWord(String cell) {
        return cell.strip().split("\\s+")[0];
    }

    private static Set<String> implementedIds() {
        return rules.stream().map(RuleMetadata::id).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void catalogueIsReadable() {
        assertThat(catalogue).as("rules parsed from %s", CATALOGUE.toAbsolutePath().normalize())
                .containsKeys("CMP-001", "DAT-001");
        assertThat(rules).as("rules of the built-in pack").isNotEmpty();
    }

    @Test
    void everyRuleHasCompleteMetadataAndTheCatalogueTitle() {
        SoftAssertions softly = new SoftAssertions();
        for (RuleMetadata rule : rules) {
            String id = rule.id();
            softly.assertThat(rule.title()).as("%s title", id).isNotBlank();
            softly.assertThat(rule.category()).as("%s category", id).isNotBlank();
            softly.assertThat(rule.remediation()).as("%s remediation", id).isNotBlank();
            softly.assertThat(rule.references()).as("%s references", id).isNotEmpty()
                    .allSatisfy(r -> assertThat(r).isNotBlank());
            softly.assertThat(rule.seed()).as("%s seed", id).isNotNull().matches(SEED);
            CatalogueRule row = catalogue.get(id);
            softly.assertThat(row).as("%s is in the catalogue", id).isNotNull();
            if (row != null) {
                softly.assertThat(rule.title()).as("%s title against the catalogue", id).isEqualTo(row.title());
            }
        }
        softly.assertAll();
    }

    @Test
    void ruleIdsAreUnique() {
        List<String> ids = rules.stream().map(RuleMetadata::id).toList();
        assertThat(ids).as("rule ids of the built-in pack").doesNotHaveDuplicates();
    }

    @Test
    void everyRuleHasAFixture() {
        SoftAssertions softly = new SoftAssertions();
        for (String id : implementedIds()) {
            softly.assertThat(RuleFixturesTest.FIXTURES.resolve(id + ".yaml")).as("fixture of %s", id).isRegularFile();
        }
        softly.assertAll();
    }

    @Test
    void everyFixtureNamesARuleAndHasAFiringCaseAndANearMiss() throws IOException {
        Set<String> ids = implementedIds();
        List<Path> files;
        try (Stream<Path> list = Files.list(RuleFixturesTest.FIXTURES)) {
            files = list.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).as("rule fixtures").isNotEmpty();
        SoftAssertions softly = new SoftAssertions();
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            String id = fileName.substring(0, fileName.length() - ".yaml".length());
            JsonNode fixture = YAML.readTree(file.toFile());
            JsonNode rule = fixture.get("rule");
            softly.assertThat(rule == null ? null : rule.asText()).as("%s: rule key", fileName).isEqualTo(id);
            softly.assertThat(ids).as("%s names a built-in rule", fileName).contains(id);
            JsonNode cases = fixture.get("cases");
            int firing = 0;
            int nearMisses = 0;
            if (cases != null) {
                for (JsonNode c : cases) {
                    JsonNode expect = c.get("expect");
                    if (expect != null && expect.isArray() && expect.size() > 0) {
                        firing++;
                    } else if (expect != null && expect.isArray()) {
                        nearMisses++;
                    }
                }
            }
            softly.assertThat(firing).as("%s: cases that must fire", fileName).isPositive();
            softly.assertThat(nearMisses).as("%s: near misses (expect: [])", fileName).isPositive();
        }
        softly.assertAll();
    }

    @Test
    void everyRuleHasTheCatalogueBaseSeverityAndSubject() {
        SoftAssertions softly = new SoftAssertions();
        for (RuleMetadata rule : rules) {
            CatalogueRule row = catalogue.get(rule.id());
            softly.assertThat(row).as("%s is in the catalogue", rule.id()).isNotNull();
            if (row != null) {
                softly.assertThat(rule.severity().wireName()).as("%s base severity", rule.id()).isEqualTo(row.severity());
                softly.assertThat(rule.subject().wireName()).as("%s subject", rule.id()).isEqualTo(row.subject());
            }
        }
        softly.assertAll();
    }

    @Test
    void implementedIdsAreCatalogueIds() {
        assertThat(catalogue.keySet()).as("catalogue ids").containsAll(implementedIds());
    }

    @Test
    void everyCatalogueIdIsImplemented() {
        Set<String> missing = new TreeSet<>(catalogue.keySet());
        missing.removeAll(implementedIds());
        assertThat(missing).as("catalogue ids missing from the built-in pack (update PLANNED when implementing one)")
                .containsExactlyInAnyOrderElementsOf(PLANNED);
    }

    @Test
    void everyRuleNamesTheCataloguesControlsAndOnlyWellFormedOnes() throws IOException {
        Map<String, List<String>> controls = readControls(CATALOGUE);
        assertThat(controls).as("controls rows of %s", CATALOGUE).containsKeys("TIM-001", "AVL-011", "SEC-009");
        SoftAssertions softly = new SoftAssertions();
        for (RuleMetadata rule : rules) {
            softly.assertThat(rule.controls()).as("%s @controls against the catalogue", rule.id())
                    .isEqualTo(controls.getOrDefault(rule.id(), List.of()));
            softly.assertThat(rule.controls()).as("%s @controls tokens", rule.id())
                    .allSatisfy(t -> assertThat(t).matches(RuleMetadata.CONTROL));
        }
        softly.assertThat(implementedIds()).as("the catalogue's controls name rules of the pack").containsAll(controls.keySet());
        softly.assertAll();
    }
}
