package io.virtaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.virtaudit.importer.EstateAdditionsFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code virtaudit import} writes the managers and the added host, cluster, LUN and port group fields back as read. */
class ImportAdditionsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theAddedFieldsRoundTripThroughYamlAndJson() throws IOException {
        Path input = Files.writeString(dir.resolve("in.yaml"), EstateAdditionsFixture.YAML);
        for (String output : new String[] {"out.yaml", "out.json"}) {
            Path written = dir.resolve(output);
            CliRun run = CliRun.of("import", input.toString(), "-o", written.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode tree = (output.endsWith(".json") ? JSON : YAML).readTree(written.toFile());
            assertThat(tree.at("/managers/0/licenses/0/total").asInt()).isEqualTo(64);
            assertThat(tree.at("/managers/0/licenses/0/expires").asText()).isEqualTo("2027-03-30T00:00:00Z");
            assertThat(tree.at("/managers/0/licenses/1/total").asText()).isEqualTo("unlimited");
            assertThat(tree.at("/managers/0/licenses/1/expires").asText()).isEqualTo("never");
            assertThat(tree.at("/managers/0/build").asText()).isEqualTo("24674346");
            assertThat(tree.at("/hosts/0/hypervisor/build").asText()).isEqualTo("22380479");
            assertThat(tree.at("/hosts/0/connectionState").asText()).isEqualTo("not-responding");
            assertThat(tree.at("/hosts/0/connected").isMissingNode()).as("the derivation is not written").isTrue();
            assertThat(tree.at("/hosts/0/services/shell/startPolicy").asText()).isEqualTo("with-ports");
            assertThat(tree.at("/hosts/0/lockdownMode").asText()).isEqualTo("normal");
            assertThat(tree.at("/hosts/1/services/ssh/startPolicy").asText()).isEqualTo("with-host");
            assertThat(tree.at("/hosts/1/syslogTargets").isArray()).isTrue();
            assertThat(tree.at("/hosts/1/syslogTargets")).isEmpty();
            assertThat(tree.at("/portGroups/1/vlanTrunk").toString())
                    .isIn("[100,\"200-299\",\"0-4094\"]", "[\"100\",\"200-299\",\"0-4094\"]");
            assertThat(tree.at("/portGroups/0/security/allowMacChanges").asBoolean()).isTrue();
            assertThat(tree.at("/luns/0/protocol").asText()).isEqualTo("sas");

            Path again = dir.resolve("again-" + output);
            CliRun reimport = CliRun.of("import", written.toString(), "-o", again.toString());
            assertThat(reimport.exitCode()).as(reimport.err()).isZero();
            assertThat(Files.readString(again)).as("importing the import changes nothing")
                    .isEqualTo(Files.readString(written));
        }
    }
}
