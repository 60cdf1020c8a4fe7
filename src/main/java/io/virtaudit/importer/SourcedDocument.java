package io.virtaudit.importer;

import io.virtaudit.input.InputError;
import java.util.List;

/**
 * A document together with where each of its values came from.
 *
 * @param inputs   the inputs it was read from, as the user named them (several for a merged estate)
 * @param locator  maps a JSON pointer into the document to its source
 * @param warnings what an importer of a third-party export read around rather than refused: a cell
 *                 it could not use, whose field is left unknown. Warnings never stop a run
 */
public record SourcedDocument(List<String> inputs, EstateDocument document, SourceLocator locator,
                              List<InputError> warnings) {

    public SourcedDocument {
        warnings = List.copyOf(warnings);
    }

    /** A document read without warnings. */
    public SourcedDocument(List<String> inputs, EstateDocument document, SourceLocator locator) {
        this(inputs, document, locator, List.of());
    }

    /** The same document with these warnings added after its own. */
    public SourcedDocument warnedOf(List<InputError> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<InputError> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new SourcedDocument(inputs, document, locator, all);
    }
}
