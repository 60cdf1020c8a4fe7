package io.virtaudit.cli;

import io.virtaudit.audit.Audit;
import io.virtaudit.finding.Finding;
import io.virtaudit.input.InputException;
import io.virtaudit.model.Wire;
import io.virtaudit.report.Report;
import io.virtaudit.report.ReportFiles;
import io.virtaudit.report.ReportFormat;
import io.virtaudit.report.ReporterRegistry;
import io.virtaudit.rules.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What {@code check} and {@code diff} add to an {@link Audit}: the options it is configured with,
 * the reports asked for, planned and refused before any work (an unknown format, a template that
 * is no workbook, an output that would overwrite what the run reads), and the exit code.
 */
final class AuditRun {

    private final Audit audit;
    private final Severity failOn;
    private final List<Audit.Output> outputs;

    /**
     * @param audit  the audit, with what the command adds (inputs, baseline, clock, warnings)
     * @param read   the files the command reads besides the options' (inputs, baseline)
     */
    AuditRun(ReportOptions options, Audit.Builder audit, List<Path> read) {
        this.failOn = failOnThreshold(options.failOn);
        this.audit = audit.rulePacks(options.ruleDirs).policy(options.policyFile).framework(options.framework).waivers(options.waiversFile)
                .asOf(options.asOf).template(options.template).build();
        this.outputs = outputs(options, this.audit);
        List<Path> guarded = new ArrayList<>(read);
        guarded.addAll(options.ruleDirs);
        guarded.addAll(Arrays.asList(options.template, options.policyFile, options.waiversFile));
        OutputGuard guard = OutputGuard.over(guarded);
        outputs.forEach(out -> guard.refuse(out.file()));
    }

    Audit audit() {
        return audit;
    }

    /** Writes every report asked for, or none. */
    List<Path> write(Report report) {
        return audit.write(report, outputs);
    }

    /** The exit code: 4 when a finding that counts is unwaived and at or above --fail-on. */
    int exitCode(Report report, Predicate<Finding> counts) {
        boolean fail = failOn != null && report.findings().stream()
                .anyMatch(f -> counts.test(f) && !f.waived() && f.severity().atLeast(failOn));
        return fail ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private static Severity failOnThreshold(String failOn) {
        if ("none".equalsIgnoreCase(failOn.strip())) {
            return null;
        }
        try {
            return Wire.parse(Severity.class, failOn);
        } catch (IllegalArgumentException e) {
            throw new InputException("--fail-on", "", "'" + failOn + "' is not one of none, " + Wire.allowed(Severity.class));
        }
    }

    /** {@code -o} (its name picks the format), then each {@code --format} once, into {@code --output-dir}. */
    private static List<Audit.Output> outputs(ReportOptions options, Audit audit) {
        ReporterRegistry formats = audit.reporters();
        List<Audit.Output> outputs = new ArrayList<>();
        if (options.output != null) {
            outputs.add(audit.output(options.output));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String given : options.formats) {
            String name = given.strip().toLowerCase(Locale.ROOT);
            if (seen.add(name)) {
                ReportFormat format = formats.named(name).orElseThrow(() -> new InputException("--format", "",
                        "unknown format '" + name + "'; available: " + String.join(", ", formats.names())));
                outputs.add(Audit.Output.of(format, audit.reportSettings(),
                        options.outputDir.resolve(format.defaultFileName())));
            }
        }
        outputs.forEach(planned -> ReportFiles.checkDirectory(planned.file()));
        return outputs;
    }
}
