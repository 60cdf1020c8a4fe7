package io.virtaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.TestEstates;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A rule declares the policy thresholds it reads ({@code @thresholds}), so that {@code rules show}
 * and {@code docs/rules.md} list them with their values in effect. These tests hold the
 * declaration to the DRL of the built-in pack (decision tables through the DRL Drools makes of
 * them): a read that is not declared, or a declaration that is not read, fails. A read can only
 * be {@code thresholds.name(…)} inside a rule: the {@code thresholds} global is never handed whole
 * to a function or to Java, so no read can hide where this scan does not look.
 */
class ThresholdDeclarationTest {

    static final Path PACK = Path.of("rules");
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"(.*?)^\\s*end\\b",
            Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern ID = Pattern.compile("@id\\s*\\(\\s*\"([^\"]+)\"");
    private static final Pattern READ = Pattern.compile("\\bthresholds\\s*\\.\\s*(\\w+)\\s*\\(");
    private static final Pattern MENTION = Pattern.compile("(?<!@)\\bthresholds\\b");
    private static final Pattern GLOBAL = Pattern.compile(
            "^\\s*global\\s+io\\.virtaudit\\.rules\\.Thresholds\\s+thresholds\\s*;?\\s*$", Pattern.MULTILINE);

    /** The DRL text of every rule file of the built-in pack, by file name. */
    private static Map<String, String> drl;
    private static Map<String, RuleMetadata> declared;

    @BeforeAll
    static void load() throws IOException {
        drl = packDrl(PACK);
        declared = new TreeMap<>();
        TestEstates.builtIn().rules().forEach(rule -> declared.put(rule.id(), rule));
    }

    static Map<String, String> packDrl(Path pack) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.list(pack)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".drl")) {
                    texts.put(name, Files.readString(file, StandardCharsets.UTF_8));
                } else if (name.endsWith(".drl.xlsx")) {
                    try (InputStream in = Files.newInputStream(file)) {
                        texts.put(name, new SpreadsheetCompiler().compile(in, InputType.XLS));
                    }
                }
            }
        }
        return texts;
    }

    /** The thresholds each rule id reads in its DRL, branches of one id taken together. */
    static Map<String, Set<String>> reads(Map<String, String> texts) {
        Map<String, Set<String>> byId = new TreeMap<>();
        texts.values().forEach(text -> {
            Matcher rule = RULE.matcher(text);
            while (rule.find()) {
                Matcher id = ID.matcher(rule.group(2));
                assertThat(id.find()).as("rule \"%s\" has an @id", rule.group(1)).isTrue();
                Set<String> names = byId.computeIfAbsent(id.group(1), k -> new TreeSet<>());
                Matcher read = READ.matcher(rule.group(2));
                while (read.find()) {
                    names.add(read.group(1));
                }
            }
        });
        return byId;
    }

    @Test
    void thePackIsScanned() {
        assertThat(drl).as("rule files of %s", PACK).containsKeys("compute.drl", "vendor-multipath.drl.xlsx",
                "lifecycle.drl.xlsx");
        assertThat(reads(drl)).as("rule ids found in the DRL").hasSameSizeAs(declared)
                .containsEntry("BKP-002", Set.of("backupRpoOtherHours", "backupRpoPcHours"));
    }

    @Test
    void everyRuleDeclaresExactlyTheThresholdsItReads() {
        SoftAssertions softly = new SoftAssertions();
        reads(drl).forEach((id, names) -> {
            RuleMetadata rule = declared.get(id);
            softly.assertThat(rule).as("%s is a rule of the built-in pack", id).isNotNull();
            if (rule != null) {
                softly.assertThat(rule.thresholds()).as("%s: @thresholds against the thresholds its DRL reads", id)
                        .containsExactlyElementsOf(names);
            }
        });
        softly.assertAll();
    }

    @Test
    void theThresholdsGlobalIsOnlyReadByNameInsideARule() {
        SoftAssertions softly = new SoftAssertions();
        drl.forEach((file, text) -> {
            String outside = GLOBAL.matcher(RULE.matcher(text).replaceAll("")).replaceAll("");
            softly.assertThat(MENTION.matcher(outside).results().count())
                    .as("%s: mentions of the thresholds global outside its rules (a function must take values)", file)
                    .isZero();
            softly.assertThat(text).as("%s: the Thresholds type is named only by the global", file)
                    .doesNotContainPattern("(?m)^(?!\\s*global\\b).*\\bThresholds\\b");
            Matcher rule = RULE.matcher(text);
            while (rule.find()) {
                long mentions = MENTION.matcher(rule.group(2)).results().count();
                long reads = READ.matcher(rule.group(2)).results().count();
                softly.assertThat(mentions).as("%s, rule \"%s\": every use of thresholds reads one by name", file,
                        rule.group(1)).isEqualTo(reads);
            }
        });
        softly.assertAll();
    }

    @Test
    void everyThresholdIsReadBySomeRule() {
        Set<String> read = new TreeSet<>();
        declared.values().forEach(rule -> read.addAll(rule.thresholds()));
        assertThat(read).as("thresholds declared by the built-in rules").containsExactlyInAnyOrderElementsOf(
                new TreeSet<>(Thresholds.NAMES));
    }

    @Test
    void theScanFindsAReadInsideARuleAndIgnoresOtherRules() {
        String text = """
                rule "a"
                    @id("ABC-001")
                when
                    Host( cores > thresholds.vcpuPerCore() )
                then
                end
                rule "b"
                    @id("ABC-002")
                when
                    Host()
                then
                end
                """;
        assertThat(reads(Map.of("x.drl", text))).isEqualTo(Map.of("ABC-001", Set.of("vcpuPerCore"),
                "ABC-002", Set.of()));
        assertThat(List.copyOf(reads(Map.of("x.drl", text)).keySet())).containsExactly("ABC-001", "ABC-002");
    }
}
