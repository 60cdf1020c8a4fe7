package io.virtaudit.report.xlsx;

import io.virtaudit.model.Wire;
import io.virtaudit.report.XmlText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;

/**
 * How report values become cell values: numbers stay numbers, everything else becomes plain text
 * (never a formula, whatever it begins with), cut to what a cell holds with a visible marker.
 */
final class CellValues {

    /** The most characters an Excel cell holds. */
    static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    static final String TRUNCATED = "…[truncated]";

    private CellValues() {
    }

    /**
     * Writes a value: a {@link Number}, or anything {@link #text} can spell; null leaves the cell
     * blank. Text goes through {@link XmlText}, as the streamed rows' text is escaped
     * ({@link io.virtaudit.ooxml.SheetData}): what XML cannot hold becomes U+FFFD, whichever path a
     * value takes.
     */
    static void set(Cell cell, Object value) {
        Object content = content(value);
        if (content instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (content != null) {
            cell.setCellValue(XmlText.of((String) content));
        }
    }

    /** What a cell holds for a value: the number, the text cut to fit, or null for a blank cell. */
    static Object content(Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        String text = value instanceof String plain ? plain : text(value);
        return text == null || text.isEmpty() ? null : fit(text);
    }

    /** The words a reader sees for a value: wire names, yes/no, ISO dates, lists joined with "; ". */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Wire wire) {
            return wire.wireName();
        }
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        if (value instanceof Instant || value instanceof LocalDate) {
            return value.toString();
        }
        if (value instanceof Collection<?> items) {
            if (items.size() == 1) {
                return String.valueOf(text(items.iterator().next()));
            }
            // a loop rather than a stream: inventory rows join several lists each (a LUN's hosts:
            // sized for them, not grown from 16 characters)
            StringBuilder joined = new StringBuilder(items.size() * 16);
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    joined.append("; ");
                }
                first = false;
                joined.append(text(item));
            }
            return joined.toString();
        }
        if (value instanceof Map<?, ?> pairs) {
            StringBuilder joined = new StringBuilder();
            boolean first = true;
            for (Map.Entry<?, ?> pair : pairs.entrySet()) {
                if (!first) {
                    joined.append("; ");
                }
                first = false;
                joined.append(pair.getKey()).append('=').append(pair.getValue() == null ? "" : pair.getValue());
            }
            return joined.toString();
        }
        return value.toString();
    }

    /** The text, cut to what a cell holds with a visible marker where it was cut. */
    static String fit(String text) {
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        int keep = MAX_TEXT - TRUNCATED.length();
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + TRUNCATED;
    }
}
