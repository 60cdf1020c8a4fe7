package io.virtaudit.importer.rvtools;

import io.virtaudit.importer.InputError;
import io.virtaudit.importer.InputException;
import io.virtaudit.model.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;

/** The unreadable cells of one export, reported together so the user fixes them in one pass. */
final class CellErrors {

    private static final int LIMIT = 50;

    private final Set<InputError> errors = new LinkedHashSet<>();

    /** Adds an error; the same error again (a vSwitch cell read for each of its ports) is told once. */
    void add(SourceRef where, String message) {
        if (errors.size() < LIMIT) {
            errors.add(new InputError(where.file(), where.location(), message));
        }
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InputException(new ArrayList<>(errors));
        }
    }
}
