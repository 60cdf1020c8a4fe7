package io.virtaudit.model;

/**
 * Where a fact came from: a file and a location inside it (a JSON pointer, a line, or
 * {@code Sheet!row}), so that findings and errors can send the reader back to the input.
 */
public record SourceRef(String file, String location) {

    @Override
    public String toString() {
        return location == null || location.isEmpty() ? file : file + ":" + location;
    }
}
