package io.virtaudit.engine;

import io.virtaudit.input.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Reads rule packs: the built-in one from the classpath, others from directories. */
public final class RulePackReader {

    /** The id of the pack shipped in the jar. */
    public static final String CORE = "core";
    /** The version of the built-in pack: the catalogue's version. */
    public static final String CORE_VERSION = "1";

    private RulePackReader() {
    }

    /** The built-in pack, {@code rules/} at the top of the repository, shipped in the jar. */
    public static RulePack builtIn() {
        try {
            return read(CORE, CORE_VERSION, "rules", builtInFolder(), false);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in rule pack", e);
        }
    }

    /**
     * The built-in pack's folder on the classpath, inside the jar or in the classes directory: its
     * rule files and its {@code fixtures/}, which {@code rules test} runs.
     */
    public static Path builtInFolder() {
        URL marker = RulePackReader.class.getClassLoader().getResource("rules/README.md");
        if (marker == null) {
            throw new IllegalStateException("the built-in rule pack is missing from the classpath");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath("/rules");
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the built-in rule pack", e);
        }
    }

    /** A pack from a directory given with {@code --rules}; its id is the directory's name. */
    public static RulePack directory(Path dir, String display) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(display, "", "not a directory of rules (DRL files and .drl.xlsx decision tables)");
        }
        try {
            RulePack pack = read(dir.toAbsolutePath().normalize().getFileName().toString(), "local", display, dir, true);
            if (pack.files().isEmpty()) {
                throw new InputException(display, "", "no .drl files or .drl.xlsx decision tables in this directory");
            }
            return pack;
        } catch (IOException e) {
            throw new InputException(display, "", "cannot read the rule pack: " + e.getMessage(), e);
        }
    }

    /**
     * @param checkTables whether to open each decision table before Drools does, so that one it cannot
     *                    read is an input error naming it ({@link DecisionTableCheck}); the built-in
     *                    pack's tables are known good
     */
    /** The largest DRL file read: it is held in memory and compiled; the built-in pack's largest is 20 KiB. */
    static final long MAX_DRL_BYTES = 16L << 20;

    private static RulePack read(String id, String version, String display, Path root, boolean checkTables)
            throws IOException {
        List<RulePack.RuleFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                String name = relative.toLowerCase(Locale.ROOT);
                if (isRuleFile(name) && checkTables && DecisionTableCheck.isSpreadsheet(name)) {
                    DecisionTableCheck.checkSize(Files.size(file), display + "/" + relative);
                    byte[] content = Files.readAllBytes(file);
                    DecisionTableCheck.check(content, display + "/" + relative);
                    files.add(new RulePack.RuleFile(relative, content));
                } else if (isRuleFile(name)) {
                    if (Files.size(file) > MAX_DRL_BYTES) {
                        throw new InputException(display + "/" + relative, "", "the rule file is larger than "
                                + (MAX_DRL_BYTES >> 20) + " MiB; split the pack's rules into files of their own");
                    }
                    files.add(new RulePack.RuleFile(relative, Files.readAllBytes(file)));
                } else if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
                    throw new InputException(display + "/" + relative, "",
                            "a decision table must be named *.drl.xlsx or *.drl.xls, or Drools ignores it");
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new RulePack(id, version, display, List.copyOf(files));
    }

    static boolean isRuleFile(String lowerCaseName) {
        return lowerCaseName.endsWith(".drl") || lowerCaseName.endsWith(".drl.xlsx")
                || lowerCaseName.endsWith(".drl.xls") || lowerCaseName.endsWith(".drl.csv");
    }
}
