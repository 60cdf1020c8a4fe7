package io.virtaudit.importer.rvtools;

import io.virtaudit.input.InputError;
import io.virtaudit.input.InputException;
import io.virtaudit.model.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one export's cells got wrong. An export describes someone else's estate and is read with
 * forgiveness: a cell whose value cannot be used (CPUs 0 on an inaccessible VM, {@code abc} in
 * Memory, an unknown power state) leaves its field unknown with a warning; what makes the export
 * unusable as a whole (two objects under one id) is an error, all of them reported together.
 */
final class CellErrors {

    private static final int LIMIT = 50;

    private final Set<InputError> errors = new LinkedHashSet<>();
    private final Set<InputError> warnings = new LinkedHashSet<>();

    /** A cell that cannot be used: its field is left unknown, and the user is told where and why. */
    void warn(SourceRef where, String message) {
        if (warnings.size() < LIMIT) {
            warnings.add(new InputError(where.file(), where.location(), message + "; the field is left unknown"));
        }
    }

    /** The warnings, in the order found, at most fifty. */
    List<InputError> warnings() {
        return List.copyOf(warnings);
    }

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
