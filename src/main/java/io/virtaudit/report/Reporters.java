package io.virtaudit.report;

import io.virtaudit.report.json.JsonReporter;
import io.virtaudit.report.xlsx.XlsxReporter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The output formats, by the names {@code --format} and file extensions use. */
public final class Reporters {

    /** Formats available, in the order {@code --format} documents them. */
    public static final List<String> FORMATS = List.of("xlsx", "json");

    private Reporters() {
    }

    /** The reporter of a format, or empty when the format is unknown. */
    public static Optional<Reporter> forFormat(String format, Path template) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "xlsx" -> Optional.of(template == null ? new XlsxReporter() : new XlsxReporter(template));
            case "json" -> Optional.of(new JsonReporter());
            default -> Optional.empty();
        };
    }

    /** The format a report file's name asks for ({@code report.xlsx} gives xlsx), or empty. */
    public static Optional<String> formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = name.substring(dot + 1);
        return FORMATS.contains(extension) ? Optional.of(extension) : Optional.empty();
    }
}
