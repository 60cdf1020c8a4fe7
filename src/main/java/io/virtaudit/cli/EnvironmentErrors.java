package io.virtaudit.cli;

import io.virtaudit.report.IoMessages;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.Optional;

/**
 * A run that fails for its machine rather than its code (a full disk or temporary folder, a file
 * it may not read or write) is the user's to fix: one line naming the file and the reason, exit 2,
 * as for an input error, not an internal error with a stack trace.
 */
final class EnvironmentErrors {

    private EnvironmentErrors() {
    }

    /** The error line for a failure caused by an I/O error, or empty for any other failure. */
    static Optional<String> describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                String file = io instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : null;
                return Optional.of("error: " + (file == null ? "" : file + ": ") + IoMessages.reason(io)
                        + (file == null ? " (reading or writing a file)" : ""));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
