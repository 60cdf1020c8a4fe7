package io.virtaudit.importer.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.virtaudit.TestEstates;
import io.virtaudit.cli.Main;
import io.virtaudit.importer.DocumentBinder;
import io.virtaudit.importer.EstateAssembler;
import io.virtaudit.importer.EstateDocument;
import io.virtaudit.input.InputException;
import io.virtaudit.model.BackupTime;
import io.virtaudit.model.HardwareVersion;
import io.virtaudit.model.Limit;
import io.virtaudit.model.LicenseExpiry;
import io.virtaudit.model.LicenseTotal;
import io.virtaudit.model.VlanRange;
import io.virtaudit.model.Wire;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code docs/estate.schema.json} against the loader: every estate the project ships or tests
 * with is valid under the schema, documents the loader refuses are refused by the schema too, and
 * the schema's objects and fields are exactly those the loader binds, found by asking Jackson for
 * the loader's own deserializers (not from a list kept by hand). Each field is then probed with
 * values of the wrong and the right shape, and the loader and the schema must agree on each; the
 * few places where they knowingly differ are pinned, so that a change on either side shows here.
 */
class EstateSchemaTest {

    private static final Path SCHEMA_FILE = Path.of("docs/estate.schema.json");
    private static final Path FORMAT_DOC = Path.of("docs/estate-format.md");
    private static final Path SAMPLES = Path.of("sample-data");
    private static final Path FIXTURES = Path.of("rules/fixtures");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static JsonNode schemaTree;
    private static Schema schema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws IOException {
        schemaTree = JSON.readTree(SCHEMA_FILE.toFile());
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaTree);
    }

    // ------------------------------------------------------------------ the schema itself

    @Test
    void theSchemaIsAValidDraft202012Schema() {
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(schemaTree.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(messages(meta.validate(schemaTree))).isEmpty();
        ObjectNode broken = schemaTree.deepCopy();
        ((ObjectNode) broken.at("/properties/formatVersion")).put("type", 5);
        assertThat(meta.validate(broken)).as("the meta-schema check is a real one").isNotEmpty();
    }

    @Test
    void everyPropertyHasADescription() {
        List<String> missing = new ArrayList<>();
        describedProperties(schemaTree, "", missing);
        assertThat(missing).as("properties without a description (editors show it as hover help)").isEmpty();
    }

    private static void describedProperties(JsonNode node, String at, List<String> missing) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject()) {
                properties.fields().forEachRemaining(e -> {
                    if (e.getValue().path("description").asText().isBlank()) {
                        missing.add(at + "/properties/" + e.getKey());
                    }
                });
            }
            node.fields().forEachRemaining(e -> describedProperties(e.getValue(), at + "/" + e.getKey(), missing));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                describedProperties(node.get(i), at + "/" + i, missing);
            }
        }
    }

    // ------------------------------------------------------------------ (a) every shipped or tested estate is valid

    @TestFactory
    Stream<DynamicTest> everySampleEstateIsValid() throws IOException {
        List<Path> estates = new ArrayList<>();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode tree = YAML.readTree(file.toFile());
                if (tree.has("formatVersion")) {
                    estates.add(file);
                } else {
                    assertThat(tree.has("policyVersion")).as("%s is an estate or a policy", file).isTrue();
                }
            }
        }
        assertThat(estates).extracting(p -> p.getFileName().toString()).contains("lab.yaml", "acme-estate.yaml");
        return estates.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            TestEstates.load(file);
            assertThat(messages(schema.validate(YAML.readTree(file.toFile())))).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyRuleFixtureEstateIsValid() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path dirOfFixtures : List.of(FIXTURES, FIXTURES.resolve("edge-cases"))) {
            try (Stream<Path> files = Files.list(dirOfFixtures)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                    JsonNode fixture = YAML.readTree(file.toFile());
                    for (JsonNode c : fixture.get("cases")) {
                        JsonNode estate = c.get("estate");
                        String name = file.getFileName() + " / " + c.get("name").asText();
                        tests.add(DynamicTest.dynamicTest(name, () -> {
                            assertThat(estate).as("the case has an estate").isNotNull();
                            // the loader reads the fixture as RuleFixturesTest gives it (the YAML tree as JSON)
                            TestEstates.load(estate, "fixture");
                            assertThat(messages(schema.validate(estate))).isEmpty();
                        }));
                    }
                }
            }
        }
        assertThat(tests).as("rule fixtures and edge cases hold well over a hundred estates").hasSizeGreaterThan(150);
        return tests.stream();
    }

    /** The complete documents among the examples of estate-format.md: they load, and the schema agrees. */
    @Test
    void theDocumentationsCompleteExamplesLoadAndAreValid() throws IOException {
        String doc = Files.readString(FORMAT_DOC);
        Matcher block = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        int complete = 0;
        while (block.find()) {
            String yaml = block.group(1);
            if (!yaml.startsWith("formatVersion:") && !yaml.startsWith("# yaml-language-server:")) {
                continue;
            }
            complete++;
            Path file = write("example-" + complete + ".yaml", yaml);
            TestEstates.load(file);
            assertThat(messages(schema.validate(YAML.readTree(yaml)))).as("example %d", complete).isEmpty();
        }
        assertThat(complete).as("complete examples in %s", FORMAT_DOC).isGreaterThanOrEqualTo(2);
    }

    /** What {@code virtaudit import} writes from the RVTools sample and its CSV lists, YAML and JSON. */
    @Test
    void anImportedEstateIsValid() throws IOException {
        for (String name : List.of("imported.yaml", "imported.json")) {
            Path output = dir.resolve(name);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(TestEstates.CLOCK, new PrintWriter(out, true), new PrintWriter(err, true), "import",
                    "sample-data/rvtools/RVTools_export_all.xlsx", "sample-data/rvtools/cmdb/vms.csv",
                    "sample-data/rvtools/storage/luns.csv", "-o", output.toString());
            assertThat(code).as("import: %s", err).isZero();
            JsonNode tree = (name.endsWith(".json") ? JSON : YAML).readTree(output.toFile());
            assertThat(tree.get("vms")).isNotEmpty();
            assertThat(messages(schema.validate(tree))).as(name).isEmpty();
        }
    }

    // ------------------------------------------------------------------ (b) refused by the loader, refused by the schema

    private static final String HEAD = """
            formatVersion: 1
            estate: {name: x, collectedAt: 2026-11-20T08:00:00Z}
            hosts: [{id: h1, hypervisor: {product: esxi}}]
            """;

    static Stream<Arguments> refusedDocuments() {
        return Stream.of(
                Arguments.of("wrong type: text for a number", HEAD.replace("esxi}", "esxi}, memoryGb: lots")),
                Arguments.of("wrong type: text for a whole number", HEAD.replace("esxi}", "esxi}, nics: \"4\"")),
                Arguments.of("wrong type: a list for a mapping", HEAD.replace("{product: esxi}", "[esxi]")),
                Arguments.of("wrong type: a mapping for a list", HEAD + "vms: {id: v1, host: h1}\n"),
                Arguments.of("wrong type: a number for a time", HEAD.replace("2026-11-20T08:00:00Z", "20261120")),
                Arguments.of("bad enumeration value", HEAD + "vms: [{id: v1, host: h1, powerState: running}]\n"),
                Arguments.of("bad product", HEAD.replace("esxi", "vmware")),
                Arguments.of("bad boolean word", HEAD + "vms: [{id: v1, host: h1, template: y}]\n"),
                Arguments.of("bad time", HEAD.replace("2026-11-20T08:00:00Z", "\"2026-11-20T24:00:00Z\"")),
                Arguments.of("bad backup time", HEAD + "vms: [{id: v1, host: h1, backup: {lastSuccess: nope}}]\n"),
                Arguments.of("out of range: VLAN id", HEAD + "vlans: [{id: 4096}]\n"),
                Arguments.of("out of range: vCPUs", HEAD + "vms: [{id: v1, host: h1, vcpus: 0}]\n"),
                Arguments.of("out of range: HA percent", HEAD + "clusters: [{id: c1, ha: {cpuPercent: 101}}]\n"),
                Arguments.of("out of range: MTU", HEAD + "vlans: [{id: 10, mtu: 67}]\n"),
                Arguments.of("out of range: negative memory", HEAD.replace("esxi}", "esxi}, memoryGb: -1")),
                Arguments.of("out of range: whole number beyond 32 bits", HEAD.replace("esxi}", "esxi}, nics: 3000000000")),
                Arguments.of("unsupported format version", HEAD.replace("formatVersion: 1", "formatVersion: 2")),
                Arguments.of("unknown top-level key", HEAD + "switches: []\n"),
                Arguments.of("a $schema key", "$schema: ./estate.schema.json\n" + HEAD),
                Arguments.of("unknown nested key", HEAD.replace("{product: esxi}", "{product: esxi, patch: \"P03\"}")),
                Arguments.of("unknown key deep down", HEAD + "vms: [{id: v1, host: h1, backup: {tool: veeam}}]\n"),
                Arguments.of("misspelt key", HEAD + "vms: [{id: v1, host: h1, timingSensitve: true}]\n"),
                Arguments.of("an esxi build that is not digits", HEAD.replace("{product: esxi}",
                        "{product: esxi, build: 8.0 U3}")),
                Arguments.of("vlan with vlanTrunk", HEAD + "vlans: [{id: 10}]\nportGroups: [{id: p1, vlan: 10, vlanTrunk: [10]}]\n"),
                Arguments.of("missing formatVersion", HEAD.replace("formatVersion: 1\n", "")),
                Arguments.of("missing estate name", HEAD.replace("name: x, ", "")),
                Arguments.of("blank estate name", HEAD.replace("name: x", "name: \" \"")),
                Arguments.of("missing id", HEAD + "luns: [{name: l1}]\n"),
                Arguments.of("blank id", HEAD + "clusters: [{id: \"  \"}]\n"),
                Arguments.of("missing hypervisor", HEAD.replace(", hypervisor: {product: esxi}", "")),
                Arguments.of("missing product", HEAD.replace("{product: esxi}", "{version: \"8.0\"}")),
                Arguments.of("VM without host", HEAD + "vms: [{id: v1}]\n"),
                Arguments.of("multipath entry without lun", HEAD + "multipath: [{host: h1}]\n"),
                Arguments.of("host network without VLAN", HEAD.replace("esxi}", "esxi}, networks: [{mtu: 9000}]")),
                Arguments.of("empty entry of a collection", HEAD + "clusters: [~]\n"),
                Arguments.of("blank NTP server", HEAD.replace("esxi}", "esxi}, ntpServers: [\" \"]")),
                Arguments.of("label value that is a mapping", HEAD + "clusters: [{id: c1, labels: {a: {b: c}}}]\n"),
                Arguments.of("text longer than 65,536 characters",
                        HEAD.replace("name: x", "name: " + "x".repeat(65_537))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedDocuments")
    void refusedByTheLoaderAndByTheSchema(String name, String yaml) throws IOException {
        Path file = write("refused.yaml", yaml);
        assertThatThrownBy(() -> TestEstates.load(file)).as("the loader refuses: %s", name)
                .isInstanceOf(InputException.class);
        assertThat(schema.validate(YAML.readTree(yaml))).as("the schema refuses: %s", name).isNotEmpty();
    }

    /** The loader's tolerances, which the schema must not flag either. */
    static Stream<Arguments> toleratedDocuments() {
        return Stream.of(
                Arguments.of("enumerations in any case, _ for -", HEAD + "vms: [{id: v1, host: h1, tools: NOT_RUNNING,"
                        + " guestFamily: Windows, environment: \" production \"}]\n"),
                Arguments.of("a bare on for powerState", HEAD + "vms: [{id: v1, host: h1, powerState: on}]\n"),
                Arguments.of("true and false for powerState", HEAD
                        + "vms: [{id: v1, host: h1, powerState: true}, {id: v2, host: h1, powerState: false}]\n"),
                Arguments.of("a bare YES for powerState", HEAD + "vms: [{id: v1, host: h1, powerState: YES}]\n"),
                Arguments.of("yes/no/on/off booleans, bare or quoted", HEAD + "vms: [{id: v1, host: h1, template: \"No\","
                        + " timingSensitive: yes}]\nclusters: [{id: c1, drs: \"ON\", ha: {enabled: off}}]\n"),
                Arguments.of("times without offset, seconds, or time", HEAD.replace("2026-11-20T08:00:00Z", "2026-11-20 08:00")
                        + "vms: [{id: v1, host: h1, createdAt: 2026-11-20, poweredOffSince: 2026-11-20T08:00:00.5+01:00,"
                        + " backup: {lastSuccess: NEVER}}]\n"),
                Arguments.of("numbers and booleans as text", HEAD.replace("{product: esxi}", "{product: esxi, version: 8.10}")
                        + "clusters: [{id: 100, name: 2024, labels: {tier: 1, backup: true, note: ~}}]\n"),
                Arguments.of("null and empty lists as unknown and none", HEAD + "clusters:\nluns: ~\nvlans: []\n"
                        + "vms: [{id: v1, host: h1, snapshots: [], datastores: null, backup: ~, vcpus: ~, template: ~}]\n"),
                Arguments.of("a host in maintenance since an unknown time", HEAD.replace("esxi}", "esxi}, maintenance: {}")),
                Arguments.of("a bare date as collectedAt", HEAD.replace("2026-11-20T08:00:00Z", "2026-11-20")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("toleratedDocuments")
    void acceptedByTheLoaderAndByTheSchema(String name, String yaml) throws IOException {
        TestEstates.load(write("tolerated.yaml", yaml));
        assertThat(messages(schema.validate(YAML.readTree(yaml)))).as(name).isEmpty();
    }

    /**
     * Where the schema knowingly differs from the loader (docs/estate-format.md, "The schema"): the
     * loader is laxer on entries left empty, and the schema on what JSON Schema cannot express.
     */
    static Stream<Arguments> knownDifferences() {
        return Stream.of(
                Arguments.of("an empty entry in datastores", HEAD + "vms: [{id: v1, host: h1, datastores: [~]}]\n", true, false),
                Arguments.of("an empty entry in a LUN's hosts", HEAD + "luns: [{id: l1, hosts: [~]}]\n", true, false),
                Arguments.of("an empty entry in a VLAN's hosts", HEAD + "vlans: [{id: 1, hosts: [~]}]\n", true, false),
                Arguments.of("an empty entry in purposes", HEAD + "vlans: [{id: 1, purposes: [~]}]\n", true, false),
                Arguments.of("an empty entry in uplinks", HEAD.replace("esxi}", "esxi}, networks: [{vlan: 1, uplinks: [~]}]")
                        + "vlans: [{id: 1}]\n", true, false),
                Arguments.of("empty text for a mapping or a list", HEAD.replace("esxi}", "esxi}, cpu: \"\", ntpServers: \"\""),
                        true, false),
                Arguments.of("a date that does not exist", HEAD.replace("2026-11-20T08:00:00Z", "2026-02-30"), false, true),
                Arguments.of("a whole number written as a decimal", HEAD.replace("esxi}", "esxi}, nics: 4.0"), false, true),
                Arguments.of("quoted yes for powerState", HEAD + "vms: [{id: v1, host: h1, powerState: \"yes\"}]\n",
                        false, true),
                Arguments.of("a duplicate id", HEAD + "luns: [{id: l1}, {id: l1}]\n", false, true),
                Arguments.of("a reference to no object", HEAD + "vms: [{id: v1, host: h9}]\n", false, true),
                Arguments.of("free space above capacity", HEAD + "luns: [{id: l1, capacityGb: 1, freeGb: 2}]\n", false, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("knownDifferences")
    void theKnownDifferencesAreAsDocumented(String name, String yaml, boolean loaderAccepts, boolean schemaAccepts)
            throws IOException {
        assertThat(loads(write("difference.yaml", yaml))).as("the loader accepts %s", name).isEqualTo(loaderAccepts);
        assertThat(schema.validate(YAML.readTree(yaml)).isEmpty()).as("the schema accepts %s", name)
                .isEqualTo(schemaAccepts);
    }

    // ------------------------------------------------------------------ (c) the schema's fields are the loader's

    /** A field the loader binds: the JSON pointer of its object in {@link #probeBase()}, its name and type. */
    record Field(String parent, String name, JavaType type) {
        String pointer() {
            return parent + "/" + name;
        }
    }

    @Test
    void theSchemaHasExactlyTheFieldsTheLoaderBinds() {
        List<String> problems = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        walk(type(EstateDocument.class), schemaTree, "", fields, problems, new LinkedHashSet<>());
        assertThat(fields).as("fields found by introspection").hasSizeGreaterThan(70);
        assertThat(fields).extracting(Field::pointer)
                .contains("/formatVersion", "/estate/collectedAt", "/hosts/0/networks/0/iscsiPortBinding",
                        "/vms/0/backup/lastSuccess", "/multipath/0/paths/0/fabric", "/vlans/0/purposes");
        assertThat(problems).isEmpty();
    }

    @Test
    void everyEnumerationListsTheLoadersSpellings() {
        List<Field> fields = boundFields();
        List<String> problems = new ArrayList<>();
        int enums = 0;
        for (Field f : fields) {
            Class<?> raw = leaf(f.type()).getRawClass();
            if (!raw.isEnum()) {
                continue;
            }
            enums++;
            assertThat(Wire.class).as("%s is a wire enumeration", raw).isAssignableFrom(raw);
            List<String> wireNames = Arrays.stream(raw.getEnumConstants()).map(c -> ((Wire) c).wireName()).toList();
            JsonNode node = resolve(schemaAt(f.pointer()));
            if (f.type().isCollectionLikeType()) {
                node = resolve(node.get("items"));
            }
            boolean listed = false;
            for (JsonNode branch : node.path("anyOf")) {
                if (branch.has("enum") && texts(branch.get("enum")).equals(wireNames)) {
                    listed = true;
                }
            }
            if (!listed) {
                problems.add(f.pointer() + ": no branch lists exactly " + wireNames);
            }
        }
        assertThat(enums).as("enumerated fields").isGreaterThanOrEqualTo(15);
        assertThat(problems).isEmpty();
    }

    /**
     * Every bound field, probed with values of the right and the wrong shape in an otherwise valid
     * document: the loader accepts a probe exactly when the schema does, except where pinned.
     */
    @Test
    void theLoaderAndTheSchemaAgreeOnEveryField() throws IOException {
        ObjectNode base = probeBase();
        Path file = dir.resolve("probe.json");
        JSON.writeValue(file.toFile(), base);
        assertThat(loads(file)).as("the probe base loads").isTrue();
        assertThat(messages(schema.validate(base))).as("the probe base is valid").isEmpty();

        Set<String> disagreements = new TreeSet<>();
        int probes = 0;
        int accepted = 0;
        for (Field f : boundFields()) {
            for (Map.Entry<String, JsonNode> probe : probes(f).entrySet()) {
                ObjectNode doc = base.deepCopy();
                object(doc, f.parent()).set(f.name(), probe.getValue());
                JSON.writeValue(file.toFile(), doc);
                boolean loader = acceptsTheFormat(file);
                boolean valid = schema.validate(doc).isEmpty();
                probes++;
                accepted += loader ? 1 : 0;
                if (loader != valid) {
                    disagreements.add(f.pointer() + " " + probe.getKey() + (loader ? ": only the loader accepts"
                            : ": only the schema accepts"));
                }
            }
        }
        assertThat(probes).isGreaterThan(400);
        assertThat(accepted).as("probes the loader accepts").isBetween(100, probes - 100);
        assertThat(disagreements).containsExactlyInAnyOrder(
                "/hosts/0/networks/0/uplinks [null]: only the loader accepts",
                "/luns/0/hosts [null]: only the loader accepts",
                "/portGroups/0/hosts [null]: only the loader accepts",
                "/portGroups/0/purposes [null]: only the loader accepts",
                "/vlans/0/hosts [null]: only the loader accepts",
                "/vlans/0/purposes [null]: only the loader accepts",
                "/vms/0/datastores [null]: only the loader accepts",
                // managedBy is a reference where the document has managers, free text without: the
                // schema cannot make its type depend on another collection, so it takes text.
                "/hosts/0/managedBy \"\": only the schema accepts",
                "/hosts/0/managedBy \" \": only the schema accepts",
                // a range's ids and order are the loader's check, as for the ids of references
                "/portGroups/0/vlanTrunk [\"299-200\"]: only the schema accepts",
                "/portGroups/0/vlanTrunk [\"5000\"]: only the schema accepts");
    }

    /** A document with one object of every kind, each holding only what is required. */
    private static ObjectNode probeBase() throws IOException {
        return (ObjectNode) YAML.readTree("""
                formatVersion: 1
                estate: {name: probe}
                managers: [{id: m1, licenses: [{}]}]
                clusters: [{id: c1}]
                hosts: [{id: h1, hypervisor: {product: esxi}, networks: [{vlan: 10}]}]
                vms: [{id: v1, host: h1, snapshots: [{}], devices: [{type: cdrom}], disks: [{}], partitions: [{path: /}]}]
                luns: [{id: l1}]
                multipath: [{host: h1, lun: l1, paths: [{}]}]
                vlans: [{id: 10}]
                portGroups: [{id: p1}]
                """);
    }

    /** The values a field is probed with, by label. */
    private Map<String, JsonNode> probes(Field f) {
        Map<String, JsonNode> probes = new LinkedHashMap<>();
        JavaType type = f.type();
        probes.put("null", NODES.nullNode());
        probes.put("{x: 1}", NODES.objectNode().put("x", 1));
        if (type.isCollectionLikeType()) {
            probes.put("\"x\"", NODES.textNode("x"));
            probes.put("[null]", NODES.arrayNode().addNull());
            probes.put("[{x: 1}]", NODES.arrayNode().add(NODES.objectNode().put("x", 1)));
            probes.put("[[1]]", NODES.arrayNode().add(NODES.arrayNode().add(1)));
            JavaType item = type.getContentType();
            if (isBean(item)) {
                probes.put("[{}]", NODES.arrayNode().add(NODES.objectNode()));
            } else {
                scalarProbes(f, item).forEach((label, value) -> probes.put("[" + label + "]", NODES.arrayNode().add(value)));
            }
        } else if (type.isMapLikeType()) {
            probes.put("[1]", NODES.arrayNode().add(1));
            probes.put("{a: b}", NODES.objectNode().put("a", "b"));
            probes.put("{a: 1}", NODES.objectNode().put("a", 1));
            probes.put("{a: null}", NODES.objectNode().putNull("a"));
            probes.put("{a: {b: 1}}", NODES.objectNode().set("a", NODES.objectNode().put("b", 1)));
            probes.put("{a: [1]}", NODES.objectNode().set("a", NODES.arrayNode().add(1)));
        } else if (isBean(type)) {
            probes.put("[1]", NODES.arrayNode().add(1));
            probes.put("\"x\"", NODES.textNode("x"));
            probes.put("{}", NODES.objectNode());
        } else {
            probes.put("[1]", NODES.arrayNode().add(1));
            probes.putAll(scalarProbes(f, type));
        }
        return probes;
    }

    /** Probes of a scalar type; for numbers, the values just outside the range the schema gives the field. */
    private Map<String, JsonNode> scalarProbes(Field f, JavaType type) {
        Map<String, JsonNode> probes = new LinkedHashMap<>();
        Class<?> raw = type.getRawClass();
        if (raw == String.class) {
            probes.put("\"text\"", NODES.textNode("text"));
            probes.put("\"\"", NODES.textNode(""));
            probes.put("\" \"", NODES.textNode(" "));
            probes.put("8.10", NODES.numberNode(new java.math.BigDecimal("8.10")));
            probes.put("false", NODES.booleanNode(false));
            probes.put("\"x\".repeat(65536)", NODES.textNode("x".repeat(65_536)));
            probes.put("\"x\".repeat(65537)", NODES.textNode("x".repeat(65_537)));
        } else if (raw == Integer.class || raw == Double.class) {
            probes.put("\"12\"", NODES.textNode("12"));
            probes.put("true", NODES.booleanNode(true));
            JsonNode range = resolve(schemaAt(f.pointer()));
            if (f.type().isCollectionLikeType()) {
                range = resolve(range.get("items"));
            }
            if (range.has("const")) {
                probes.put("const - 1", NODES.numberNode(range.get("const").asLong() - 1));
                probes.put("const + 1", NODES.numberNode(range.get("const").asLong() + 1));
                return probes;
            }
            assertThat(range.has("minimum")).as("%s has a minimum in the schema", f.pointer()).isTrue();
            long min = range.get("minimum").asLong();
            probes.put("minimum - 1", NODES.numberNode(min - 1));
            probes.put("minimum", NODES.numberNode(min));
            if (raw == Integer.class) {
                assertThat(range.has("maximum")).as("%s has a maximum in the schema", f.pointer()).isTrue();
                long max = range.get("maximum").asLong();
                probes.put("maximum", NODES.numberNode(max));
                probes.put("maximum + 1", NODES.numberNode(max + 1));
                probes.put("1.5", NODES.numberNode(1.5));
            } else {
                probes.put("1.5", NODES.numberNode(1.5));
                probes.put("minimum - 0.5", NODES.numberNode(min - 0.5));
            }
        } else if (raw == Boolean.class) {
            for (String word : List.of("true", "Yes", " off ", "NO", "maybe", "y", "1", "")) {
                probes.put("\"" + word + "\"", NODES.textNode(word));
            }
            probes.put("true", NODES.booleanNode(true));
            probes.put("false", NODES.booleanNode(false));
            probes.put("1", NODES.numberNode(1));
        } else if (raw.isEnum()) {
            for (Object constant : raw.getEnumConstants()) {
                String wire = ((Wire) constant).wireName();
                probes.put("\"" + wire + "\"", NODES.textNode(wire));
                probes.put("\"" + ((Enum<?>) constant).name() + "\"", NODES.textNode(((Enum<?>) constant).name()));
            }
            probes.put("\" Other \"", NODES.textNode(" Other "));
            probes.put("\"no-such-value\"", NODES.textNode("no-such-value"));
            probes.put("\"\"", NODES.textNode(""));
            probes.put("true", NODES.booleanNode(true));
            probes.put("1", NODES.numberNode(1));
        } else if (raw == LicenseTotal.class) {
            for (int n : new int[] {0, -1, 64}) {
                probes.put(String.valueOf(n), NODES.numberNode(n));
            }
            probes.put("2147483648", NODES.numberNode(2_147_483_648L));
            for (String word : List.of("unlimited", " UNLIMITED ", "64", "lots", "")) {
                probes.put("\"" + word + "\"", NODES.textNode(word));
            }
            probes.put("1.5", NODES.numberNode(1.5));
            probes.put("true", NODES.booleanNode(true));
        } else if (raw == VlanRange.class) {
            for (int n : new int[] {0, -1, 4094, 4095}) {
                probes.put(String.valueOf(n), NODES.numberNode(n));
            }
            for (String word : List.of("200-299", " 100 - 200 ", "299-200", "100", "5000", "-5", "x", "1-2-3", "")) {
                probes.put("\"" + word + "\"", NODES.textNode(word));
            }
            probes.put("1.5", NODES.numberNode(1.5));
            probes.put("true", NODES.booleanNode(true));
        } else if (raw == Instant.class || raw == BackupTime.class || raw == LicenseExpiry.class) {
            for (String time : List.of("2026-11-20", "2026-11-20T08:00:00Z", "2026-11-20 08:00", "2026-11-20t08:00z",
                    "2026-11-20T08:00:00.123456789+01:00", "2026-11-20T08:00:00-05", " 2026-11-20 ",
                    "20261120", "2026-13-01", "2026-11-20T24:00:00Z", "2026-11-20T08Z", "2026-11-20T08:00:00+0200",
                    "never", "NEVER", "nope", "")) {
                probes.put("\"" + time + "\"", NODES.textNode(time));
            }
            probes.put("20261120", NODES.numberNode(20261120));
        } else if (raw == Limit.class) {
            for (String word : List.of("none", "NONE", " none ", "unlimited", "-1", "12", "")) {
                probes.put("\"" + word + "\"", NODES.textNode(word));
            }
            probes.put("0", NODES.numberNode(0));
            probes.put("4000", NODES.numberNode(4000));
            probes.put("1.5", NODES.numberNode(1.5));
            probes.put("-1", NODES.numberNode(-1));
            probes.put("-0.5", NODES.numberNode(-0.5));
            probes.put("true", NODES.booleanNode(true));
        } else if (raw == HardwareVersion.class) {
            for (String word : List.of("19", "vmx-19", "VMX-19", " vmx-19 ", "vmx-0", "vmx-", "vmx-19.5", "vmx19",
                    "0019", "1234567890", "vmx-2147483648", "x", "")) {
                probes.put("\"" + word + "\"", NODES.textNode(word));
            }
            probes.put("19", NODES.numberNode(19));
            probes.put("1", NODES.numberNode(1));
            probes.put("0", NODES.numberNode(0));
            probes.put("-1", NODES.numberNode(-1));
            probes.put("2147483647", NODES.numberNode(2147483647));
            probes.put("2147483648", NODES.numberNode(2147483648L));
            probes.put("1.5", NODES.numberNode(1.5));
            probes.put("true", NODES.booleanNode(true));
        }
        return probes;
    }

    private List<Field> boundFields() {
        List<Field> fields = new ArrayList<>();
        walk(type(EstateDocument.class), schemaTree, "", fields, new ArrayList<>(), new LinkedHashSet<>());
        return fields;
    }

    /**
     * Walks the loader's bean deserializers from {@code type} and the schema from {@code node} side by
     * side: records each bound field (with the pointer of its object in {@link #probeBase()}) and
     * notes any field only one side has, and objects that would let unknown keys through.
     */
    private static void walk(JavaType type, JsonNode node, String at, List<Field> fields, List<String> problems,
                             Set<Class<?>> open) {
        if (!open.add(type.getRawClass())) {
            problems.add(at + ": " + type + " contains itself");
            return;
        }
        JsonNode object = resolve(node);
        if (!object.path("additionalProperties").isBoolean() || object.get("additionalProperties").asBoolean()) {
            problems.add(at + ": the schema lets unknown keys through (additionalProperties is not false)");
        }
        Map<String, JavaType> bound = boundProperties(type);
        Set<String> inSchema = new TreeSet<>();
        object.path("properties").fieldNames().forEachRemaining(inSchema::add);
        for (String name : inSchema) {
            if (!bound.containsKey(name)) {
                problems.add(at + "/" + name + ": in the schema, but the loader does not bind it");
            }
        }
        for (Map.Entry<String, JavaType> e : bound.entrySet()) {
            String name = e.getKey();
            JavaType fieldType = e.getValue();
            JsonNode property = object.path("properties").get(name);
            if (property == null) {
                problems.add(at + "/" + name + ": bound by the loader (" + fieldType + "), missing from the schema");
                continue;
            }
            fields.add(new Field(at, name, fieldType));
            JsonNode resolved = resolve(property);
            Set<String> types = jsonTypes(property);
            if (fieldType.isCollectionLikeType()) {
                if (!types.contains("array")) {
                    problems.add(at + "/" + name + ": a list to the loader, not an array in the schema");
                    continue;
                }
                JavaType item = fieldType.getContentType();
                if (isBean(item)) {
                    walk(item, resolved.get("items"), at + "/" + name + "/0", fields, problems, open);
                } else {
                    scalar(item, resolved.get("items"), at + "/" + name + "[]", problems);
                }
            } else if (fieldType.isMapLikeType()) {
                if (!types.contains("object") || !resolved.path("additionalProperties").isObject()) {
                    problems.add(at + "/" + name + ": a map to the loader, not an open object in the schema");
                }
            } else if (isBean(fieldType)) {
                walk(fieldType, property, at + "/" + name, fields, problems, open);
            } else {
                scalar(fieldType, property, at + "/" + name, problems);
            }
        }
        open.remove(type.getRawClass());
    }

    /** Checks that the schema gives a scalar field the JSON type the loader reads it from. */
    private static void scalar(JavaType type, JsonNode node, String at, List<String> problems) {
        Class<?> raw = type.getRawClass();
        Set<String> types = jsonTypes(node);
        Set<String> expected;
        if (raw == String.class) {
            expected = Set.of("string", "number", "boolean");
        } else if (raw == Integer.class) {
            expected = Set.of("integer");
        } else if (raw == Double.class) {
            expected = Set.of("number");
        } else if (raw == Boolean.class) {
            expected = Set.of("boolean", "string");
        } else if (raw.isEnum() || raw == Instant.class || raw == BackupTime.class || raw == LicenseExpiry.class) {
            expected = Set.of("string");
        } else if (raw == Limit.class) {
            expected = Set.of("number", "string");
        } else if (raw == HardwareVersion.class || raw == LicenseTotal.class || raw == VlanRange.class) {
            expected = Set.of("integer", "string");
        } else {
            problems.add(at + ": a value of type " + raw.getName() + " this test does not know");
            return;
        }
        if (!types.containsAll(expected)) {
            problems.add(at + ": " + raw.getSimpleName() + " to the loader, but the schema allows " + types);
        }
        if (raw == Integer.class && types.contains("number")) {
            problems.add(at + ": a whole number to the loader, any number in the schema");
        }
    }

    /** The properties a type's deserializer binds, as the loader's mapper builds it. */
    private static Map<String, JavaType> boundProperties(JavaType type) {
        JsonDeserializer<Object> deserializer = deserializer(type);
        assertThat(deserializer).as("the loader binds %s as a bean", type).isInstanceOf(BeanDeserializerBase.class);
        Map<String, JavaType> properties = new TreeMap<>();
        ((BeanDeserializerBase) deserializer).properties().forEachRemaining(p -> properties.put(p.getName(), p.getType()));
        assertThat(properties).as("properties of %s", type).isNotEmpty();
        return properties;
    }

    /** Whether the loader reads a type as an object of named fields (not a value such as a time or a word). */
    private static boolean isBean(JavaType type) {
        return deserializer(type) instanceof BeanDeserializerBase;
    }

    /** The deserializer of a type in the loader's mapper. */
    private static JsonDeserializer<Object> deserializer(JavaType type) {
        ObjectMapper mapper = DocumentBinder.mapper();
        DeserializationConfig config = mapper.getDeserializationConfig();
        DefaultDeserializationContext context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                .createInstance(config, null, mapper.getInjectableValues());
        try {
            return context.findRootValueDeserializer(type);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            throw new AssertionError("no deserializer for " + type, e);
        }
    }

    private static JavaType type(Class<?> raw) {
        return DocumentBinder.mapper().constructType(raw);
    }

    private static JavaType leaf(JavaType type) {
        return type.isCollectionLikeType() ? type.getContentType() : type;
    }

    /** The schema node at a field pointer of the probe base: /hosts/0/cpu/sockets. */
    private static JsonNode schemaAt(String pointer) {
        JsonNode node = schemaTree;
        for (String token : pointer.substring(1).split("/")) {
            node = resolve(node);
            node = token.matches("\\d+") ? node.get("items") : node.path("properties").get(token);
            assertThat(node).as("the schema has %s", pointer).isNotNull();
        }
        return node;
    }

    /** A node with its {@code $ref} (to the schema's own $defs) followed. */
    private static JsonNode resolve(JsonNode node) {
        JsonNode at = node;
        while (at.has("$ref")) {
            String ref = at.get("$ref").asText();
            assertThat(ref).startsWith("#/");
            at = schemaTree.at(ref.substring(1));
            assertThat(at.isMissingNode()).as("%s resolves", ref).isFalse();
        }
        return at;
    }

    /** The JSON types a schema node can accept: its type keyword, its anyOf branches and its enum values. */
    private static Set<String> jsonTypes(JsonNode node) {
        Set<String> types = new TreeSet<>();
        JsonNode at = node;
        while (true) {
            collectTypes(at, types);
            if (!at.has("$ref")) {
                break;
            }
            at = schemaTree.at(at.get("$ref").asText().substring(1));
        }
        return types;
    }

    private static void collectTypes(JsonNode node, Set<String> types) {
        JsonNode type = node.get("type");
        if (type != null) {
            if (type.isArray()) {
                type.forEach(t -> types.add(t.asText()));
            } else {
                types.add(type.asText());
            }
        }
        if (node.has("enum")) {
            node.get("enum").forEach(v -> types.add(v.isTextual() ? "string" : v.getNodeType().name().toLowerCase()));
        }
        for (JsonNode branch : node.path("anyOf")) {
            types.addAll(jsonTypes(branch));
        }
    }

    // ------------------------------------------------------------------ helpers

    /** The object at a pointer of a document, created (as an empty mapping) where it is missing. */
    private static ObjectNode object(ObjectNode doc, String pointer) {
        JsonNode node = doc;
        if (pointer.isEmpty()) {
            return doc;
        }
        for (String token : pointer.substring(1).split("/")) {
            if (node instanceof ArrayNode array) {
                node = array.get(Integer.parseInt(token));
            } else {
                ObjectNode parent = (ObjectNode) node;
                JsonNode child = parent.get(token);
                node = child == null || child.isNull() ? parent.putObject(token) : child;
            }
        }
        return (ObjectNode) node;
    }

    private static final Pattern CROSS_CHECK = Pattern.compile(
            "unknown (cluster|host|lun|vlan|port group|manager) '.*\\S.*' \\(no [\\w ]+ has this id\\)|duplicate id '.*' \\(first defined at .*\\)");

    /**
     * Whether the loader accepts a probe document, or refuses it only because a probe value broke a
     * reference or an id of the base (VLAN 0 where the base's host network is on VLAN 10): that is
     * the cross-check's business, which no schema can do, not the format's. A blank reference never
     * resolves, and the schema refuses it: that refusal stands.
     */
    private static boolean acceptsTheFormat(Path file) {
        try {
            new EstateAssembler(TestEstates.CLOCK).assemble(new DocumentImporter().read(file, file.getFileName().toString()));
            return true;
        } catch (InputException e) {
            return e.errors().stream().allMatch(error -> CROSS_CHECK.matcher(error.message()).matches());
        }
    }

    private static boolean loads(Path file) {
        try {
            new EstateAssembler(TestEstates.CLOCK).assemble(new DocumentImporter().read(file, file.getFileName().toString()));
            return true;
        } catch (InputException e) {
            return false;
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(v -> texts.add(v.asText()));
        return texts;
    }

    private static List<String> messages(Collection<Error> errors) {
        return errors.stream().map(Error::toString).toList();
    }
}
