package io.virtaudit.importer;

import io.virtaudit.input.InputException;
import java.nio.file.Path;

/** Reads one kind of input file into an estate document; one implementation per format. */
public interface Importer {

    /** Whether this importer reads the given file (by its name). */
    boolean accepts(Path input);

    /**
     * Reads the file.
     *
     * @throws InputException with the file and location of the first problem
     */
    SourcedDocument read(Path input, String displayName);
}
