package io.virtaudit.importer;

import io.virtaudit.model.SourceRef;

/**
 * Maps a JSON pointer into an estate document ({@code /vms/3/host}) to where that value came
 * from: the same pointer in a YAML file, a row of an RVTools sheet, a line of a CSV file.
 */
@FunctionalInterface
public interface SourceLocator {

    SourceRef locate(String pointer);

    /** Native documents: the pointer is the location. */
    static SourceLocator jsonPointer(String file) {
        return pointer -> new SourceRef(file, pointer);
    }
}
