package io.virtaudit.importer;

import io.virtaudit.plugin.Services;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The input formats of a run: the importers that virtaudit and the plugin jars on a class loader
 * declare in {@code META-INF/services/io.virtaudit.importer.Importer}, in the order they are asked
 * ({@link Importer#order}). Two importers of one name are refused, naming both jars.
 */
public final class ImporterRegistry {

    private static final String KIND = "input format";

    private final List<Services.Found<Importer>> importers;

    private ImporterRegistry(List<Services.Found<Importer>> importers) {
        this.importers = importers;
    }

    /** The importers virtaudit ships (and any whose jar is on virtaudit's own class path). */
    public static ImporterRegistry builtIn() {
        return load(ImporterRegistry.class.getClassLoader());
    }

    /**
     * The importers the loader's jars declare.
     *
     * @throws io.virtaudit.input.InputException when one cannot be loaded, or two share a name
     */
    public static ImporterRegistry load(ClassLoader loader) {
        List<Services.Found<Importer>> found = new ArrayList<>(Services.load(Importer.class, loader, KIND));
        Services.refuseClashes(found, Importer::name, KIND);
        found.sort(Comparator.comparingInt(f -> f.implementation().order()));
        return new ImporterRegistry(List.copyOf(found));
    }

    /** The importers, in the order they are asked. */
    public List<Importer> importers() {
        return importers.stream().map(Services.Found::implementation).toList();
    }

    /** The importer that reads a file: the first that accepts it. */
    public Optional<Importer> forInput(Path input) {
        return importers().stream().filter(i -> i.accepts(input)).findFirst();
    }

    /**
     * The importers that read an input: the first that accepts a file; for a folder, every one that
     * accepts it, in order (a folder of RVTools tabs may hold the CMDB's CSV inventories too).
     */
    public List<Importer> readersOf(Path input) {
        if (!Files.isDirectory(input)) {
            return forInput(input).map(List::of).orElse(List.of());
        }
        return importers().stream().filter(i -> i.accepts(input)).toList();
    }

    /**
     * The inputs the importers read, for the error about one none reads: {@code an estate document
     * (.yaml, .yml, .json), an RVTools export (…), or CSV inventories (…)}.
     */
    public String expected() {
        List<String> descriptions = importers().stream().map(Importer::description).toList();
        if (descriptions.size() < 2) {
            return String.join("", descriptions);
        }
        return String.join(", ", descriptions.subList(0, descriptions.size() - 1)) + ", or "
                + descriptions.get(descriptions.size() - 1);
    }

    /** The plugin jar an importer came from, or empty for virtaudit's own. */
    public Optional<Path> pluginOf(Importer importer) {
        return importers.stream().filter(f -> f.implementation() == importer).findFirst()
                .map(Services.Found::origin);
    }
}
