package io.virtaudit.input;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.virtaudit.model.Wire;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Jackson's exceptions into one short sentence a person can act on. */
public final class JacksonErrors {

    private static final Pattern REASON = Pattern.compile("from String \".*\": (.+)$", Pattern.DOTALL);
    private static final Pattern FOUND = Pattern.compile("from (Object|Array|String|Integer|Floating-point|Boolean|Null) value");
    private static final Pattern LENGTH = Pattern.compile("^(String value|Name|Number value|Document nesting depth) "
            + "(?:length )?\\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
    private static final Pattern NON_STANDARD = Pattern.compile("^Non-standard token '([^']*)'");
    private static final Pattern OUT_OF_RANGE = Pattern.compile("^Numeric value \\((.*)\\) out of range of (?:Java )?(\\w+)");
    private static final Pattern MALFORMED_NUMBER = Pattern.compile("^Malformed numeric value '(.*)'");
    private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)': expected '(.)' \\(for (Array|Object)");
    private static final Pattern CONTROL = Pattern.compile("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape '(.)'");
    private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '(.*)': was expecting");
    private static final Pattern CHARACTER = Pattern.compile("Unexpected character \\('(.+?)' \\(code \\d+\\)\\)");
    private static final Pattern FEATURE = Pattern.compile(":? ?(enable|disable) `[^`]*`( to allow)?|\\(not recognized as one since Feature '[^']*' not enabled for parser\\)");
    /** The longest value a message quotes; beyond it, the start and an ellipsis. */
    private static final int QUOTED = 40;

    private JacksonErrors() {
    }

    /** The message for an error: what is wrong and, for values, the JSON pointer of the value. */
    public static String describe(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TextLimit.AliasRefused alias) {
                return alias.getOriginalMessage();
            }
        }
        String notUtf8 = notUtf8(e);
        if (notUtf8 != null) {
            return notUtf8;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.io.JsonEOFException
                    || String.valueOf(t.getMessage()).startsWith("Unexpected end-of-input")) {
                return "malformed document: it ends in the middle of a value (truncated?)";
            }
        }
        String limit = limit(e);
        if (limit != null) {
            return limit;
        }
        String yamlReader = yamlReaderProblem(e);
        if (yamlReader != null) {
            return yamlReader;
        }
        org.yaml.snakeyaml.error.MarkedYAMLException yaml = yamlProblem(e);
        if (yaml != null) {
            return "malformed YAML: " + (yaml.getContext() == null ? "" : yaml.getContext() + ", ")
                    + firstLine(yaml.getProblem());
        }
        String duplicate = duplicate(e);
        if (duplicate != null) {
            return duplicate;
        }
        String number = number(e);
        if (number != null) {
            return number;
        }
        if (String.valueOf(e.getOriginalMessage()).startsWith("Expected a field name")) {
            return "a key must be text, not a list or a mapping" + at(e);
        }
        if (e instanceof MismatchedInputException m && String.valueOf(m.getOriginalMessage()).startsWith("Trailing token")) {
            return "the file goes on after the end of the document (a second document, or a YAML '---'?): it must hold exactly one";
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return unknownKey(u);
        }
        if (e instanceof InvalidFormatException f) {
            Matcher reason = REASON.matcher(String.valueOf(f.getOriginalMessage()));
            String why = reason.find() && !reason.group(1).startsWith("not a valid") ? reason.group(1) : expected(f);
            return "invalid value " + quote(String.valueOf(f.getValue())) + " at " + pointer(f) + ": " + why;
        }
        if (e instanceof ValueInstantiationException v) {
            return "invalid value at " + pointer(v) + ": "
                    + firstLine(v.getCause() != null ? v.getCause().getMessage() : v.getOriginalMessage());
        }
        if (e instanceof MismatchedInputException m) {
            return "wrong type at " + pointer(m) + ": " + expected(m) + found(m);
        }
        if (e instanceof JsonParseException) {
            return "malformed document: " + plain(e.getOriginalMessage());
        }
        if (e instanceof JsonMappingException m && m.getCause() != null) {
            Throwable cause = m.getCause();
            return "invalid value at " + pointer(m) + ": "
                    + plain(cause instanceof JsonProcessingException j ? j.getOriginalMessage() : cause.getMessage());
        }
        return "malformed document: " + plain(e.getOriginalMessage());
    }

    /**
     * The JSON parser's own sentence with its Java words replaced: the features one could enable
     * ({@code JsonReadFeature.ALLOW_COMMENTS}), character codes, the source description of a
     * location, and its token names.
     */
    static String plain(String message) {
        String m = firstLine(message);
        Matcher close = CLOSE_MARKER.matcher(m);
        if (close.find()) {
            return "unexpected '" + close.group(1) + "': " + ("Array".equals(close.group(3)) ? "a list" : "a mapping")
                    + " is still open and needs '" + close.group(2) + "' first";
        }
        Matcher control = CONTROL.matcher(m);
        if (control.find()) {
            int code = Integer.parseInt(control.group(1));
            return String.format(java.util.Locale.ROOT, "a control character (U+%04X) inside a text must be written as an"
                    + " escape (\\u%04x)", code, code);
        }
        Matcher escape = ESCAPE.matcher(m);
        if (escape.find()) {
            return "unknown escape '\\" + escape.group(1) + "' inside a text";
        }
        Matcher token = TOKEN.matcher(m);
        if (token.find()) {
            return quote(token.group(1)) + " is not a value: text needs double quotes";
        }
        if (m.contains("maybe a (non-standard) comment")) {
            return "JSON has no comments: remove it";
        }
        if (m.contains("numbers to have plus signs")) {
            return "JSON numbers have no plus sign: write 1, not +1";
        }
        m = CHARACTER.matcher(m).replaceAll("unexpected character '$1'");
        m = m.replace("was expecting double-quote to start field name", "expected a key in double quotes")
                .replace("expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                        "expected a value (text in double quotes, a number, true, false, null, a list or a mapping)")
                .replace("was expecting comma to separate Object entries", "expected a comma between the entries of a mapping")
                .replace("was expecting comma to separate Array entries", "expected a comma between the items of a list");
        // whatever else names a feature to enable, or the source of a location, loses that part
        return FEATURE.matcher(m).replaceAll("").replaceAll("\\s*\\(for \\w+ starting at.*$", "").strip();
    }


    /**
     * A safety limit of the parser (Jackson's stream-read constraints, or {@link TextLimit}) in plain
     * words, or null when the error is not one.
     */
    private static String limit(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException c) {
                Matcher m = LENGTH.matcher(String.valueOf(c.getOriginalMessage()));
                if (!m.find()) {
                    return "the document exceeds a safety limit" + at(e);
                }
                return switch (m.group(1)) {
                    case "String value" -> "a text value" + at(e) + " is longer than the " + m.group(3)
                            + " characters (64 KiB) allowed";
                    case "Name" -> "a key" + at(e) + " is longer than the " + m.group(3) + " characters (64 KiB) allowed";
                    case "Number value" -> "a number" + at(e) + " has more than the " + m.group(3) + " digits allowed";
                    default -> "the document nests more than " + m.group(3) + " levels deep" + at(e);
                };
            }
        }
        return null;
    }

    /** SnakeYAML's reader and parser limits, which carry no mark: said plainly, or null. */
    private static String yamlReaderProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.yaml.snakeyaml.error.YAMLException y && !(t instanceof org.yaml.snakeyaml.error.MarkedYAMLException)) {
                String message = String.valueOf(y.getMessage());
                if (message.contains("special characters are not allowed")) {
                    return "the file holds a character YAML does not allow (a control character)";
                }
                if (message.contains("exceeds the limit")) {
                    return "the file is larger than the " + (TextScreen.MAX_YAML_BYTES >> 20) + " MiB virtaudit reads as YAML";
                }
                if (message.startsWith("Nesting Depth exceeded")) {
                    return "the document nests more than " + Documents.MAX_DEPTH + " levels deep";
                }
                if (message.startsWith("Number of aliases")) {
                    return "the document uses more aliases (*name) than the 50 allowed";
                }
            }
        }
        return null;
    }

    /** A key written twice in one mapping, or null. */
    private static String duplicate(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t instanceof JsonProcessingException j ? j.getOriginalMessage() : t.getMessage();
            if (String.valueOf(message).startsWith("Duplicate field ")) {
                String key = message.substring("Duplicate field ".length());
                return "duplicate key " + quote(key.length() > 1 && key.startsWith("'") && key.endsWith("'")
                        ? key.substring(1, key.length() - 1) : key) + (e instanceof JsonMappingException m ? " at " + pointer(m) : "");
            }
        }
        return null;
    }

    /** Numbers JSON does not allow, numbers too large for their field, and numbers that are not. */
    private static String number(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t instanceof JsonProcessingException j ? j.getOriginalMessage() : t.getMessage());
            Matcher nonStandard = NON_STANDARD.matcher(message);
            if (nonStandard.find()) {
                return "invalid value " + quote(nonStandard.group(1)) + at(e)
                        + ": JSON has no NaN or infinity; write a number, or leave the key out when the value is unknown";
            }
            Matcher range = OUT_OF_RANGE.matcher(message);
            if (range.find()) {
                String bounds = switch (range.group(2)) {
                    case "int" -> "from -2147483648 to 2147483647";
                    case "long" -> "from -9223372036854775808 to 9223372036854775807";
                    default -> "that fits the field";
                };
                return "invalid value " + quote(range.group(1)) + at(e) + ": expected a whole number " + bounds;
            }
            Matcher malformed = MALFORMED_NUMBER.matcher(message);
            if (malformed.find()) {
                return "invalid value " + quote(malformed.group(1)) + at(e)
                        + ": expected a finite number (not-a-number and infinity are not allowed)";
            }
        }
        return null;
    }

    /** {@code " at /pointer"} for an error about a value inside the document, or nothing. */
    private static String at(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return " at " + pointer(m);
        }
        return "";
    }

    /**
     * A value from the data as a message quotes it: in single quotes, cut to its first {@value #QUOTED}
     * characters and an ellipsis when longer (a message stays one readable line; control characters
     * are escaped when the error is rendered).
     */
    public static String quote(String value) {
        String shown = value.length() <= QUOTED ? value : value.substring(0, QUOTED) + "…";
        return "'" + shown + "'";
    }

    /** A readable message when the bytes are not UTF-8, or null. */
    private static String notUtf8(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.CharConversionException || String.valueOf(t.getMessage()).contains("Invalid UTF-8")) {
                return "the file is not UTF-8 text; save it as UTF-8";
            }
        }
        return null;
    }

    private static org.yaml.snakeyaml.error.MarkedYAMLException yamlProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException m) {
                return m;
            }
        }
        return null;
    }

    /** The JSON pointer of the value an exception is about, {@code /} for the root. */
    public static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer.append('/');
            if (ref.getFieldName() != null) {
                pointer.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (ref.getIndex() >= 0) {
                pointer.append(ref.getIndex());
            }
        }
        return pointer.length() == 0 ? "/" : pointer.toString();
    }

    private static String unknownKey(UnrecognizedPropertyException u) {
        String key = u.getPropertyName();
        String where = pointer(u);
        String parent = where.substring(0, where.lastIndexOf('/'));
        String message = "unknown key '" + key + "' at " + (parent.isEmpty() ? "/" : parent);
        Collection<Object> known = u.getKnownPropertyIds();
        if (known == null || known.isEmpty()) {
            return message;
        }
        List<String> names = known.stream().map(Objects::toString).sorted().toList();
        Optional<String> closest = Suggestions.closest(key, names);
        if (closest.isPresent()) {
            return message + "; did you mean '" + closest.get() + "'?";
        }
        return message + " (known keys: " + String.join(", ", names) + ")";
    }

    private static String expected(MismatchedInputException e) {
        Class<?> type = e.getTargetType();
        if (type == null) {
            return "unexpected value";
        }
        if (type.isEnum() && Wire.class.isAssignableFrom(type)) {
            return "expected one of " + allowedOf(type);
        }
        return "expected " + describeType(type);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String allowedOf(Class<?> type) {
        return Wire.allowed((Class) type);
    }

    private static String describeType(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Instant.class || type.getSimpleName().equals("BackupTime")) {
            return "an ISO-8601 date-time";
        }
        if (type == io.virtaudit.model.Limit.class) {
            return "a number or 'none'";
        }
        if (type == io.virtaudit.model.HardwareVersion.class) {
            return "a whole number such as 19 or vmx-19";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "a map of text to text";
        }
        return "a mapping (object)";
    }

    private static String found(MismatchedInputException e) {
        Matcher m = FOUND.matcher(String.valueOf(e.getOriginalMessage()));
        if (!m.find()) {
            return "";
        }
        return switch (m.group(1)) {
            case "Object" -> ", found a mapping";
            case "Array" -> ", found a list";
            case "String" -> ", found text";
            case "Integer" -> ", found a whole number";
            case "Floating-point" -> ", found a decimal number";
            case "Boolean" -> ", found true/false";
            default -> ", found null";
        };
    }

    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip();
        int cut = line.indexOf('\n');
        line = cut < 0 ? line : line.substring(0, cut);
        int at = line.indexOf(" at [Source:");
        return at < 0 ? line : line.substring(0, at);
    }
}
