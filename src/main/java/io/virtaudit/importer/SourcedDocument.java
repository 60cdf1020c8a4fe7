package io.virtaudit.importer;

/**
 * A document together with how to name the place each object came from.
 *
 * @param file      the input as the user named it
 * @param locations maps a collection and index to a location inside the file
 */
public record SourcedDocument(String file, EstateDocument document, ObjectLocator locations) {

    /** Where the object at {@code index} of {@code collection} came from. */
    @FunctionalInterface
    public interface ObjectLocator {
        String locate(String collection, int index);

        /** JSON pointers, as for YAML and JSON documents: {@code /vms/3}. */
        static ObjectLocator jsonPointer() {
            return (collection, index) -> "/" + collection + "/" + index;
        }
    }
}
