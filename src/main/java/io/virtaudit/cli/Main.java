package io.virtaudit.cli;

import io.virtaudit.audit.Version;
import io.virtaudit.input.InputError;
import io.virtaudit.input.InputException;
import io.virtaudit.plugin.PluginJars;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code virtaudit} command. {@link #run} executes in-process and returns the exit code
 * (PMD's {@code mainWithoutExit}), so tests call the real command line.
 */
@Command(name = "virtaudit", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Checks a virtualisation estate against best-practice rules and reports the findings.",
        subcommands = {CheckCommand.class, DiffCommand.class, ValidateCommand.class, ImportCommand.class, RulesCommand.class,
            GenerateCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(Clock.systemUTC(), out, err, args));
    }

    /** Runs the command line and returns its exit code; never calls {@code System.exit}. */
    public static int run(Clock clock, PrintWriter out, PrintWriter err, String... args) {
        return run(clock, out, err, Plugins.folder(), args);
    }

    /**
     * Runs the command line with the plugins of {@code pluginsFolder} (and of {@code --plugin}):
     * they are loaded first, so that the commands and their help know the formats they add.
     */
    static int run(Clock clock, PrintWriter out, PrintWriter err, Optional<Path> pluginsFolder, String... args) {
        List<String> arguments = Arrays.asList(args);
        boolean debug = arguments.contains("--debug");
        configureLogging(arguments);
        int code;
        try (PluginJars plugins = Plugins.load(pluginsFolder, args)) {
            code = execute(clock, out, err, Formats.load(plugins.classLoader()), debug, args);
        } catch (Exception e) {
            code = handle(e, err, debug);
        }
        out.flush();
        err.flush();
        return code;
    }

    private static int execute(Clock clock, PrintWriter out, PrintWriter err, Formats formats, boolean debug,
                               String... args) {
        CommandLine cli = new CommandLine(new Main(), new CommandFactory(clock, formats));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("error: " + e.getMessage());
            err.println("Run 'virtaudit " + (e.getCommandLine().getCommandName().equals("virtaudit") ? ""
                    : e.getCommandLine().getCommandName() + " ") + "--help' for usage.");
            return ExitCode.INPUT;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, err, debug));
        listFormats(cli.getCommandSpec(), formats.help(true));
        for (String command : Plugins.COMMANDS) {
            boolean writesReports = command.equals("check") || command.equals("diff");
            listFormats(cli.getSubcommands().get(command).getCommandSpec(), formats.help(writesReports));
        }
        return cli.execute(args);
    }

    /** Ends a command's help with the formats the registries hold, plugins' included. */
    private static void listFormats(CommandLine.Model.CommandSpec command, List<String> lines) {
        command.usageMessage().footerHeading("%n").footer(lines.toArray(String[]::new));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int handle(Exception e, PrintWriter err, boolean debug) {
        if (e instanceof InputException input) {
            for (InputError error : input.errors()) {
                err.println("error: " + error.render());
            }
            if (debug) {
                e.printStackTrace(err);
            }
            return ExitCode.INPUT;
        }
        java.util.Optional<String> environment = EnvironmentErrors.describe(e);
        if (environment.isPresent()) {
            err.println(environment.get());
            if (debug) {
                e.printStackTrace(err);
            }
            return ExitCode.INPUT;
        }
        err.println("error: internal error: " + e + (debug ? "" : " (run again with --debug for the stack trace)"));
        if (debug) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        }
        return ExitCode.INTERNAL;
    }

    private static void configureLogging(List<String> arguments) {
        String level = arguments.contains("--debug") ? "debug" : arguments.contains("--verbose") ? "info" : "warn";
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level);
    }

    /** Reads the version from the build. */
    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"virtaudit " + Version.current()};
        }
    }

    /** Gives commands the clock and the formats of this run. */
    private record CommandFactory(Clock clock, Formats formats) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == CheckCommand.class) {
                return type.cast(new CheckCommand(clock, formats));
            }
            if (type == DiffCommand.class) {
                return type.cast(new DiffCommand(clock, formats));
            }
            if (type == ImportCommand.class) {
                return type.cast(new ImportCommand(clock, formats));
            }
            if (type == ValidateCommand.class) {
                return type.cast(new ValidateCommand(clock, formats));
            }
            if (type == ReportOptions.FormatNames.class) {
                return type.cast(new ReportOptions.FormatNames(formats.reporters().names()));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
