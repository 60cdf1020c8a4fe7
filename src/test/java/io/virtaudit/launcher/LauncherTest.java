package io.virtaudit.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checkout's launcher ({@code ./virtaudit}) on its first use: it builds the jar with Maven and
 * shows only its own line unless the build fails, when Maven's output is shown. Maven is stood in
 * for by a script that prints what Maven prints (colour codes included) and puts a small jar in
 * place, so the test takes a second and never builds the project inside its own build.
 */
class LauncherTest {

    /** What the stand-in Maven prints on a terminal that it believes has colours. */
    private static final String MAVEN_NOISE = "\u001b[0m\u001b[0mvirtaudit: wrote the precompiled built-in pack\u001b[0m";

    @TempDir
    Path dir;

    private Path checkout;
    private Path bin;

    @BeforeEach
    void layOutACheckout() throws IOException {
        checkout = Files.createDirectories(dir.resolve("checkout"));
        Files.copy(Path.of("virtaudit"), checkout.resolve("virtaudit"));
        executable(checkout.resolve("virtaudit"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(checkout.resolve("src/main"));
        bin = Files.createDirectories(dir.resolve("bin"));
        Path probe = dir.resolve("probe.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Probe.class.getName());
        String entry = Probe.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(probe); JarOutputStream jar = new JarOutputStream(file, manifest);
             InputStream in = Probe.class.getClassLoader().getResourceAsStream(entry)) {
            jar.putNextEntry(new JarEntry(entry));
            in.transferTo(jar);
            jar.closeEntry();
        }
    }

    @Test
    void aFirstBuildShowsOnlyTheLaunchersOwnLine() throws Exception {
        maven("echo '" + MAVEN_NOISE + "'\necho '[INFO] BUILD SUCCESS' >&2\nmkdir -p target\ncp '"
                + dir.resolve("probe.jar") + "' target/virtaudit.jar\n");
        Result result = launch("check", "lab.yaml");
        assertThat(result.code).as(result.err).isZero();
        assertThat(result.out).isEqualTo("probe ran with check lab.yaml\n");
        assertThat(result.err).isEqualTo("virtaudit: building the jar (first use or sources changed; takes a minute)...\n");
    }

    @Test
    void theJvmOptionsComeFromTheOptionsFileWithoutItsComments() throws Exception {
        Files.copy(Path.of("jvm.options"), checkout.resolve("jvm.options"));
        ProcessBuilder builder = new ProcessBuilder(checkout.resolve("virtaudit").toString()).directory(checkout.toFile());
        builder.environment().put("PATH", bin + ":" + Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
        builder.environment().remove("VIRTAUDIT_JAVA_OPTS");
        builder.environment().put("VIRTAUDIT_SHOW_JAVA_OPTS", "1");
        Process process = builder.redirectErrorStream(true).start();
        String shown = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).isZero();
        assertThat(shown).startsWith("-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:MetaspaceSize=128m"
                + " -XX:MaxTenuringThreshold=0 -XX:MaxNewSize=256m").doesNotContain("#").doesNotContain("\n");
    }

    @Test
    void aFailedBuildShowsMavensOutputAndSaysSo() throws Exception {
        maven("echo '" + MAVEN_NOISE + "'\necho '[ERROR] COMPILATION ERROR: Main.java:[3,1] expected' >&2\nexit 1\n");
        Result result = launch("check", "lab.yaml");
        assertThat(result.code).isEqualTo(1);
        assertThat(result.out).isEmpty();
        assertThat(result.err).contains("[ERROR] COMPILATION ERROR: Main.java:[3,1] expected")
                .contains("virtaudit: the build failed");
        assertThat(checkout.resolve("target/virtaudit.jar")).doesNotExist();
    }

    /** A stand-in for Maven, first on the PATH. */
    private void maven(String script) throws IOException {
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/bin/sh\n" + script);
        executable(mvn);
    }

    private record Result(int code, String out, String err) {
    }

    private Result launch(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = checkout.resolve("virtaudit").toString();
        System.arraycopy(args, 0, command, 1, args.length);
        ProcessBuilder builder = new ProcessBuilder(command).directory(checkout.toFile());
        builder.environment().put("PATH", bin + ":" + Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
        // the class-data archive is made only with the launcher's own options: this keeps it out
        builder.environment().put("VIRTAUDIT_JAVA_OPTS", "-Xshare:auto");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the launcher finished").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** The jar the stand-in build puts in place: it says what it was run with. */
    public static final class Probe {
        public static void main(String[] args) {
            System.out.println("probe ran with " + String.join(" ", args));
        }
    }
}
