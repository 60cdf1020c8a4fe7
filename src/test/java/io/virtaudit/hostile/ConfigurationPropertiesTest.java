package io.virtaudit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.TestEstates;
import io.virtaudit.input.InputException;
import io.virtaudit.rules.PolicyReader;
import io.virtaudit.rules.RuleMetadata;
import io.virtaudit.waiver.BaselineReader;
import io.virtaudit.waiver.WaiverReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Assertions;

/**
 * Whatever a policy, waiver or baseline file holds, its reader gives a result or an input error,
 * never another exception and never a hang: random byte and text mutations and truncations of
 * valid files, as {@link LoaderPropertiesTest} does for estates.
 */
class ConfigurationPropertiesTest {

    private static final List<RuleMetadata> RULES = TestEstates.builtIn().rules();
    private static final byte[] POLICY = read(Path.of("sample-data/policy-strict.yaml"));
    private static final byte[] DEFAULT_POLICY = read(Path.of("policy/default-policy.yaml"));
    private static final byte[] WAIVERS = ("""
            # accepted risks of the lab
            waivers:
              - rule: TIM-001
                subject: esx-0?
                subjectType: host
                justification: NTP comes with the rebuild
                approvedBy: CAB-7
                expires: 2027-03-31
                reference: CHG-1234
              - {rule: "AVL-*", subject: "*-prd-*", justification: "cluster pairs", approvedBy: "J. Smith", expires: 2026-12-31}
              - rule: BKP-00?
                justification: >
                  backups move to the new appliance
                  in the spring
                approvedBy: CAB-9
                expires: '2028-02-29'
            """).getBytes(StandardCharsets.UTF_8);
    private static final byte[] BASELINE = ("{\"tool\": {\"name\": \"virtaudit\", \"version\": \"1.0.0\"}, \"findings\": ["
            + "{\"ruleId\": \"TIM-001\", \"title\": \"t\", \"severity\": \"high\", \"category\": \"time\","
            + " \"subject\": {\"type\": \"host\", \"id\": \"esx-01\", \"name\": \"esx-01\"}, \"message\": \"m\","
            + " \"evidence\": {\"ntpServers\": [], \"ratio\": 4.5}, \"remediation\": \"r\", \"references\": [\"a\"],"
            + " \"source\": {\"file\": \"lab.yaml\", \"location\": \"/hosts/0\"}, \"status\": \"new\"}],"
            + " \"run\": {\"date\": \"2026-11-20\"}}").getBytes(StandardCharsets.UTF_8);

    private static final byte[] WAIVER_SHEET = sheet();

    private static byte[] sheet() {
        try {
            Path file = Files.createTempFile("waivers", ".xlsx");
            HostileDocuments.waiverSheet(file, 46477);
            byte[] bytes = Files.readAllBytes(file);
            Files.delete(file);
            return bytes;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Provide
    Arbitrary<LoaderPropertiesTest.Mutation> mutations() {
        Arbitrary<byte[]> hostile = Arbitraries.of("expires: 2099-01-01\n", "  - ~\n", "'+999999999-12-31'", "2026-02-30",
                "*a*a*a*a*a*a*a*a*b", "rule: ", "thresholds: ", "~", "[~]", ".nan", "1e400", "\ufeff", "\u0085", "\t",
                "\"a\": 1, \"a\": 2", "NaN").map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> utf16 = Arbitraries.of("waivers:", "rules:").map(s -> s.getBytes(StandardCharsets.UTF_16LE));
        return Arbitraries.oneOf(new LoaderPropertiesTest().mutations(),
                Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 1),
                        Arbitraries.oneOf(hostile, utf16), Arbitraries.just(1)).as(LoaderPropertiesTest.Mutation::new));
    }

    /** Reads the bytes as a file of that name: a result, or input errors of one line each, within seconds. */
    private static void readsOrRefuses(byte[] content, String name, Function<Path, Object> reader) throws IOException {
        Path dir = Files.createTempDirectory("virtaudit-config");
        Path file = dir.resolve(name);
        Files.write(file, content);
        try {
            Object result = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                try {
                    return reader.apply(file);
                } catch (InputException expected) {
                    return expected;
                }
            });
            if (result instanceof InputException e) {
                assertThat(e.errors()).isNotEmpty().allSatisfy(error -> assertThat(error.render()).doesNotContain("\n")
                        .doesNotContain("Exception").doesNotContain("jackson").doesNotContain("snakeyaml").doesNotContain("java."));
            } else {
                assertThat(result).isNotNull();
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static Object policy(Path file) {
        return new PolicyReader().read(file, file.getFileName().toString(), RULES);
    }

    private static Object waivers(Path file) {
        return new WaiverReader().read(file, file.getFileName().toString(), RULES);
    }

    private static Object baseline(Path file) {
        return new BaselineReader().read(file, file.getFileName().toString());
    }

    @Property(tries = 150)
    void mutatedPoliciesGiveAPolicyOrAnInputError(@ForAll("mutations") LoaderPropertiesTest.Mutation mutation) throws IOException {
        readsOrRefuses(mutation.apply(POLICY), "policy.yaml", ConfigurationPropertiesTest::policy);
        readsOrRefuses(mutation.apply(DEFAULT_POLICY), "default-policy.yaml", ConfigurationPropertiesTest::policy);
    }

    @Property(tries = 150)
    void mutatedWaiversGiveWaiversOrAnInputError(@ForAll("mutations") LoaderPropertiesTest.Mutation mutation) throws IOException {
        readsOrRefuses(mutation.apply(WAIVERS), "waivers.yaml", ConfigurationPropertiesTest::waivers);
    }

    @Property(tries = 60)
    void mutatedWaiverSheetsGiveWaiversOrAnInputError(@ForAll("mutations") LoaderPropertiesTest.Mutation mutation) throws IOException {
        readsOrRefuses(mutation.apply(WAIVER_SHEET), "risks.xlsx", ConfigurationPropertiesTest::waivers);
    }

    @Property(tries = 100)
    void mutatedBaselinesGiveABaselineOrAnInputError(@ForAll("mutations") LoaderPropertiesTest.Mutation mutation) throws IOException {
        readsOrRefuses(mutation.apply(BASELINE), "findings.json", ConfigurationPropertiesTest::baseline);
    }

    @Property(tries = 40)
    void truncatedFilesGiveAResultOrAnInputError(@ForAll @IntRange(min = 0, max = 1000) int permille) throws IOException {
        for (byte[] source : List.of(POLICY, WAIVERS, BASELINE)) {
            byte[] cut = Arrays.copyOf(source, (int) ((long) source.length * permille / 1000));
            if (source == POLICY) {
                readsOrRefuses(cut, "policy.yaml", ConfigurationPropertiesTest::policy);
            } else if (source == WAIVERS) {
                readsOrRefuses(cut, "waivers.yaml", ConfigurationPropertiesTest::waivers);
            } else {
                readsOrRefuses(cut, "findings.json", ConfigurationPropertiesTest::baseline);
            }
        }
    }
}
