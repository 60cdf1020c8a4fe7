package io.virtaudit.importer.csv;

import io.virtaudit.input.InputNames;
import io.virtaudit.input.InputError;
import io.virtaudit.model.EstateInfo;
import io.virtaudit.input.InputException;
import java.util.ArrayList;
import java.util.List;

/** The input errors of one CSV inventory, gathered so that the user sees them all in one run. */
final class CsvProblems {

    private static final int LIMIT = 50;

    private final List<InputError> errors = new ArrayList<>();
    private final List<InputError> warnings = new ArrayList<>();
    private final List<EstateInfo.SkippedRow> skipped = new ArrayList<>();

    void add(String file, int line, String message) {
        if (errors.size() < LIMIT) {
            errors.add(new InputError(file, String.valueOf(line), message));
        }
    }

    void addAll(InputException e) {
        e.errors().stream().limit(Math.max(0, LIMIT - errors.size())).forEach(errors::add);
    }

    /** A cell that cannot be used: its field is left unknown and the row is kept. */
    void warn(String file, int line, String message) {
        if (warnings.size() < LIMIT) {
            warnings.add(new InputError(file, String.valueOf(line), message + "; the field is left unknown"));
        }
    }

    /** A row that describes nothing usable: left out, recorded for the report, and told. */
    void skip(String file, int line, String reason) {
        skipped.add(new EstateInfo.SkippedRow(InputNames.fileName(file) + ":" + line, reason));
        if (warnings.size() < LIMIT) {
            warnings.add(new InputError(file, String.valueOf(line), "row skipped: " + reason));
        }
    }

    List<InputError> warnings() {
        return List.copyOf(warnings);
    }

    List<EstateInfo.SkippedRow> skipped() {
        return List.copyOf(skipped);
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
