package io.virtaudit.importer.csv;

import io.virtaudit.importer.InputError;
import io.virtaudit.importer.InputException;
import java.util.ArrayList;
import java.util.List;

/** The input errors of one CSV inventory, gathered so that the user sees them all in one run. */
final class CsvProblems {

    private static final int LIMIT = 50;

    private final List<InputError> errors = new ArrayList<>();

    void add(String file, int line, String message) {
        if (errors.size() < LIMIT) {
            errors.add(new InputError(file, String.valueOf(line), message));
        }
    }

    void addAll(InputException e) {
        e.errors().stream().limit(Math.max(0, LIMIT - errors.size())).forEach(errors::add);
    }

    int count() {
        return errors.size();
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
    }
}
