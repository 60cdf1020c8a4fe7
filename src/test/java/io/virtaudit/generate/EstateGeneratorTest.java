package io.virtaudit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.virtaudit.TestEstates;
import io.virtaudit.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EstateGeneratorTest {

    @TempDir
    Path dir;

    private static byte[] generate(int vms, long seed, boolean yaml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EstateGenerator(vms, seed).write(out, yaml);
        return out.toByteArray();
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(TestEstates.CLOCK, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void sameSeedGivesIdenticalBytes() throws IOException {
        assertThat(generate(3000, 42, false)).isEqualTo(generate(3000, 42, false));
        assertThat(generate(3000, 42, true)).isEqualTo(generate(3000, 42, true));
        assertThat(generate(3000, 43, false)).isNotEqualTo(generate(3000, 42, false));
    }

    @Test
    void theCommandWritesTheSameBytesTwice() throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        assertThat(run("generate", "--vms", "500", "--seed", "7", "-o", a.toString())[0]).isEqualTo("0");
        assertThat(run("generate", "--vms", "500", "--seed", "7", "-o", b.toString())[0]).isEqualTo("0");
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }

    @Test
    void hasTheShapeTheBenchmarkAssumes() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(generate(10_000, 1, false));
        assertThat(doc.at("/formatVersion").asInt()).isEqualTo(1);
        assertThat(doc.at("/vms").size()).isEqualTo(10_000);
        assertThat(doc.at("/hosts").size()).isEqualTo(1_000);
        assertThat(doc.at("/clusters").size()).isEqualTo(63);
        assertThat(doc.at("/luns").size()).isBetween(2_000, 2_100);
        assertThat(doc.at("/multipath").size()).isBetween(7_000, 8_500);
        Set<String> products = new TreeSet<>();
        doc.at("/hosts").forEach(h -> products.add(h.at("/hypervisor/product").asText()));
        assertThat(products).contains("esxi", "hyperv", "proxmox", "ovirt", "kvm", "citrix", "virtualbox", "lxc",
                "powervm");
    }

    @Test
    void aTwoThousandVmEstateLoadsAndMostRulesFire() throws IOException {
        Path estate = dir.resolve("estate.yaml");
        Files.write(estate, generate(2_000, 1, true));
        String[] validate = run("validate", estate.toString());
        assertThat(validate[0]).as(validate[2]).isEqualTo("0");
        assertThat(validate[1]).contains("2000 vms", "200 hosts");

        Path json = estate.resolveSibling("findings.json");
        String[] check = run("check", estate.toString(), "-o", json.toString());
        assertThat(check[0]).as(check[2]).isEqualTo("0");
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        Set<String> fired = new TreeSet<>();
        report.at("/findings").forEach(f -> fired.add(f.at("/ruleId").asText()));
        int catalogue = TestEstates.builtIn().rules().size();
        assertThat(fired.size()).as("rules that fire: %s", fired).isGreaterThanOrEqualTo(catalogue * 9 / 10);
        int objects = 2_000 + 200 + report.at("/estate/counts/luns").asInt() + report.at("/estate/counts/multipath").asInt();
        assertThat(report.at("/findings").size()).as("a few percent of objects with slips, not most")
                .isLessThan(objects / 2);
    }
}
