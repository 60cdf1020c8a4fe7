package io.virtaudit.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --plugin}, on the commands that read inputs or write reports. Main has loaded the jars
 * before picocli parses the command line ({@link Plugins}); picocli only checks the option's form.
 */
final class PluginOptions {

    @Option(names = "--plugin", paramLabel = "FILE",
            description = "A plugin jar that adds input or report formats (repeatable); the jars in virtaudit's plugins/ folder are loaded too.")
    List<Path> jars = List.of();
}
