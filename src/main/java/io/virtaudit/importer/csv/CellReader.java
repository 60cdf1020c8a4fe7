package io.virtaudit.importer.csv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.virtaudit.input.Times;
import io.virtaudit.model.BackupTime;
import io.virtaudit.model.HardwareVersion;
import io.virtaudit.model.Limit;
import io.virtaudit.model.LicenseExpiry;
import io.virtaudit.model.LicenseTotal;
import io.virtaudit.model.VlanRange;
import io.virtaudit.model.Wire;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads one cell as the value its column's field takes: an empty cell is unknown, lists are
 * {@code ;}-separated and the single word {@code none} is the empty list. The values are checked
 * here, so that a wrong one is reported with its column in the user's words.
 */
final class CellReader {

    static final String NONE = "none";
    private static final char SEPARATOR = ';';
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CellReader() {
    }

    /** A cell's value that its column does not take; the message names the value, not the column. */
    static final class BadCell extends Exception {
        BadCell(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The value of a cell for its column, or null when the cell is empty (unknown).
     *
     * @throws BadCell when the text is not a value of the column's type
     */
    static JsonNode read(Column column, String cell) throws BadCell {
        String text = cell.trim();
        if (text.isEmpty()) {
            return null;
        }
        if (!column.list()) {
            return scalar(column, text);
        }
        ArrayNode items = NODES.arrayNode();
        if (text.equalsIgnoreCase(NONE)) {
            return items;
        }
        if (column.kind() == Column.Kind.OBJECT_LIST) {
            throw new BadCell("'" + text + "' is not allowed here: this column takes only 'none'; list the "
                    + column.name() + " themselves in " + column.name() + ".csv");
        }
        for (String item : text.split(Pattern.quote(String.valueOf(SEPARATOR)))) {
            if (!item.isBlank()) {
                items.add(scalar(column, item.trim()));
            }
        }
        if (items.isEmpty()) {
            throw new BadCell("'" + text + "' has no items; write none for an empty list");
        }
        return items;
    }

    private static JsonNode scalar(Column column, String text) throws BadCell {
        return switch (column.kind()) {
            case TEXT, OWNER -> NODES.textNode(text);
            case WHOLE -> NODES.numberNode(inRange(column, text, whole(text)));
            case NUMBER -> NODES.numberNode(inRange(column, text, decimal(text)));
            case BOOLEAN -> NODES.booleanNode(bool(text));
            case TIME -> NODES.textNode(time(text));
            case BACKUP_TIME -> NODES.textNode(backupTime(text));
            case CHOICE -> NODES.textNode(choice(column.type(), text));
            case LIMIT -> text.equalsIgnoreCase(Limit.NONE_WORD) ? NODES.textNode(Limit.NONE_WORD)
                    : NODES.numberNode(inRange(column, text, limit(text)));
            case HARDWARE_VERSION -> NODES.numberNode(inRange(column, text, hardwareVersion(text)));
            case OBJECT_LIST -> throw new IllegalStateException("not a scalar column: " + column.name());
            case VLAN_RANGE -> vlanRange(text);
            case LICENSE_TOTAL -> text.equalsIgnoreCase(LicenseTotal.UNLIMITED_WORD)
                    ? NODES.textNode(LicenseTotal.UNLIMITED_WORD) : NODES.numberNode(atLeastZero(whole(text), text));
            case LICENSE_EXPIRY -> NODES.textNode(licenseExpiry(text));
        };
    }

    /** A VLAN id as a number, a range as its text; both within 0-4094, a range ascending. */
    private static JsonNode vlanRange(String text) throws BadCell {
        VlanRange range = VlanRange.parse(text);
        if (range == null) {
            throw new BadCell("'" + text + "' is not a VLAN id or a range such as 200-299");
        }
        if (range.first() < 0 || range.last() > 4094 || range.first() > range.last()) {
            throw new BadCell("'" + text + "' is not within 0-4094 in ascending order");
        }
        return range.single() ? NODES.numberNode(range.first()) : NODES.textNode(range.toString());
    }

    private static int atLeastZero(int value, String text) throws BadCell {
        if (value < 0) {
            throw new BadCell("'" + text + "' is negative");
        }
        return value;
    }

    private static String licenseExpiry(String text) throws BadCell {
        if (text.equalsIgnoreCase(LicenseExpiry.NEVER_WORD)) {
            return LicenseExpiry.NEVER_WORD;
        }
        if (Times.parse(text) == null) {
            throw new BadCell("'" + text + "' is not an ISO-8601 date-time or never");
        }
        return text;
    }

    private static int whole(String text) throws BadCell {
        if (!WHOLE.matcher(text).matches()) {
            throw new BadCell("'" + text + "' is not a whole number");
        }
        long value = Long.parseLong(text);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new BadCell("'" + text + "' is too large for a whole number");
        }
        return (int) value;
    }

    private static double decimal(String text) throws BadCell {
        if (!DECIMAL.matcher(text).matches()) {
            throw new BadCell("'" + text + "' is not a number");
        }
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            throw new BadCell("'" + text + "' is too large a number");
        }
        return value;
    }

    /** The value, if the field takes it; the error quotes the cell as written, with the field's unit. */
    private static <N extends Number> N inRange(Column column, String text, N value) throws BadCell {
        String problem = column.range() == null ? null : column.range().problem(text, value.doubleValue());
        if (problem != null) {
            throw new BadCell(problem);
        }
        return value;
    }

    private static double limit(String text) throws BadCell {
        if (!DECIMAL.matcher(text).matches()) {
            throw new BadCell("'" + text + "' is not a number or none");
        }
        return decimal(text);
    }

    private static int hardwareVersion(String text) throws BadCell {
        HardwareVersion version = HardwareVersion.parse(text);
        if (version == null) {
            throw new BadCell("'" + text + "' is not a hardware version such as 19 or vmx-19");
        }
        return version.number();
    }

    private static boolean bool(String text) throws BadCell {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new BadCell("'" + text + "' is not true or false");
        };
    }

    private static String time(String text) throws BadCell {
        if (Times.parse(text) == null) {
            throw new BadCell("'" + text + "' is not an ISO-8601 date or date-time such as 2026-11-20T08:00:00Z");
        }
        return text;
    }

    private static String backupTime(String text) throws BadCell {
        if (text.equalsIgnoreCase(BackupTime.NEVER_WORD)) {
            return BackupTime.NEVER_WORD;
        }
        if (Times.parse(text) == null) {
            throw new BadCell("'" + text + "' is not an ISO-8601 date-time or never");
        }
        return text;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String choice(Class<?> type, String text) throws BadCell {
        try {
            return ((Wire) Wire.parse((Class) type, text)).wireName();
        } catch (IllegalArgumentException e) {
            throw new BadCell("'" + text + "' is not one of " + Wire.allowed((Class) type));
        }
    }
}
