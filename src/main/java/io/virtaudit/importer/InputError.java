package io.virtaudit.importer;

/** One problem with a user's input: the file, where in it, and what is wrong. */
public record InputError(String file, String location, String message) {

    /** The contract's one-line form, without the {@code error: } prefix. */
    public String render() {
        return (location == null || location.isEmpty() ? file : file + ":" + location) + ": " + message;
    }
}
