package io.virtaudit.cli;

import io.virtaudit.input.InputException;
import io.virtaudit.plugin.PluginJars;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a run's plugin jars come from: every {@code *.jar} in the plugins folder of virtaudit's
 * home, then each {@code --plugin FILE} of a command that reads inputs or writes reports. They are
 * loaded before picocli parses the command line, so that the help lists their formats: the
 * command line is scanned for {@code --plugin} first, and picocli then parses it as usual.
 */
final class Plugins {

    /** The commands that take {@code --plugin}: those that read inputs or write reports. */
    static final Set<String> COMMANDS = Set.of("check", "diff", "validate", "import");

    private static final String OPTION = "--plugin";

    private Plugins() {
    }

    /**
     * The plugins folder: {@code plugins/} in virtaudit's home, the folder above the one that holds
     * {@code virtaudit.jar}: {@code <home>/plugins} beside {@code <home>/lib/virtaudit.jar} in the
     * distribution, the checkout's {@code plugins/} beside {@code target/virtaudit.jar}. Empty when
     * virtaudit runs from classes rather than a jar (tests, an IDE).
     */
    static Optional<Path> folder() {
        try {
            var source = Plugins.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path jar = Path.of(source.getLocation().toURI());
            Path home = Files.isRegularFile(jar) && jar.getParent() != null ? jar.getParent().getParent() : null;
            return Optional.ofNullable(home).map(h -> h.resolve("plugins"));
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The folder's jars, then the command line's, on one class loader. */
    static PluginJars load(Optional<Path> folder, String... args) {
        List<Path> jars = new ArrayList<>(folder.map(PluginJars::inFolder).orElse(List.of()));
        jars.addAll(named(args));
        return PluginJars.of(jars);
    }

    /**
     * The {@code --plugin FILE} and {@code --plugin=FILE} arguments of a command that takes them,
     * up to a {@code --} that ends the options; none for other commands.
     */
    static List<Path> named(String... args) {
        int command = 0;
        while (command < args.length && args[command].startsWith("-")) {
            command++;
        }
        if (command >= args.length || !COMMANDS.contains(args[command])) {
            return List.of();
        }
        List<Path> jars = new ArrayList<>();
        for (int i = command + 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                break;
            }
            if (arg.equals(OPTION) && i + 1 < args.length) {
                jars.add(path(args[++i]));
            } else if (arg.startsWith(OPTION + "=")) {
                jars.add(path(arg.substring(OPTION.length() + 1)));
            }
        }
        return jars;
    }

    private static Path path(String given) {
        try {
            return Path.of(given);
        } catch (InvalidPathException e) {
            throw new InputException(OPTION, "", "'" + given + "' is not a path: " + e.getReason());
        }
    }
}
