package io.virtaudit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice opens the workbook and prints it to PDF: what a client without Excel does with it.
 * Skipped where {@code soffice} is not installed; CI installs it.
 */
class XlsxLibreOfficeTest {

    @TempDir
    Path dir;

    @Test
    void libreOfficeConvertsTheWorkbookToPdf() throws IOException, InterruptedException {
        String soffice = onPath("soffice");
        assumeTrue(soffice != null, "soffice (LibreOffice) is not installed");
        Path xlsx = dir.resolve("report.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            new XlsxReporter().write(ReportFixture.withWaivers(ReportFixture.withBaseline(ReportFixture.report())),
                    out);
        }
        Path pdf = convert(soffice, xlsx, dir);
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pageCount(bytes)).as("a page or more per sheet").isGreaterThanOrEqualTo(14);
    }

    /** Converts a workbook to PDF with a private LibreOffice profile, so runs do not share a lock. */
    static Path convert(String soffice, Path xlsx, Path outDir) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(outDir, "lo-profile");
        Process process = new ProcessBuilder(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", outDir.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(outDir.resolve("soffice.log").toFile()).start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String log = Files.readString(outDir.resolve("soffice.log"));
        assertThat(finished).as("soffice finished: " + log).isTrue();
        assertThat(process.exitValue()).as(log).isZero();
        String name = xlsx.getFileName().toString();
        Path pdf = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        assertThat(pdf).as(log).isRegularFile();
        return pdf;
    }

    static String onPath(String command) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, command);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    private static int pageCount(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int pages = 0;
        for (String part : List.of(text.split("/Type\\s*/Page[^s]", -1))) {
            pages++;
        }
        return pages - 1;
    }
}
