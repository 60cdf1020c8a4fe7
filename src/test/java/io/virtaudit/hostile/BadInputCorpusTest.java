package io.virtaudit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.virtaudit.TestEstates;
import io.virtaudit.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus ({@code bad-inputs/cases*.yaml}, one file per kind of input): every case is
 * a command line over files that are wrong in one way, and the exact error it must give. Each must
 * exit 2 with one line per error, {@code error: FILE:LOCATION: message}, no stack trace, no report
 * written, within seconds.
 */
class BadInputCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/bad-inputs");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyCase() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.filter(f -> f.getFileName().toString().matches("cases.*\\.yaml")).sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path file : files) {
            for (JsonNode c : YAML.readTree(file.toFile()).get("cases")) {
                names.add(c.get("name").asText());
                tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> run(c)));
            }
        }
        assertThat(names).as("case names, which name their folders").doesNotHaveDuplicates();
        assertThat(tests).as("the corpus holds at least forty cases").hasSizeGreaterThanOrEqualTo(40);
        return tests.stream();
    }

    private void run(JsonNode c) throws IOException {
        Path work = Files.createDirectories(dir.resolve(c.get("name").asText()));
        if (c.has("files")) {
            var names = c.get("files").fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                JsonNode content = c.get("files").get(name);
                Path file = work.resolve(name);
                Files.createDirectories(file.getParent());
                if (content.isObject() && content.has("base64")) {
                    Files.write(file, Base64.getMimeDecoder().decode(content.get("base64").asText()));
                } else if (content.isObject() && content.has("generate")) {
                    HostileFiles.generate(content.get("generate").asText(), file);
                } else if (content.isObject() && content.has("copy")) {
                    Files.copy(Path.of(content.get("copy").asText()), file);
                } else if (content.isObject() && content.has("latin1")) {
                    Files.write(file, content.get("latin1").asText().getBytes(StandardCharsets.ISO_8859_1));
                } else {
                    Files.writeString(file, content.asText());
                }
            }
        }
        List<String> args = new ArrayList<>();
        c.get("args").forEach(a -> args.add(a.asText().replace("{dir}", work.toString())));
        List<String> before = listing(work);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
                Main.run(TestEstates.CLOCK, new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new)));
        List<String> lines = err.toString().lines().toList();
        String capture = System.getProperty("corpus.capture");
        if (capture != null) {
            String raw = String.join("\n", lines).replace(work.toString(), "{dir}");
            Files.writeString(Path.of(capture), c.get("name").asText() + "\t" + code + "\t" + raw.replace("\n", "\\n") + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            return;
        }
        List<String> expected = new ArrayList<>();
        if (c.has("error")) {
            expected.add(c.get("error").asText().replace("{dir}", work.toString()));
        } else {
            c.get("errors").forEach(e -> expected.add(e.asText().replace("{dir}", work.toString())));
        }
        assertThat(code).as("exit code; stderr: %s", err).isEqualTo(2);
        assertThat(lines).as("stderr").isEqualTo(expected);
        assertThat(err.toString()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(listing(work)).as("nothing written").isEqualTo(before);
    }

    private static List<String> listing(Path work) throws IOException {
        try (Stream<Path> files = Files.walk(work)) {
            return files.map(p -> work.relativize(p).toString()).sorted().toList();
        }
    }
}
