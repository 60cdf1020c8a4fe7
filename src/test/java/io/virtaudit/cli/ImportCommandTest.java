package io.virtaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dir;

    /** What makes two findings the same across inputs: rule, subject, severity and message. */
    static List<String> findings(Path json) throws IOException {
        List<String> out = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(json.toFile()).get("findings")) {
            out.add(f.get("ruleId").asText() + " " + f.at("/subject/type").asText() + " " + f.at("/subject/id").asText()
                    + " " + f.get("severity").asText() + " " + f.get("message").asText());
        }
        return out;
    }

    /** Checks the inputs, imports them, checks the import: the findings must be the same. */
    static void assertRoundTrip(Path dir, String output, String... inputs) throws IOException {
        Path before = dir.resolve("before.json");
        List<String> check = new ArrayList<>(List.of("check"));
        check.addAll(List.of(inputs));
        check.addAll(List.of("-o", before.toString()));
        CliRun checked = CliRun.of(check.toArray(String[]::new));
        assertThat(checked.exitCode()).as(checked.err()).isZero();

        Path imported = dir.resolve(output);
        List<String> importArgs = new ArrayList<>(List.of("import"));
        importArgs.addAll(List.of(inputs));
        importArgs.addAll(List.of("-o", imported.toString()));
        CliRun run = CliRun.of(importArgs.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("wrote " + imported);

        Path after = dir.resolve("after.json");
        CliRun rechecked = CliRun.of("check", imported.toString(), "-o", after.toString());
        assertThat(rechecked.exitCode()).as(rechecked.err()).isZero();
        assertThat(findings(after)).isNotEmpty().isEqualTo(findings(before));
    }

    @Test
    void importingTheSampleRoundTripsAsYamlAndJson() throws IOException {
        assertRoundTrip(dir, "acme.yaml", "sample-data/acme-estate.yaml");
        assertRoundTrip(dir, "acme.json", "sample-data/acme-estate.yaml");
    }

    @Test
    void importingMergedInputsRoundTrips() throws IOException {
        Path cmdb = dir.resolve("cmdb.json");
        Files.writeString(cmdb, "{\"vms\": [{\"id\": \"trade01\", \"criticality\": \"critical\", \"backup\": {\"policy\": \"none\"}}]}");
        assertRoundTrip(dir, "merged.yaml", "sample-data/lab.yaml", cmdb.toString());
        assertThat(Files.readString(dir.resolve("merged.yaml"))).contains("criticality: critical").contains("policy: none");
    }

    @Test
    void importRefusesToOverwriteAnInputAndNeedsAKnownExtension() {
        CliRun same = CliRun.of("import", "sample-data/lab.yaml", "-o", "sample-data/lab.yaml");
        assertThat(same.exitCode()).isEqualTo(2);
        assertThat(same.err()).contains("would overwrite an input");
        CliRun txt = CliRun.of("import", "sample-data/lab.yaml", "-o", dir.resolve("x.txt").toString());
        assertThat(txt.exitCode()).isEqualTo(2);
        assertThat(txt.err()).contains("must be named .yaml, .yml or .json");
    }
}
