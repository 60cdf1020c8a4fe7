package io.virtaudit.report;

import io.virtaudit.report.csv.CsvReporter;
import io.virtaudit.report.json.JsonReporter;
import io.virtaudit.report.junit.JunitReporter;
import io.virtaudit.report.md.MarkdownReporter;
import io.virtaudit.report.sarif.SarifReporter;
import io.virtaudit.report.xlsx.XlsxReporter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The output formats, by the names {@code --format} and file extensions use. */
public final class Reporters {

    /** Formats available, in the order {@code --format} documents them. */
    public static final List<String> FORMATS = List.of("xlsx", "json", "sarif", "junit", "csv", "md");

    private static final Map<String, String> BY_ENDING = new LinkedHashMap<>();

    static {
        BY_ENDING.put(".junit.xml", "junit");
        BY_ENDING.put(".xlsx", "xlsx");
        BY_ENDING.put(".json", "json");
        BY_ENDING.put(".sarif", "sarif");
        BY_ENDING.put(".sarif.json", "sarif");
        BY_ENDING.put(".xml", "junit");
        BY_ENDING.put(".csv", "csv");
        BY_ENDING.put(".md", "md");
    }

    /** File name endings that pick a format for {@code -o}. */
    public static final List<String> EXTENSIONS = List.copyOf(BY_ENDING.keySet());

    private Reporters() {
    }

    /** The reporter of a format, or empty when the format is unknown. */
    public static Optional<Reporter> forFormat(String format, Path template) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "xlsx" -> Optional.of(template == null ? new XlsxReporter() : new XlsxReporter(template));
            case "json" -> Optional.of(new JsonReporter());
            case "sarif" -> Optional.of(new SarifReporter());
            case "junit" -> Optional.of(new JunitReporter());
            case "csv" -> Optional.of(new CsvReporter());
            case "md" -> Optional.of(new MarkdownReporter());
            default -> Optional.empty();
        };
    }

    /** The format a report file's name asks for ({@code report.xlsx} gives xlsx), or empty. */
    public static Optional<String> formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String best = null;
        for (String ending : BY_ENDING.keySet()) {
            if (name.endsWith(ending) && (best == null || ending.length() > best.length())) {
                best = ending;
            }
        }
        return Optional.ofNullable(best == null ? null : BY_ENDING.get(best));
    }
}
