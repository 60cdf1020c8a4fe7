package io.virtaudit.importer;

/** How an input is named where a report or document keeps it: without the folders of the machine that read it. */
public final class InputNames {

    private InputNames() {
    }

    /**
     * The file (or folder) name of an input as the user gave it: {@code site-b.xlsx} for
     * {@code exports/site-b.xlsx}, {@code inv} for {@code inv/}; either slash separates folders.
     */
    public static String fileName(String given) {
        String trimmed = given.replaceAll("[/\\\\]+$", "");
        return trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')) + 1);
    }
}
