package io.virtaudit.importer;

import java.nio.file.Path;
import java.util.List;

/**
 * An importer that reads all its inputs of a run together, after the others: RVTools qualifies a
 * name two vCenters' exports share ({@code datastore1}) in both, which it can only do having seen
 * both. Each document keeps the place of its input among the inputs.
 */
public interface JointImporter extends Importer {

    /**
     * Reads several inputs this importer accepted, to be merged.
     *
     * @return one document per input, in their order
     */
    List<SourcedDocument> readTogether(List<Path> inputs, List<String> displayNames);
}
