package io.virtaudit.report.sarif;

import java.util.LinkedHashMap;

/**
 * A SARIF object whose members keep the order they were added in (byte-stable output) and which
 * leaves out absent values: the schema rejects {@code null} where it expects a string or number.
 */
final class SarifObject extends LinkedHashMap<String, Object> {

    private static final long serialVersionUID = 1L;

    /** Adds a member unless the value is null; empty arrays stay (an empty results array means "none found"). */
    SarifObject with(String key, Object value) {
        if (value != null) {
            put(key, value);
        }
        return this;
    }

    /** A SARIF {@code message} or {@code multiformatMessageString} with plain text only. */
    static SarifObject text(String text) {
        return new SarifObject().with("text", text == null ? "" : text);
    }
}
