package io.virtaudit.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An enumeration of the estate format: lower-case words with hyphens on the wire, matched
 * case-insensitively on input, so that the Java constant names never leak into documents.
 */
public interface Wire {

    /** The spelling of this value in estate documents and reports. */
    String wireName();

    /**
     * Other spellings read for this value, in lower case (a tool's own words, such as vSphere's
     * {@code automatic}); never written.
     */
    default java.util.List<String> alternativeSpellings() {
        return java.util.List.of();
    }

    /**
     * Finds the constant spelt {@code text} (case-insensitive; underscores read as hyphens).
     *
     * @throws IllegalArgumentException naming the allowed spellings when none matches
     */
    static <E extends Enum<E> & Wire> E parse(Class<E> type, String text) {
        E value = WireSpellings.constant(type, text.trim().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (value != null) {
            return value;
        }
        throw new IllegalArgumentException("'" + text + "' is not one of " + allowed(type));
    }

    /** The allowed spellings, for error messages. */
    static <E extends Enum<E> & Wire> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Wire::wireName)
                .collect(Collectors.joining(", "));
    }

    /** The conventional wire name of a constant: lower case, underscores as hyphens. */
    static String of(Enum<?> value) {
        return WireSpellings.conventional(value);
    }
}
