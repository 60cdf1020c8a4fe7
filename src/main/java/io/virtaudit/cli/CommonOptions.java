package io.virtaudit.cli;

import picocli.CommandLine.Option;

/** Options every command takes; Main reads them before logging starts. */
final class CommonOptions {

    @Option(names = "--verbose", description = "Log what the engine does (Drools and POI at info).")
    boolean verbose;

    @Option(names = "--debug", description = "Log everything and print stack traces of errors.")
    boolean debug;
}
