package io.virtaudit.cli;

import io.virtaudit.input.InputNames;
import io.virtaudit.audit.Audit;
import io.virtaudit.finding.FindingStatus;
import io.virtaudit.report.Report;
import io.virtaudit.model.Estate;
import io.virtaudit.report.VisibleText;
import io.virtaudit.waiver.Baseline;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code virtaudit diff}: the change board's question. Checks the current and the proposed
 * estate and reports the proposed one against the current as its baseline: what the design
 * introduces (new), what it fixes (resolved), what stays. {@code --fail-on} counts only what it
 * introduces.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = "What a proposed design introduces, fixes and keeps, against the current estate.")
final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CURRENT", description = "The current estate.")
    Path current;

    @Parameters(index = "1", paramLabel = "PROPOSED", description = "The proposed design.")
    Path proposed;

    @Mixin
    ReportOptions options;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    private final Clock clock;
    private final Formats formats;

    DiffCommand(Clock clock, Formats formats) {
        this.clock = clock;
        this.formats = formats;
    }

    @Override
    public Integer call() {
        AuditRun run = new AuditRun(options, Audit.builder().importers(formats.importers()).reporters(formats.reporters())
                .clock(clock).warnings(Warnings.to(spec.commandLine().getErr())), List.of(current, proposed));
        Audit audit = run.audit();
        Estate before = audit.load(List.of(current));
        Estate after = audit.load(List.of(proposed));
        Report baseline = audit.report(before, null);
        Report report = audit.report(after, new Baseline(InputNames.display(current), baseline.findings()));
        List<Path> written = run.write(report);
        Report.Changes changes = report.summary().changes();
        spec.commandLine().getOut().println(VisibleText.of(InputNames.display(proposed)) + " against "
                + VisibleText.of(InputNames.display(current)) + ": "
                + changes.added() + " introduced, " + changes.resolved() + " resolved, " + changes.persisting()
                + " unchanged");
        for (Path path : written) {
            spec.commandLine().getOut().println("wrote " + VisibleText.of(path.toString()));
        }
        return run.exitCode(report, f -> f.status() == FindingStatus.NEW);
    }
}
