package io.virtaudit.report;

import io.virtaudit.plugin.Services;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The report formats of a run: those that virtaudit and the plugin jars on a class loader declare
 * in {@code META-INF/services/io.virtaudit.report.ReportFormat}, virtaudit's own first, in the
 * order {@code --format} documents them. Two formats of one name are refused, naming both jars.
 */
public final class ReporterRegistry {

    private static final String KIND = "report format";

    private final List<Services.Found<ReportFormat>> formats;

    private ReporterRegistry(List<Services.Found<ReportFormat>> formats) {
        this.formats = formats;
    }

    /** The formats virtaudit ships (and any whose jar is on virtaudit's own class path). */
    public static ReporterRegistry builtIn() {
        return load(ReporterRegistry.class.getClassLoader());
    }

    /**
     * The formats the loader's jars declare.
     *
     * @throws io.virtaudit.input.InputException when one cannot be loaded, or two share a name
     */
    public static ReporterRegistry load(ClassLoader loader) {
        List<Services.Found<ReportFormat>> found = Services.load(ReportFormat.class, loader, KIND);
        Services.refuseClashes(found, ReportFormat::name, KIND);
        return new ReporterRegistry(List.copyOf(found));
    }

    /** The formats, virtaudit's own first. */
    public List<ReportFormat> formats() {
        return formats.stream().map(Services.Found::implementation).toList();
    }

    /** The formats' names, as {@code --format} takes them. */
    public List<String> names() {
        return formats().stream().map(ReportFormat::name).toList();
    }

    /** The format of a name, in any case, or empty when none has it. */
    public Optional<ReportFormat> named(String name) {
        return formats().stream().filter(f -> f.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The format a report file's name asks for ({@code report.xlsx} gives xlsx): the longest ending that fits. */
    public Optional<ReportFormat> forFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        ReportFormat best = null;
        int longest = 0;
        for (ReportFormat format : formats()) {
            for (String ending : format.extensions()) {
                if (name.endsWith(ending.toLowerCase(Locale.ROOT)) && ending.length() > longest) {
                    best = format;
                    longest = ending.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every file name ending that picks a format, format by format. */
    public List<String> extensions() {
        return formats().stream().flatMap(f -> f.extensions().stream()).toList();
    }

    /** The plugin jar a format came from, or empty for virtaudit's own. */
    public Optional<Path> pluginOf(ReportFormat format) {
        return formats.stream().filter(f -> f.implementation() == format).findFirst().map(Services.Found::origin);
    }
}
