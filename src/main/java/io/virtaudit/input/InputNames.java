package io.virtaudit.input;

import java.nio.file.Path;

/**
 * How an input is named: in messages as the user gave it, and where a report or document keeps it
 * without the folders of the machine that read it.
 */
public final class InputNames {

    private InputNames() {
    }

    /** The input as the user named it, without a leading {@code ./}: what error lines and reports show. */
    public static String display(Path input) {
        String text = input.toString();
        return text.startsWith("./") ? text.substring(2) : text;
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
