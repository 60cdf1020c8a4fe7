package io.virtaudit.model;

/**
 * A CPU or memory limit of a VM: a value, or {@code none}, explicitly unlimited. Kept apart from
 * an unknown limit (a null {@code Limit}), which rules never read as either.
 */
public record Limit(Double value) {

    public static final String NONE_WORD = "none";
    public static final Limit NONE = new Limit(null);

    /** Explicitly unlimited. */
    public boolean none() {
        return value == null;
    }

    /** Whether this caps below {@code amount}: false when unlimited. */
    public boolean below(double amount) {
        return value != null && value < amount;
    }

    @Override
    public String toString() {
        return none() ? NONE_WORD : String.valueOf(value);
    }
}
