package io.virtaudit;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.plugin.PluginJar;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution a user without Maven downloads ({@code target/virtaudit-VERSION.zip}, made in
 * {@code package}): unpacked into an empty folder, its {@code bin/virtaudit} checks the sample
 * with Java alone. Runs in {@code verify}, after the zip exists.
 */
class DistributionIT {

    private static final Path ZIP = Path.of(System.getProperty("virtaudit.distribution",
            "target/virtaudit-" + System.getProperty("virtaudit.version", "1.0.0") + ".zip"));
    private static final String TOP = "virtaudit-" + System.getProperty("virtaudit.version", "1.0.0") + "/";

    /** Every entry of the zip with its Unix mode. */
    private static Map<String, Integer> entries;

    @TempDir
    static Path unpacked;

    @BeforeAll
    static void unpack() throws IOException {
        assertThat(ZIP).as("the distribution made by mvn package").isRegularFile();
        entries = new TreeMap<>();
        try (ZipFile zip = ZipFile.builder().setPath(ZIP).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                entries.put(entry.getName(), entry.getUnixMode());
                Path target = unpacked.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(unpacked)).as("entry %s stays inside the folder", entry.getName()).isTrue();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                if ((entry.getUnixMode() & 0100) != 0) {
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
    }

    @Test
    void holdsTheLaunchersTheJarAndTheUsersFolders() {
        assertThat(entries).containsKeys(TOP + "bin/virtaudit", TOP + "bin/virtaudit.cmd", TOP + "bin/jvm.options", TOP + "lib/virtaudit.jar",
                TOP + "README.md", TOP + "rules/compute.drl", TOP + "rules/lifecycle.drl.xlsx",
                TOP + "rules/fixtures/STO-003.yaml", TOP + "rules/fixtures/edge-cases/EDGE-7-unknown-is-not-false.yaml",
                TOP + "reports-templates/virtaudit-report.xlsx", TOP + "policy/default-policy.yaml",
                TOP + "sample-data/acme-estate.yaml", TOP + "sample-data/rvtools/RVTools_export_all.xlsx",
                TOP + "docs/rules.md", TOP + "docs/catalogue.md", TOP + "docs/estate.schema.json",
                TOP + "plugins/README.md");
        assertThat(entries.get(TOP + "bin/virtaudit") & 0777).as("bin/virtaudit is executable").isEqualTo(0755);
        assertThat(entries.keySet()).allSatisfy(name -> assertThat(name).startsWith(TOP));
    }

    @Test
    void theWindowsLauncherRunsTheShippedJar() throws IOException {
        String cmd = Files.readString(unpacked.resolve(TOP + "bin/virtaudit.cmd"), StandardCharsets.UTF_8);
        assertThat(cmd).contains("\r\n").contains("-jar \"%VIRTAUDIT_HOME%\\lib\\virtaudit.jar\" %*")
                .as("the JVM options come from the one options file").contains("@\"%VIRTAUDIT_HOME%\\bin\\jvm.options\"")
                .doesNotContain("-XX:");
        assertThat(unpacked.resolve(TOP + "lib/virtaudit.jar")).isRegularFile();
    }

    @Test
    void binVirtauditChecksTheSampleWithJavaAlone() throws Exception {
        Path home = unpacked.resolve(TOP);
        Path report = unpacked.resolve("out/acme.xlsx");
        Run run = run(home, "bin/virtaudit", "check", "sample-data/acme-estate.yaml", "-o", report.toString());
        assertThat(run.code).as(run.output).isZero();
        assertThat(run.output).doesNotContain("building the jar").doesNotContain("Maven was called")
                .contains("findings").contains("wrote " + report);
        try (InputStream in = Files.newInputStream(report); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheet("Findings")).isNotNull();
            assertThat(workbook.getSheet("Findings").getLastRowNum()).isGreaterThan(100);
        }
        Run version = run(home, "bin/virtaudit", "--version");
        assertThat(version.code).as(version.output).isZero();
        assertThat(version.output).contains(System.getProperty("virtaudit.version", "1.0.0"));
    }

    @Test
    void binVirtauditRunsTheBuiltInPacksFixturesFromTheJar() throws Exception {
        Run run = run(unpacked.resolve(TOP), "bin/virtaudit", "rules", "test", "--rule", "STO-003");
        assertThat(run.code).as(run.output).isZero();
        assertThat(run.output).contains("PASS  STO-003  ").endsWith("2 passed, 0 failed (1 fixture)\n");
    }

    @Test
    void aJarInThePluginsFolderAddsItsFormats() throws Exception {
        Path home = unpacked.resolve(TOP);
        PluginJar.example(home.resolve("plugins/example-plugin.jar"));
        Path hosts = Files.writeString(unpacked.resolve("in.hosts.txt"), "esx01 esxi\nesx02 esxi\n");
        Path out = unpacked.resolve("plugin-out");
        Run run = run(home, "bin/virtaudit", "check", hosts.toString(), "--format", "count,json",
                "--output-dir", out.toString());
        assertThat(run.code).as(run.output).isZero();
        assertThat(run.output).contains("in.hosts: ").contains("wrote " + out.resolve("virtaudit-report.count.txt"));
        assertThat(Files.readString(out.resolve("virtaudit-report.count.txt"))).matches("[1-9]\\d*\n");
        Run help = run(home, "bin/virtaudit", "check", "--help");
        assertThat(help.output).contains("(plugin example-plugin.jar)").contains("  md        .md");
        Files.delete(home.resolve("plugins/example-plugin.jar"));
    }

    private record Run(int code, String output) {
    }

    /**
     * Runs a command in the unpacked folder with the test's Java first on the PATH and, before
     * everything, an {@code mvn} that fails loudly: the distribution must never call Maven.
     */
    private static Run run(Path home, String... command) throws Exception {
        Path bin = Files.createDirectories(unpacked.resolve("no-maven"));
        Path mvn = bin.resolve("mvn");
        if (!Files.exists(mvn)) {
            Files.writeString(mvn, "#!/bin/sh\necho 'Maven was called' >&2\nexit 99\n");
            Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        List<String> args = new ArrayList<>(List.of(command));
        args.set(0, home.resolve(command[0]).toString());
        ProcessBuilder builder = new ProcessBuilder(args).directory(home.toFile()).redirectErrorStream(true);
        builder.environment().put("PATH", bin + ":" + Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
        builder.environment().remove("VIRTAUDIT_JAVA_OPTS");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
        return new Run(process.exitValue(), output);
    }
}
