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
    void theConsultantsThreeInputsRoundTrip() throws IOException {
        assertRoundTrip(dir, "consultant.yaml", "sample-data/rvtools/RVTools_export_all.xlsx",
                "sample-data/rvtools/cmdb/vms.csv", "sample-data/rvtools/storage/luns.csv");
        String imported = Files.readString(dir.resolve("consultant.yaml"));
        assertThat(imported).contains("environment: production").contains("mode: alua").contains("scsiModel");
    }

    @Test
    void findingsOfMergedInputsPointToSheetAndRow() throws IOException {
        Path json = dir.resolve("f.json");
        CliRun run = CliRun.of("check", "sample-data/rvtools/RVTools_export_all.xlsx", "sample-data/rvtools/cmdb/vms.csv",
                "sample-data/rvtools/storage/luns.csv", "-o", json.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        JsonNode bkp = null;
        for (JsonNode f : doc.get("findings")) {
            if (f.get("ruleId").asText().equals("BKP-001")) {
                bkp = f;
            }
        }
        assertThat(bkp).as("BKP-001 needs the CMDB's backup policy merged onto the RVTools VM").isNotNull();
        assertThat(bkp.at("/source/file").asText()).isEqualTo("sample-data/rvtools/RVTools_export_all.xlsx");
        assertThat(bkp.at("/source/location").asText()).matches("vInfo!\\d+");
        assertThat(doc.at("/estate/name").asText()).isEqualTo("vc01.acme.local");
    }

    @Test
    void aConflictBetweenTheExportAndTheCmdbNamesBothSources() throws IOException {
        Path cmdb = dir.resolve("vms.csv");
        Files.writeString(cmdb, "id,vcpus\ncrm01,64\n");
        CliRun run = CliRun.of("check", "sample-data/rvtools/RVTools_export_all.xlsx", cmdb.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: " + cmdb + ":2: conflicting values for vms 'crm01' vcpus: 64 here, ")
                .contains(" in sample-data/rvtools/RVTools_export_all.xlsx:vInfo!");
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
