package io.virtaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.TestEstates;
import io.virtaudit.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same inputs give the same bytes on every machine: the JVM's default locale and time zone
 * (a German or Turkish desktop, a server in UTC) change no report, the workbook included (POI took
 * its chart titles' language from the default locale).
 */
class LocaleIndependentReportsTest {

    private static final List<String> FILES = List.of("virtaudit-report.xlsx", "virtaudit-report.json",
            "virtaudit-report.sarif", "virtaudit-report.junit.xml", "virtaudit-report.csv", "virtaudit-report.md");

    @TempDir
    Path dir;

    @Test
    void everyReportIsTheSameBytesWhateverTheDefaultLocaleAndTimeZone() throws IOException {
        Path us = run("us", Locale.US, "UTC");
        Path german = run("german", Locale.GERMANY, "Europe/Berlin");
        Path turkish = run("turkish", Locale.forLanguageTag("tr-TR"), "Asia/Kolkata");
        for (String file : FILES) {
            byte[] expected = Files.readAllBytes(us.resolve(file));
            assertThat(Files.readAllBytes(german.resolve(file))).as("%s under de-DE", file).isEqualTo(expected);
            assertThat(Files.readAllBytes(turkish.resolve(file))).as("%s under tr-TR", file).isEqualTo(expected);
        }
    }

    /** A check of the sample estate, with a baseline, writing every format, under {@code locale} and {@code zone}. */
    private Path run(String name, Locale locale, String zone) {
        Path out = dir.resolve(name);
        out.toFile().mkdirs();
        Locale locale0 = Locale.getDefault();
        TimeZone zone0 = TimeZone.getDefault();
        try {
            Locale.setDefault(locale);
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            StringWriter err = new StringWriter();
            int code = Main.run(TestEstates.CLOCK, new PrintWriter(new StringWriter()), new PrintWriter(err),
                    "check", "sample-data/acme-estate.yaml", "--format", String.join(",", ReporterRegistry.builtIn().names()),
                    "--output-dir", out.toString(), "--as-of", "2026-11-24");
            assertThat(code).as(err.toString()).isIn(0, 1);
        } finally {
            Locale.setDefault(locale0);
            TimeZone.setDefault(zone0);
        }
        return out;
    }
}
