package io.virtaudit.cli;

import io.virtaudit.importer.Importer;
import io.virtaudit.importer.ImporterRegistry;
import io.virtaudit.report.ReportFormat;
import io.virtaudit.report.ReporterRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The input and report formats of a run: virtaudit's own and those the plugin jars add, as the
 * commands use them and their help lists them.
 */
record Formats(ImporterRegistry importers, ReporterRegistry reporters) {

    /** The formats the loader's {@code META-INF/services} files declare. */
    static Formats load(ClassLoader loader) {
        return new Formats(ImporterRegistry.load(loader), ReporterRegistry.load(loader));
    }

    /** The lines of a command's help that list the input formats, and the report formats when it writes reports. */
    List<String> help(boolean withReports) {
        List<String> lines = new ArrayList<>();
        lines.add("Input formats (INPUT):");
        for (Importer importer : importers.importers()) {
            lines.addAll(row(importer.name(), importer.description(), importers.pluginOf(importer)));
        }
        if (withReports) {
            lines.add("Report formats (--format; -o picks one by the file name's ending):");
            for (ReportFormat format : reporters.formats()) {
                lines.addAll(row(format.name(), String.join(", ", format.extensions()), reporters.pluginOf(format)));
            }
        }
        return lines;
    }

    /** The width help lines are wrapped to: below picocli's 80 columns, so picocli wraps none again. */
    private static final int WIDTH = 79;

    /** A name and what it is, wrapped under the second column. */
    private static List<String> row(String name, String what, Optional<Path> plugin) {
        String indent = " ".repeat(12);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(String.format("  %-9s", name));
        String text = what + plugin.map(jar -> " (plugin " + jar.getFileName() + ")").orElse("");
        for (String word : text.split(" ")) {
            if (line.length() + 1 + word.length() > WIDTH && line.length() > indent.length()) {
                lines.add(line.toString());
                line = new StringBuilder(indent.substring(1));
            }
            line.append(' ').append(word);
        }
        lines.add(line.toString());
        return lines.stream().map(l -> l.replace("%", "%%")).toList();
    }
}
