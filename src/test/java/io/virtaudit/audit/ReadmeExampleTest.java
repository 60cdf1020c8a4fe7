package io.virtaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The example of README.md's "Embedding virtaudit", compiled and run so that it cannot rot: the
 * lines between the markers below are the README's code block, word for word (the second test
 * compares them).
 */
class ReadmeExampleTest {

    private static final Path SOURCE = Path.of("src/test/java/io/virtaudit/audit/ReadmeExampleTest.java");

    @Test
    void theReadmeExampleRuns() throws IOException {
        // README example begins
        Audit audit = Audit.builder()
                .inputs(Path.of("sample-data/acme-estate.yaml"))
                .policy(Path.of("sample-data/policy-strict.yaml"))
                .warnings(warning -> System.err.println("warning: " + warning.render()))
                .build();
        Report report = audit.run();
        System.out.println(report.summary().findings() + " findings, score " + report.summary().score());
        report.findings().stream().limit(5).forEach(f -> System.out.println(f.ruleId() + " " + f.message()));
        Path out = Files.createTempDirectory("virtaudit");
        audit.write(report, out.resolve("findings.json"), out.resolve("report.xlsx"));
        // README example ends
        assertThat(report.findings()).isNotEmpty();
        assertThat(out.resolve("findings.json")).isNotEmptyFile();
        assertThat(out.resolve("report.xlsx")).isNotEmptyFile();
        Files.delete(out.resolve("findings.json"));
        Files.delete(out.resolve("report.xlsx"));
        Files.delete(out);
    }

    @Test
    void theReadmeShowsThisExample() throws IOException {
        String test = Files.readString(SOURCE);
        Matcher body = Pattern.compile("// README example begins\\n(.*?)\\n\\s*// README example ends", Pattern.DOTALL)
                .matcher(test.substring(test.indexOf("void theReadmeExampleRuns")));
        assertThat(body.find()).isTrue();
        String example = body.group(1).lines().map(line -> line.replaceFirst("^ {8}", ""))
                .reduce((a, b) -> a + "\n" + b).orElseThrow();
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## Embedding virtaudit"));
        Matcher block = Pattern.compile("```java\\n(.*?)\\n```", Pattern.DOTALL).matcher(section);
        assertThat(block.find()).as("a java block in the README's Embedding virtaudit").isTrue();
        assertThat(block.group(1)).contains(example);
    }
}
