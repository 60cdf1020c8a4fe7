package io.virtaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run stopped by SIGTERM while it writes its reports leaves no hidden part file behind: a
 * process of its own writes a report that never finishes, and is stopped as a user or a CI
 * server's time-out would stop it.
 */
class PartFilesOnSignalTest {

    @TempDir
    Path dir;

    @Test
    void aStoppedRunLeavesNoPartFile() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EndlessReport.class.getName(), dir.resolve("report.json").toString())
                .redirectErrorStream(true).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (parts().isEmpty() && System.nanoTime() < deadline && process.isAlive()) {
                Thread.sleep(50);
            }
            assertThat(parts()).as("the report is being written").hasSize(1);
            process.destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(parts()).as("part files after SIGTERM").isEmpty();
            assertThat(dir.resolve("report.json")).doesNotExist();
        } finally {
            process.destroyForcibly();
        }
    }

    private List<Path> parts() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
        }
    }

    /** Writes a report whose content never ends. */
    public static final class EndlessReport {
        public static void main(String[] args) {
            ReportFiles.writeAll(List.of(new ReportFiles.Output(out -> {
                out.write('{');
                out.flush();
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, Path.of(args[0]))));
        }
    }
}
