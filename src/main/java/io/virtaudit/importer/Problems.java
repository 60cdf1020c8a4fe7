package io.virtaudit.importer;

import java.util.ArrayList;
import java.util.List;

/** Collects the input errors of one pass so the user sees them all at once, not one per run. */
final class Problems {

    private static final int LIMIT = 50;

    private final String file;
    private final List<InputError> errors = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void add(String location, String message) {
        if (errors.size() < LIMIT) {
            errors.add(new InputError(file, location, message));
        }
    }

    void range(String location, String field, Number value, double min, double max) {
        if (value != null && (value.doubleValue() < min || value.doubleValue() > max || Double.isNaN(value.doubleValue()))) {
            String bounds = max == Double.MAX_VALUE ? "at least " + fmt(min) : "between " + fmt(min) + " and " + fmt(max);
            add(location + "/" + field, field + " is " + value + ", must be " + bounds);
        }
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
