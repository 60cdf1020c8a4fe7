package io.virtaudit.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Date checks for the lifecycle decision table (SEC-007), against the estate's collectedAt. */
public final class Lifecycle {

    private Lifecycle() {
    }

    /**
     * Whether {@code reference} is on or after the date (midnight UTC): support that "ended
     * 2022-10-15" has ended on that day.
     *
     * @throws IllegalArgumentException naming the text when it is not a date such as 2027-10-11
     */
    public static boolean reached(Instant reference, String isoDate) {
        try {
            return !reference.isBefore(LocalDate.parse(isoDate.strip()).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + isoDate + "' in the lifecycle table is not a date such as 2027-10-11", e);
        }
    }
}
