package io.virtaudit.cli;

import io.virtaudit.importer.ImporterRegistry;
import io.virtaudit.importer.Inputs;
import io.virtaudit.input.InputNames;
import io.virtaudit.engine.CompiledRules;
import io.virtaudit.engine.DroolsRuleEngine;
import io.virtaudit.engine.EvaluationLimits;
import io.virtaudit.engine.Evaluation;
import io.virtaudit.engine.RunTimings;
import io.virtaudit.finding.Finding;
import io.virtaudit.report.Report;
import io.virtaudit.report.ReportAssembler;
import io.virtaudit.input.InputError;
import io.virtaudit.input.InputException;
import io.virtaudit.model.Estate;
import io.virtaudit.model.Wire;
import io.virtaudit.report.ReportFiles;
import io.virtaudit.report.Reporter;
import io.virtaudit.report.ReportFormat;
import io.virtaudit.report.ReportSettings;
import io.virtaudit.report.ReporterRegistry;
import io.virtaudit.rules.Policy;
import io.virtaudit.rules.Severity;
import io.virtaudit.waiver.Baseline;
import io.virtaudit.waiver.WaiverReader;
import io.virtaudit.waiver.WaiverSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One run of {@code check} or {@code diff}: the options checked before any work, the rules
 * compiled once, estates evaluated into reports, and the reports written all or nothing.
 */
final class AuditRun {

    /** A report file asked for on the command line: its reporter and where it goes. */
    record PlannedReport(Reporter reporter, Path target) {
    }

    private static final int WARNING_LIMIT = 50;

    private final ReportOptions options;
    private final Clock clock;
    private final Severity failOn;
    private final List<PlannedReport> outputs;
    private final RuleLoading loading;
    private final LocalDate runDate;
    private final RunTimings timings;
    private java.io.PrintWriter warnings;
    private CompiledRules rules;
    private Policy policy;
    private WaiverSet waivers;

    AuditRun(ReportOptions options, Clock clock, List<Path> inputs) {
        this(options, clock, inputs, RunTimings.recording());
    }

    /** A run that records its phases, from compiling the rules to writing the last report, in {@code timings}. */
    AuditRun(ReportOptions options, Clock clock, List<Path> inputs, RunTimings timings) {
        this.timings = timings;
        this.options = options;
        this.clock = clock;
        this.failOn = failOnThreshold(options.failOn);
        this.outputs = outputs(options);
        List<Path> read = new ArrayList<>(inputs);
        read.addAll(options.ruleDirs);
        read.addAll(java.util.Arrays.asList(options.template, options.policyFile, options.waiversFile));
        OutputGuard guard = OutputGuard.over(read);
        outputs.forEach(out -> guard.refuse(out.target()));
        this.loading = RuleLoading.of(options.ruleDirs);
        this.runDate = options.asOf != null ? options.asOf : LocalDate.now(clock);
    }

    /**
     * The rules, the policy and the waivers, read once: the rules compile while the first estate
     * is parsed, and their errors, like the policy's and the waivers', come before the estate's.
     */
    private void configure() {
        if (rules != null) {
            return;
        }
        rules = loading.rules(timings);
        policy = Policies.read(options.policyFile, rules);
        waivers = options.waiversFile == null ? WaiverSet.none()
                : new WaiverReader().read(options.waiversFile, InputNames.display(options.waiversFile), rules.rules());
    }

    /** Where the inputs' warnings go (a bad cell of an export, left unknown): standard error. */
    AuditRun warnTo(java.io.PrintWriter err) {
        this.warnings = err;
        return this;
    }

    /**
     * Parses and cross-checks an estate, and reads the custom attributes the policy names into its
     * VMs' backup facts (so that the rules and every report see them); a faulty rule pack, policy or
     * waiver file is reported first.
     */
    Estate load(List<Path> inputs) {
        Estate estate;
        try {
            estate = parse(inputs);
        } catch (RuntimeException e) {
            configure();
            throw e;
        }
        configure();
        return withBackupAttributes(estate);
    }

    /** The policy's backupAttributes applied; values that are no time are warnings, fifty at most and a count. */
    private Estate withBackupAttributes(Estate estate) {
        List<InputError> unread = new ArrayList<>();
        Estate filled = policy.backupAttributes().applyTo(estate, unread::add);
        if (warnings != null && !unread.isEmpty()) {
            unread.stream().limit(WARNING_LIMIT).forEach(w -> warnings.println("warning: " + w.render()));
            if (unread.size() > WARNING_LIMIT) {
                warnings.println("warning: " + InputNames.display(options.policyFile) + ": " + (unread.size() - WARNING_LIMIT)
                        + " more values of custom attributes named in backupAttributes.lastSuccess are not date-times");
            }
            warnings.flush();
        }
        return filled;
    }

    private Estate parse(List<Path> inputs) {
        return timings.time("parse and cross-check", bytesOf(inputs), () -> new Inputs(ImporterRegistry.builtIn(), clock,
                warnings == null ? w -> { } : Warnings.to(warnings)).load(inputs));
    }

    /** The size of the input files together, or -1 when one cannot be read. */
    private static long bytesOf(List<Path> inputs) {
        long bytes = 0;
        for (Path input : inputs) {
            try {
                bytes += Files.isRegularFile(input) ? Files.size(input) : 0;
            } catch (java.io.IOException e) {
                return -1;
            }
        }
        return bytes;
    }

    /** Evaluates an estate into a report, against a baseline when one is given. */
    Report report(Estate estate, Baseline baseline) {
        configure();
        Evaluation evaluation = new DroolsRuleEngine(rules, policy, EvaluationLimits.DEFAULT, timings).evaluate(estate);
        List<Report.Pack> packs = rules.packs().stream().map(p -> new Report.Pack(p.id(), p.version())).toList();
        String waiverFile = options.waiversFile == null ? null : InputNames.display(options.waiversFile);
        String policyFile = options.policyFile == null ? null : InputNames.display(options.policyFile);
        return timings.time("assemble report", () -> ReportAssembler.assemble(Version.current(), packs, estate,
                evaluation.rulesEvaluated(), evaluation.findings(), new ReportAssembler.Workflow(runDate, waivers,
                        waiverFile, baseline, policyFile, this::thresholdsInEffect)));
    }

    /** The thresholds a rule reads, with the values the policy gives them. */
    private java.util.Map<String, String> thresholdsInEffect(String ruleId) {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        rules.thresholdsOf(ruleId).forEach(name -> values.put(name, policy.thresholds().display(name)));
        return values;
    }

    /** Writes every report asked for, or none. */
    List<Path> write(Report report) {
        timings.expect(outputs.stream().map(AuditRun::writePhase).toList());
        ReportFiles.writeAll(outputs.stream().map(p -> new ReportFiles.Output(out -> timings.write(
                writePhase(p), () -> p.reporter().write(report, out)), p.target())).toList());
        return outputs.stream().map(PlannedReport::target).toList();
    }

    /** The timing phase of writing one report. */
    private static String writePhase(PlannedReport planned) {
        return "write " + planned.reporter().format();
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

    private static List<PlannedReport> outputs(ReportOptions options) {
        ReporterRegistry formats = ReporterRegistry.builtIn();
        ReportSettings settings = new ReportSettings(options.template);
        List<PlannedReport> outputs = new ArrayList<>();
        if (options.output != null) {
            ReportFormat format = formats.forFile(options.output).orElseThrow(() -> new InputException(
                    options.output.toString(), "", "cannot tell the report format from the extension; use one of "
                            + String.join(", ", formats.extensions())));
            outputs.add(new PlannedReport(format.create(settings), options.output));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String given : options.formats) {
            String name = given.strip().toLowerCase(Locale.ROOT);
            if (seen.add(name)) {
                ReportFormat format = formats.named(name).orElseThrow(() -> new InputException("--format", "",
                        "unknown format '" + name + "'; available: " + String.join(", ", formats.names())));
                outputs.add(new PlannedReport(format.create(settings), options.outputDir.resolve(format.defaultFileName())));
            }
        }
        outputs.forEach(planned -> ReportFiles.checkDirectory(planned.target()));
        return outputs;
    }
}
