package io.virtaudit.cli;

import io.virtaudit.input.InputError;
import java.io.PrintWriter;
import java.util.function.Consumer;

/** Where a run's warnings go: one line each on standard error, {@code warning: FILE:LOCATION: message}. */
final class Warnings {

    private Warnings() {
    }

    static Consumer<InputError> to(PrintWriter err) {
        return warning -> {
            err.println("warning: " + warning.render());
            err.flush();
        };
    }
}
