package io.virtaudit.cli;

import io.virtaudit.input.CalendarDates;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options {@code check} and {@code diff} share: outputs, rule packs, policy, waivers, gating. */
final class ReportOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "The report; its extension picks the format (report.xlsx, findings.json, .sarif, .junit.xml, .csv, .md).")
    Path output;

    @Option(names = "--format", split = ",", paramLabel = "LIST", completionCandidates = FormatNames.class,
            description = "Formats to write into --output-dir: ${COMPLETION-CANDIDATES}.")
    List<String> formats = List.of();

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Where --format writes virtaudit-report.<ext> (default: .).")
    Path outputDir = Path.of(".");

    @Option(names = "--rules", paramLabel = "DIR", description = "An extra rule pack: DRL files and .drl.xlsx decision tables (repeatable).")
    List<Path> ruleDirs = List.of();

    @Option(names = "--policy", paramLabel = "FILE", description = "Thresholds, rule selection, severity overrides and backup attributes (YAML).")
    Path policyFile;

    @Option(names = "--framework", paramLabel = "NAME", description = "Run only the rules that check a control of this "
            + "framework: stig, cis, scg, pci-dss, nist-800-53, iso-27001, soc2, or a scheme such as cis-esxi-8.")
    String framework;

    @Option(names = "--waivers", paramLabel = "FILE", description = "Accepted risks (YAML, or an Excel sheet with the same columns).")
    Path waiversFile;

    @Option(names = "--as-of", paramLabel = "DATE", converter = RunDate.class,
            description = "The date waiver expiry is judged against (default: today, UTC); set it to reproduce a report.")
    LocalDate asOf;

    @Option(names = "--template", paramLabel = "FILE", description = "The Excel template (default: the built-in one).")
    Path template;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "none",
            description = "Exit 4 when an unwaived finding is at or above it: critical, high, medium, low, info, or none (default).")
    String failOn;

    /** The report formats' names, for {@code --format}'s help and completion: virtaudit's and the plugins'. */
    static final class FormatNames implements Iterable<String> {

        private final List<String> names;

        FormatNames(List<String> names) {
            this.names = List.copyOf(names);
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return names.iterator();
        }
    }

    /**
     * Reads {@code --as-of} as waivers' dates are read ({@link CalendarDates}): a day no calendar
     * has ({@code 2026-02-30}) or a year outside 1900–9999 is refused in plain words, where
     * picocli's own conversion named {@code java.time.LocalDate} and took Java's billion-year edges.
     */
    static final class RunDate implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return CalendarDates.parse(value);
            } catch (CalendarDates.NotADate e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
