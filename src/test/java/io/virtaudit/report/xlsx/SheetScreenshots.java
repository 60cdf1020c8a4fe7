package io.virtaudit.report.xlsx;

import io.virtaudit.cli.Main;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Renders a picture of every sheet of the sample's workbook into {@code docs/screenshots/}, for the
 * README: the sample checked with a waiver file and against a baseline (the strict policy's
 * findings), each sheet printed alone by LibreOffice and its first page (both of the summary's)
 * turned into PNG by pdftoppm. Needs {@code soffice} and {@code pdftoppm}; run after changing the
 * layout: {@code mvn -q -B test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.virtaudit.report.xlsx.SheetScreenshots}.
 */
public final class SheetScreenshots {

    private static final String WAIVERS = """
            waivers:
              - rule: BKP-001
                subject: app-prd06
                justification: data is rebuilt from source nightly
                approvedBy: CAB-2026-114
                expires: 2027-03-31
                reference: CHG-1234
              - rule: "AVL-*"
                subject: "aix-*"
                justification: PowerVM frame replacement planned for Q1
                approvedBy: CAB-2026-120
                expires: 2026-01-31
              - rule: NET-001
                subject: retired-vm
                justification: VM retired with the old DMZ
                approvedBy: CAB-2025-001
                expires: 2027-12-31
            """;

    private SheetScreenshots() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Path work = Files.createTempDirectory("virtaudit-shots");
        Path waivers = Files.writeString(work.resolve("waivers.yaml"), WAIVERS);
        Path previous = work.resolve("previous.json");
        Path workbook = work.resolve("acme-report.xlsx");
        check("check", XlsxSampleTest.SAMPLE.toString(), "--policy", "sample-data/policy-strict.yaml", "-o",
                previous.toString(), "--as-of", "2026-11-25");
        check("check", XlsxSampleTest.SAMPLE.toString(), "--waivers", waivers.toString(), "--baseline",
                previous.toString(), "--as-of", "2026-11-25", "-o", workbook.toString());
        String soffice = XlsxLibreOfficeTest.onPath("soffice");
        int count;
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            count = book.getNumberOfSheets();
        }
        for (int i = 0; i < count; i++) {
            Path alone = work.resolve("sheet" + i + ".xlsx");
            String name = only(workbook, i, alone);
            Path pdf = XlsxLibreOfficeTest.convert(soffice, alone, work);
            String slug = String.format("%02d-%s", i + 1, name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
            int pages = name.equals(WorkbookLayout.SUMMARY) ? 2 : 1;
            run("pdftoppm", "-r", "90", "-png", "-f", "1", "-l", String.valueOf(pages), pdf.toString(),
                    work.resolve(slug).toString());
            for (int page = 1; page <= pages; page++) {
                Path png = work.resolve(slug + "-" + page + ".png");
                Path target = out.resolve(pages == 1 ? slug + ".png" : slug + "-" + page + ".png");
                Files.move(png.toFile().exists() ? png : work.resolve(slug + "-0" + page + ".png"), target,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                System.out.println("wrote " + target);
            }
        }
    }

    /** A copy of the workbook with every sheet but one hidden, so LibreOffice prints that one alone. */
    private static String only(Path workbook, int index, Path copy) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in);
             OutputStream out = Files.newOutputStream(copy)) {
            book.setActiveSheet(index);
            book.setFirstVisibleTab(index);
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                book.getSheetAt(i).setSelected(i == index);
                if (i != index) {
                    book.setSheetHidden(i, true);
                }
            }
            book.write(out);
            return book.getSheetName(index);
        }
    }

    private static void check(String... args) {
        StringWriter err = new StringWriter();
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC);
        if (Main.run(clock, new PrintWriter(new StringWriter()), new PrintWriter(err), args) != 0) {
            throw new IllegalStateException(err.toString());
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }
}
