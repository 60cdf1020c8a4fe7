package io.virtaudit.cli;

import io.virtaudit.engine.CompiledRules;
import io.virtaudit.engine.DroolsRuleEngine;
import io.virtaudit.engine.Evaluation;
import io.virtaudit.finding.Report;
import io.virtaudit.finding.ReportAssembler;
import io.virtaudit.importer.InputException;
import io.virtaudit.model.Estate;
import io.virtaudit.model.Wire;
import io.virtaudit.report.ReportFiles;
import io.virtaudit.report.Reporter;
import io.virtaudit.report.Reporters;
import io.virtaudit.rules.Severity;
import io.virtaudit.rules.Policy;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code virtaudit check}: evaluate the rules over the inputs and write the reports. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Evaluate the rules over the estate and write the reports.")
final class CheckCommand implements Callable<Integer> {

    /** Firing limit of one evaluation: far above any real estate, low enough to stop a runaway rule. */
    static final long FIRING_LIMIT = 50_000_000L;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Estate document (.yaml, .yml, .json).")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "The report; its extension picks the format (report.xlsx, findings.json).")
    Path output;

    @Option(names = "--format", split = ",", paramLabel = "LIST",
            description = "Formats to write into --output-dir: ${COMPLETION-CANDIDATES}.",
            completionCandidates = FormatNames.class)
    List<String> formats = List.of();

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Where --format writes virtaudit-report.<ext> (default: .).")
    Path outputDir = Path.of(".");

    @Option(names = "--rules", paramLabel = "DIR", description = "An extra rule pack: DRL files and .drl.xlsx decision tables (repeatable).")
    List<Path> ruleDirs = List.of();

    @Option(names = "--policy", paramLabel = "FILE", description = "Thresholds, rule selection and severity overrides (YAML).")
    Path policyFile;

    @Option(names = "--template", paramLabel = "FILE", description = "The Excel template (default: the built-in one).")
    Path template;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "none",
            description = "Exit 4 when a finding is at or above it: critical, high, medium, low, info, or none (default).")
    String failOn;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    private final Clock clock;

    CheckCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        Severity threshold = failOnThreshold();
        List<PlannedReport> outputs = outputs();
        refuseOverwritingInputs(outputs);
        Estate estate = new Inputs(clock).load(inputs);
        CompiledRules rules = RulePacks.compile(ruleDirs);
        Policy policy = Policies.read(policyFile, rules);
        Evaluation evaluation = new DroolsRuleEngine(rules, policy, FIRING_LIMIT).evaluate(estate);
        List<Report.Pack> packs = rules.packs().stream().map(p -> new Report.Pack(p.id(), p.version())).toList();
        Report report = ReportAssembler.assemble(Version.current(), packs, estate, evaluation.rulesEvaluated(),
                evaluation.findings(), ReportAssembler.Workflow.plain(java.time.LocalDate.now(clock)));
        ReportFiles.writeAll(outputs.stream().map(p -> ReportFiles.Output.of(p.reporter(), report, p.target())).toList());
        PrintWriter out = spec.commandLine().getOut();
        if (estate.referenceTimeAssumed()) {
            spec.commandLine().getErr().println("warning: the estate has no collectedAt; age-based rules measured from "
                    + estate.referenceTime() + ", the time of this run");
        }
        ConsoleSummary.print(report, outputs.stream().map(PlannedReport::target).toList(), out);
        boolean fail = threshold != null && report.findings().stream()
                .anyMatch(f -> f.waiver() == null && f.severity().atLeast(threshold));
        return fail ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private Severity failOnThreshold() {
        if ("none".equalsIgnoreCase(failOn.strip())) {
            return null;
        }
        try {
            return Wire.parse(Severity.class, failOn);
        } catch (IllegalArgumentException e) {
            throw new InputException("--fail-on", "", "'" + failOn + "' is not one of none, "
                    + Wire.allowed(Severity.class));
        }
    }

    /** A report file asked for on the command line: its reporter and where it goes. */
    private record PlannedReport(Reporter reporter, Path target) {
    }

    private List<PlannedReport> outputs() {
        List<PlannedReport> outputs = new ArrayList<>();
        if (output != null) {
            String format = Reporters.formatOf(output).orElseThrow(() -> new InputException(output.toString(), "",
                    "cannot tell the report format from the extension; use one of ." + String.join(", .", Reporters.FORMATS)));
            outputs.add(new PlannedReport(reporter(format), output));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String format : formats) {
            String name = format.strip().toLowerCase(java.util.Locale.ROOT);
            if (!seen.add(name)) {
                continue;
            }
            Reporter reporter = reporter(name);
            outputs.add(new PlannedReport(reporter, outputDir.resolve(reporter.defaultFileName())));
        }
        if (!formats.isEmpty() && !Files.isDirectory(outputDir)) {
            throw new InputException(outputDir.toString(), "", "the output directory does not exist");
        }
        return outputs;
    }

    private Reporter reporter(String format) {
        return Reporters.forFormat(format, template).orElseThrow(() -> new InputException("--format", "",
                "unknown format '" + format + "'; available: " + String.join(", ", Reporters.FORMATS)));
    }

    private void refuseOverwritingInputs(List<PlannedReport> outputs) {
        for (PlannedReport out : outputs) {
            OutputGuard.refuseInputs(out.target(), inputs);
            if (template != null) {
                OutputGuard.refuseInputs(out.target(), List.of(template));
            }
        }
    }

    /** The names {@code --format} accepts, for help. */
    static final class FormatNames extends ArrayList<String> {
        FormatNames() {
            super(Reporters.FORMATS);
        }
    }

}
