package io.virtaudit.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.virtaudit.finding.Finding;
import io.virtaudit.report.Report;
import io.virtaudit.rules.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Writes hand-built reports, validates them against the OASIS SARIF 2.1.0 schema and reads them back. */
class SarifReporterTest {

    /** The OASIS schema, kept in the test resources (see schemas/README.md there for its origin). */
    private static final String SCHEMA = "/schemas/sarif-schema-2.1.0.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = SarifReporterTest.class.getResourceAsStream(SCHEMA)) {
            // the schema names its own dialect (draft-04) in $schema; the default only applies without one
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
    }

    @Test
    void namesTheFormatAndFile() {
        SarifReporter reporter = new SarifReporter();
        assertThat(reporter.format()).isEqualTo("sarif");
        assertThat(reporter.defaultFileName()).isEqualTo("virtaudit-report.sarif");
    }

    @Test
    void reportWithABaselineIsValidSarif() throws IOException {
        JsonNode sarif = write(TestReports.withBaseline());
        assertThat(messages(schema.validate(sarif))).isEmpty();
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
    }

    @Test
    void reportWithoutABaselineIsValidSarif() throws IOException {
        assertThat(messages(schema.validate(write(TestReports.withoutBaseline())))).isEmpty();
    }

    @Test
    void reportWithoutFindingsIsValidAndSaysSo() throws IOException {
        JsonNode sarif = write(TestReports.report(List.of(), List.of(), false));
        assertThat(messages(schema.validate(sarif))).isEmpty();
        assertThat(run(sarif).get("results").isArray()).isTrue();
        assertThat(run(sarif).get("results")).isEmpty();
    }

    @Test
    void theSchemaCheckCatchesABrokenLog() throws IOException {
        JsonNode sarif = write(TestReports.withBaseline());
        ((ObjectNode) run(sarif).get("results").get(0)).put("level", "fatal");
        assertThat(schema.validate(sarif)).isNotEmpty();
    }

    @Test
    void driverDescribesEveryRuleEvaluated() throws IOException {
        Report report = TestReports.withBaseline();
        JsonNode driver = run(write(report)).at("/tool/driver");
        assertThat(driver.get("name").asText()).isEqualTo("virtaudit");
        assertThat(driver.get("version").asText()).isEqualTo("1.0.0");
        assertThat(driver.has("informationUri")).isFalse();
        JsonNode rules = driver.get("rules");
        assertThat(rules).hasSize(report.rules().size());
        JsonNode cmp = rules.get(0);
        assertThat(cmp.get("id").asText()).isEqualTo("CMP-001");
        assertThat(cmp.get("name").asText()).isEqualTo("HostCPUOverCommitted");
        assertThat(cmp.at("/shortDescription/text").asText()).isEqualTo("Host CPU over-committed");
        assertThat(cmp.at("/fullDescription/text").asText()).contains("host", "compute");
        assertThat(cmp.at("/help/text").asText()).isEqualTo("Fix CMP-001.");
        assertThat(cmp.at("/help/markdown").asText()).contains("Fix CMP-001.", "- KB 1318");
        assertThat(cmp.get("helpUri").asText()).isEqualTo("https://example.org/kb/CMP-001");
        assertThat(cmp.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        assertThat(cmp.at("/properties/category").asText()).isEqualTo("compute");
        assertThat(cmp.at("/properties/severity").asText()).isEqualTo("critical");
        assertThat(cmp.at("/properties/seed").asText()).isEqualTo("S1 S6");
        assertThat(texts(cmp.at("/properties/tags"))).containsExactly("compute", "host", "NIST-800-53:CM-6", "CIS-ESXi-8:2.6?");
        assertThat(texts(cmp.at("/properties/controls"))).containsExactly("NIST-800-53:CM-6", "CIS-ESXi-8:2.6?");
        assertThat(texts(rules.get(1).at("/properties/tags"))).as("a rule without controls").hasSize(2);
        assertThat(rules.get(1).has("relationships")).as("a rule without controls").isFalse();
        JsonNode taxonomies = run(write(report)).get("taxonomies");
        assertThat(taxonomies).hasSize(2);
        assertThat(taxonomies.get(0).get("name").asText()).isEqualTo("CIS-ESXi-8");
        assertThat(taxonomies.get(0).at("/taxa/0/id").asText()).as("the ? is a property").isEqualTo("2.6");
        assertThat(taxonomies.get(0).at("/taxa/0/properties/unverified").asBoolean()).isTrue();
        assertThat(taxonomies.get(1).at("/taxa/0/id").asText()).isEqualTo("CM-6");
        JsonNode relationship = cmp.at("/relationships/0");
        assertThat(relationship.at("/target/id").asText()).isEqualTo("CM-6");
        assertThat(relationship.at("/target/index").asInt()).isZero();
        assertThat(relationship.at("/target/toolComponent/name").asText()).isEqualTo("NIST-800-53");
        assertThat(relationship.at("/target/toolComponent/index").asInt()).isEqualTo(1);
        assertThat(texts(relationship.get("kinds"))).containsExactly("relevant");
        assertThat(rules.get(6).at("/defaultConfiguration/level").asText()).isEqualTo("note");
        assertThat(run(write(report)).at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
    }

    @Test
    void oneResultPerFindingWithTheRightRuleIndex() throws IOException {
        Report report = TestReports.withoutBaseline();
        JsonNode run = run(write(report));
        JsonNode results = run.get("results");
        assertThat(results).hasSize(report.findings().size());
        for (int i = 0; i < results.size(); i++) {
            JsonNode result = results.get(i);
            Finding finding = report.findings().get(i);
            assertThat(result.get("ruleId").asText()).isEqualTo(finding.ruleId());
            int index = result.get("ruleIndex").asInt();
            assertThat(run.at("/tool/driver/rules/" + index + "/id").asText()).isEqualTo(finding.ruleId());
            assertThat(result.at("/message/text").asText()).isEqualTo(finding.message());
            assertThat(result.has("baselineState")).isFalse();
        }
    }

    @Test
    void levelsFollowTheSeverity() throws IOException {
        Report report = TestReports.withoutBaseline();
        JsonNode results = run(write(report)).get("results");
        for (int i = 0; i < results.size(); i++) {
            Severity severity = report.findings().get(i).severity();
            assertThat(results.get(i).get("level").asText()).as(severity.name()).isEqualTo(switch (severity) {
                case CRITICAL, HIGH -> "error";
                case MEDIUM -> "warning";
                case LOW, INFO -> "note";
            });
        }
        assertThat(texts(results, "level")).contains("error", "warning", "note");
    }

    @Test
    void waivedFindingIsAnAcceptedExternalSuppression() throws IOException {
        JsonNode results = run(write(TestReports.withBaseline())).get("results");
        List<JsonNode> suppressed = new ArrayList<>();
        results.forEach(r -> {
            if (r.has("suppressions")) {
                suppressed.add(r);
            }
        });
        assertThat(suppressed).hasSize(1);
        JsonNode waived = suppressed.get(0);
        assertThat(waived.get("ruleId").asText()).isEqualTo("BKP-001");
        JsonNode suppression = waived.at("/suppressions/0");
        assertThat(suppression.get("kind").asText()).isEqualTo("external");
        assertThat(suppression.get("status").asText()).isEqualTo("accepted");
        assertThat(suppression.get("justification").asText())
                .isEqualTo("CHG-1234: approved by CAB-2026-114 until 2027-03-31 (rebuilt nightly)");
        assertThat(suppression.at("/location/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("waivers.yaml");
    }

    @Test
    void baselineStatesAndResolvedFindingsAsAbsent() throws IOException {
        Report report = TestReports.withBaseline();
        JsonNode results = run(write(report)).get("results");
        assertThat(results).hasSize(report.findings().size() + report.resolved().size());
        JsonNode last = results.get(results.size() - 1);
        assertThat(last.get("ruleId").asText()).isEqualTo("STO-001");
        assertThat(last.get("baselineState").asText()).isEqualTo("absent");
        assertThat(byFingerprint(results, "TIM-004|vm|trade01").get("baselineState").asText())
                .isEqualTo("unchanged");
        assertThat(byFingerprint(results, "TIM-004|vm|trade02").get("baselineState").asText()).isEqualTo("new");
    }

    @Test
    void locationsNameTheSourceFileTheLineAndTheSubject() throws IOException {
        JsonNode results = run(write(TestReports.withoutBaseline())).get("results");
        JsonNode trade01 = byFingerprint(results, "TIM-004|vm|trade01").at("/locations/0");
        assertThat(trade01.at("/physicalLocation/artifactLocation/uri").asText()).isEqualTo("inventory.csv");
        assertThat(trade01.at("/physicalLocation/region/startLine").asInt()).isEqualTo(12);
        assertThat(trade01.at("/physicalLocation/region/startColumn").asInt()).isEqualTo(5);
        assertThat(trade01.at("/logicalLocations/0/name").asText()).isEqualTo("trade01");
        assertThat(trade01.at("/logicalLocations/0/kind").asText()).isEqualTo("vm");
        assertThat(trade01.at("/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("vm/trade01");

        JsonNode trade02 = byFingerprint(results, "TIM-004|vm|trade02").at("/locations/0/physicalLocation");
        assertThat(trade02.at("/region/startLine").asInt()).isEqualTo(13);
        assertThat(trade02.at("/region").has("startColumn")).isFalse();

        JsonNode web01 = byFingerprint(results, "NET-002|vm|web01").at("/locations/0");
        assertThat(web01.at("/physicalLocation/artifactLocation/uri").asText()).isEqualTo("lab.yaml");
        assertThat(web01.at("/physicalLocation").has("region")).isFalse();
        assertThat(web01.at("/properties/sourceLocation").asText()).isEqualTo("/vms/3");
    }

    @Test
    void fileNamesBecomeUriReferences() {
        assertThat(SarifLocation.uri("lab.yaml")).isEqualTo("lab.yaml");
        assertThat(SarifLocation.uri("my estate/lab.yaml")).isEqualTo("my%20estate/lab.yaml");
        assertThat(SarifLocation.uri("/srv/estates/lab.yaml")).isEqualTo("file:///srv/estates/lab.yaml");
        assertThat(SarifLocation.uri("C:\\estates\\lab.yaml")).isEqualTo("file:///C:/estates/lab.yaml");
        assertThat(SarifLocation.uri("a:b.yaml")).isEqualTo("./a:b.yaml");
    }

    @Test
    void ruleNamesAreCamelCaseTitles() {
        assertThat(SarifRule.camelCase("Timing-sensitive VM on a full-virtualisation host"))
                .isEqualTo("TimingSensitiveVMOnAFullVirtualisationHost");
    }

    @Test
    void sameReportGivesTheSameBytes() throws IOException {
        assertThat(bytes(TestReports.withBaseline())).isEqualTo(bytes(TestReports.withBaseline()));
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        boolean[] closed = {false};
        OutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new SarifReporter().write(TestReports.withBaseline(), out);
        assertThat(closed[0]).isFalse();
    }

    private static byte[] bytes(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SarifReporter().write(report, out);
        return out.toByteArray();
    }

    private static JsonNode write(Report report) throws IOException {
        return JSON.readTree(bytes(report));
    }

    private static JsonNode run(JsonNode sarif) {
        assertThat(sarif.get("runs")).hasSize(1);
        return sarif.get("runs").get(0);
    }

    private static JsonNode byFingerprint(JsonNode results, String fingerprint) {
        for (JsonNode result : results) {
            if (fingerprint.equals(result.at("/partialFingerprints/virtaudit~1v1").asText())) {
                return result;
            }
        }
        throw new AssertionError("no result with fingerprint " + fingerprint);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(Error::toString).toList();
    }
}
