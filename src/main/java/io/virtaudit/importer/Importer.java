package io.virtaudit.importer;

import io.virtaudit.input.InputException;
import java.nio.file.Path;

/**
 * Reads one kind of input file into an estate document; one implementation per format, found by
 * {@link ImporterRegistry} through {@code META-INF/services/io.virtaudit.importer.Importer}, so a
 * plugin jar can add a format. An implementation needs a public constructor without arguments.
 */
public interface Importer {

    /** The format's name, unique among importers: {@code document}, {@code rvtools}, {@code csv}. */
    String name();

    /**
     * What the format's inputs are, as the error for an input no importer reads lists them:
     * {@code an RVTools export (.xlsx, RVTools_tab*.csv or their folder)}.
     */
    String description();

    /** Whether this importer reads the given file or folder (by its name, or a look inside). */
    boolean accepts(Path input);

    /**
     * Reads the file.
     *
     * @throws InputException with the file and location of the first problem
     */
    SourcedDocument read(Path input, String displayName);

    /**
     * Where this importer is asked among the others, lowest first; the first that accepts a file
     * reads it, and every one that accepts a folder reads it. The built-in ones are 100 (estate
     * documents), 200 (RVTools), 300 (CSV inventories); the default, 0, asks a plugin's importer
     * first, so that it can read a {@code .yaml} or {@code .xlsx} of its own kind.
     */
    default int order() {
        return 0;
    }

    /**
     * Whether its documents name the estate: then the first such input gives the estate's name,
     * source and collection time, whatever the other inputs say. True for the native estate
     * document only; a third-party export has no say over them.
     */
    default boolean namesEstate() {
        return false;
    }
}
