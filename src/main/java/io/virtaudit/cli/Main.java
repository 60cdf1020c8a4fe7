package io.virtaudit.cli;

import io.virtaudit.audit.Version;
import io.virtaudit.input.InputError;
import io.virtaudit.input.InputException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
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
        List<String> arguments = Arrays.asList(args);
        boolean debug = arguments.contains("--debug");
        configureLogging(arguments);
        CommandLine cli = new CommandLine(new Main(), new CommandFactory(clock));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("error: " + e.getMessage());
            err.println("Run 'virtaudit " + (e.getCommandLine().getCommandName().equals("virtaudit") ? ""
                    : e.getCommandLine().getCommandName() + " ") + "--help' for usage.");
            return ExitCode.INPUT;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, err, debug));
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
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

    /** Gives commands the clock of this run. */
    private record CommandFactory(Clock clock) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == CheckCommand.class) {
                return type.cast(new CheckCommand(clock));
            }
            if (type == DiffCommand.class) {
                return type.cast(new DiffCommand(clock));
            }
            if (type == ImportCommand.class) {
                return type.cast(new ImportCommand(clock));
            }
            if (type == ValidateCommand.class) {
                return type.cast(new ValidateCommand(clock));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
