package io.virtaudit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.virtaudit.importer.DocumentBinder;
import io.virtaudit.importer.EstateAssembler;
import io.virtaudit.importer.Inputs;
import io.virtaudit.input.InputException;
import io.virtaudit.importer.SourcedDocument;
import io.virtaudit.model.Estate;
import io.virtaudit.report.ReportFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code virtaudit import}: converts RVTools exports, CSV inventories and merged inputs into one
 * estate document in the native format, after the same cross-checks as {@code check}.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Convert RVTools / CSV / several inputs into one estate document (YAML or JSON).")
final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Estate documents, RVTools exports, CSV inventories.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "The estate document to write: .yaml, .yml or .json.")
    Path output;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    private final Clock clock;
    private final Formats formats;

    ImportCommand(Clock clock, Formats formats) {
        this.clock = clock;
        this.formats = formats;
    }

    @Override
    public Integer call() {
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean json = name.endsWith(".json");
        if (!json && !name.endsWith(".yaml") && !name.endsWith(".yml")) {
            throw new InputException(output.toString(), "", "the estate document must be named .yaml, .yml or .json");
        }
        OutputGuard.refuseInputs(output, inputs);
        SourcedDocument merged = new Inputs(formats.importers(), clock, Warnings.to(spec.commandLine().getErr()))
                .merged(inputs);
        Estate estate = new EstateAssembler(clock).assemble(merged);
        ObjectNode tree = DocumentBinder.tree(merged.document());
        ObjectMapper writer = json
                ? DocumentBinder.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT)
                : new ObjectMapper(YAMLFactory.builder()
                        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                        .build());
        ReportFiles.writeAll(List.of(new ReportFiles.Output(out -> {
            writer.writeValue(new NonClosing(out), tree);
        }, output)));
        var counts = estate.counts();
        spec.commandLine().getOut().println("wrote " + output + " (" + counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).reduce((a, b) -> a + ", " + b).orElse("") + ")");
        return ExitCode.OK;
    }

    /** Keeps Jackson from closing the stream the caller owns. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }
}
