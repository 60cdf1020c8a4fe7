package io.virtaudit.cli;

import io.virtaudit.audit.Audit;
import io.virtaudit.engine.PhaseProgress;
import io.virtaudit.engine.RunTimings;
import io.virtaudit.report.Report;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Estate documents, RVTools exports, CSV inventories; several are merged.")
    List<Path> inputs;

    @Mixin
    ReportOptions options;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "A previous findings.json: marks findings new or persisting and lists resolved ones.")
    Path baselineFile;

    @Option(names = "--timings",
            description = "Print the time of each phase (rules, parse, derive, insert, fire, each report) to standard error.")
    boolean printTimings;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    private final Clock clock;
    private final Formats formats;

    CheckCommand(Clock clock, Formats formats) {
        this.clock = clock;
        this.formats = formats;
    }

    @Override
    public Integer call() {
        List<Path> guarded = baselineFile == null ? inputs : concat(inputs, baselineFile);
        RunTimings timings = PhaseProgress.timings(spec.commandLine().getErr());
        AuditRun run = new AuditRun(options, Audit.builder().importers(formats.importers()).reporters(formats.reporters())
                .inputs(inputs).baseline(baselineFile).clock(clock).timings(timings)
                .warnings(Warnings.to(spec.commandLine().getErr())), guarded);
        Report report = run.audit().run();
        List<Path> written = run.write(report);
        if (report.estate().referenceTimeAssumed()) {
            spec.commandLine().getErr().println("warning: the estate has no collectedAt; age-based rules measured from "
                    + report.estate().referenceTime() + ", the time of this run");
        }
        ConsoleSummary.print(report, written, spec.commandLine().getOut());
        if (printTimings) {
            timings.print(spec.commandLine().getErr());
        }
        return run.exitCode(report, f -> true);
    }

    static List<Path> concat(List<Path> paths, Path more) {
        List<Path> all = new java.util.ArrayList<>(paths);
        all.add(more);
        return all;
    }
}
