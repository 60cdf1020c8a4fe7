package io.virtaudit.importer;

import io.virtaudit.input.InputException;
import io.virtaudit.input.InputError;
import java.util.ArrayList;
import java.util.List;
import io.virtaudit.model.SourceRef;

/** Collects the input errors of one pass so the user sees them all at once, not one per run. */
final class Problems {

    private static final int LIMIT = 50;

    private final SourceLocator locator;
    private final List<InputError> errors = new ArrayList<>();

    Problems(SourceLocator locator) {
        this.locator = locator;
    }

    /** Adds an error about the value at a JSON pointer of the document, located in its source. */
    void add(String pointer, String message) {
        if (errors.size() < LIMIT) {
            SourceRef ref = locator.locate(pointer);
            errors.add(new InputError(ref.file(), ref.location(), message));
        }
    }

    /** Where a pointer of the document is in its source, for messages that name a first definition. */
    SourceRef where(String pointer) {
        return locator.locate(pointer);
    }

    /** Checks a field of a record against the format's range for it ({@link ValueRange}). */
    void range(String location, Class<?> record, String field, Number value) {
        ValueRange range = ValueRange.of(record, field);
        range(location, field, value, range.min(), range.max());
    }

    void range(String location, String field, Number value, double min, double max) {
        if (value != null && (value.doubleValue() < min || value.doubleValue() > max || Double.isNaN(value.doubleValue()))) {
            String bounds = max == Double.MAX_VALUE ? "at least " + fmt(min) : "between " + fmt(min) + " and " + fmt(max);
            add(location + "/" + field, field + " is " + value + ", must be " + bounds);
        }
    }

    /**
     * Years an estate's dates may take: ages and reports compute with them (durations, the
     * workbook's document dates), and a date outside these years is a typing or export slip.
     */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 9999;
    private static final java.time.Instant EARLIEST = java.time.LocalDate.of(FIRST_YEAR, 1, 1)
            .atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    private static final java.time.Instant LATEST = java.time.LocalDate.of(LAST_YEAR + 1, 1, 1)
            .atStartOfDay(java.time.ZoneOffset.UTC).toInstant();

    void time(String location, String field, java.time.Instant value) {
        if (value != null && (value.isBefore(EARLIEST) || !value.isBefore(LATEST))) {
            add(location + "/" + field, field + " is " + value + ", must be between the years " + FIRST_YEAR
                    + " and " + LAST_YEAR);
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
