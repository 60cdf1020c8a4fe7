package io.virtaudit.cli;

import io.virtaudit.generate.EstateGenerator;
import io.virtaudit.generate.rvtools.RvtoolsGenerator;
import io.virtaudit.input.InputException;
import io.virtaudit.report.ReportFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code virtaudit generate}: a deterministic synthetic estate for benchmarks and demos. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write a deterministic synthetic estate (about 10 VMs per host, 16 hosts per cluster,"
                + " a LUN per 5 VMs, a few percent of objects with slips) in the native format, or with"
                + " --format rvtools an RVTools 4.7 export of two vCenters (25 VMs per host, 8 hosts per cluster).")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--vms", required = true, paramLabel = "N", description = "How many VMs (at least 1).")
    int vms;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "The seed: the same seed and size give the same bytes (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "native",
            description = "native (the estate format, the default) or rvtools (an RVTools 4.7 workbook, .xlsx).")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "The file to write: .json (compact, one object per line), .yaml or .yml; .xlsx with"
                    + " --format rvtools.")
    Path output;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (vms < 1) {
            throw new InputException("--vms", "", "'" + vms + "' is not a number of VMs: give 1 or more");
        }
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        switch (format.toLowerCase(Locale.ROOT)) {
            case "rvtools" -> {
                return rvtools(name);
            }
            case "native" -> {
                // below
            }
            default -> throw new InputException("--format", "", "'" + format
                    + "' is not a format generate writes: give native or rvtools");
        }
        if (name.endsWith(".xlsx")) {
            throw new InputException(output.toString(), "", "an .xlsx is written with --format rvtools (an RVTools"
                    + " export); the native estate document is named .json, .yaml or .yml");
        }
        if (!name.endsWith(".json") && !EstateGenerator.yaml(output)) {
            throw new InputException(output.toString(), "", "the estate document must be named .json, .yaml or .yml");
        }
        EstateGenerator generator = new EstateGenerator(vms, seed);
        boolean yaml = EstateGenerator.yaml(output);
        ReportFiles.writeAll(List.of(new ReportFiles.Output(out -> generator.write(out, yaml), output)));
        EstateGenerator.Counts counts = generator.counts();
        spec.commandLine().getOut().println("wrote " + output + " (" + counts.clusters() + " clusters, "
                + counts.hosts() + " hosts, " + counts.vms() + " vms, about " + counts.luns() + " luns)");
        return ExitCode.OK;
    }

    private int rvtools(String name) {
        if (!name.endsWith(".xlsx")) {
            throw new InputException(output.toString(), "", "an RVTools export is a workbook: name it .xlsx");
        }
        RvtoolsGenerator generator = new RvtoolsGenerator(vms, seed);
        ReportFiles.writeAll(List.of(new ReportFiles.Output(generator::write, output)));
        RvtoolsGenerator.Counts counts = generator.counts();
        spec.commandLine().getOut().println("wrote " + output + " (RVTools 4.7 export of " + counts.vcenters()
                + " vCenters: " + counts.clusters() + " clusters, " + counts.hosts() + " hosts, " + counts.vms() + " vms)");
        return ExitCode.OK;
    }
}
