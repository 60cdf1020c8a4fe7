package io.virtaudit.cli;

import io.virtaudit.importer.Inputs;
import io.virtaudit.model.Estate;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code virtaudit validate}: parse and cross-check the inputs only. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Parse and cross-check the inputs only; write nothing.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Estate documents, RVTools exports, CSV inventories; several are merged.")
    List<Path> inputs;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    private final Clock clock;
    private final Formats formats;

    ValidateCommand(Clock clock, Formats formats) {
        this.clock = clock;
        this.formats = formats;
    }

    @Override
    public Integer call() {
        Estate estate = new Inputs(formats.importers(), clock, Warnings.to(spec.commandLine().getErr())).load(inputs);
        String counts = estate.counts().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        spec.commandLine().getOut().println(String.join(", ", estate.inputs()) + ": valid (" + counts + ")");
        return ExitCode.OK;
    }
}
