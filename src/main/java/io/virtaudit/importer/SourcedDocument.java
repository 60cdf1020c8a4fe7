package io.virtaudit.importer;

import java.util.List;

/**
 * A document together with where each of its values came from.
 *
 * @param inputs  the inputs it was read from, as the user named them (several for a merged estate)
 * @param locator maps a JSON pointer into the document to its source
 */
public record SourcedDocument(List<String> inputs, EstateDocument document, SourceLocator locator) {
}
