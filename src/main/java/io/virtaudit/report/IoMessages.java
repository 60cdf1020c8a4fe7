package io.virtaudit.report;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Why a file operation failed, in the words a user acts on rather than Java's exception names. */
public final class IoMessages {

    private IoMessages() {
    }

    /** The reason of an I/O failure: "permission denied", "No space left on device", … */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        String text = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        if (text == null || text.isBlank()) {
            return "input/output error";
        }
        return text.strip();
    }
}
