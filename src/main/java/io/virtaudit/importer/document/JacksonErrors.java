package io.virtaudit.importer.document;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.virtaudit.importer.Suggestions;
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

    private JacksonErrors() {
    }

    /** The message for an error: what is wrong and, for values, the JSON pointer of the value. */
    public static String describe(JsonProcessingException e) {
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
        org.yaml.snakeyaml.error.MarkedYAMLException yaml = yamlProblem(e);
        if (yaml != null) {
            return "malformed YAML: " + (yaml.getContext() == null ? "" : yaml.getContext() + ", ")
                    + firstLine(yaml.getProblem());
        }
        if (e instanceof MismatchedInputException m && String.valueOf(m.getOriginalMessage()).startsWith("Duplicate field")) {
            return "duplicate key " + m.getOriginalMessage().substring("Duplicate field ".length()) + " at " + pointer(m);
        }
        if (e.getCause() instanceof com.fasterxml.jackson.core.JsonParseException p
                && String.valueOf(p.getOriginalMessage()).startsWith("Duplicate field")) {
            return "duplicate key " + p.getOriginalMessage().substring("Duplicate field ".length())
                    + (e instanceof JsonMappingException m ? " at " + pointer(m) : "");
        }
        if (e instanceof StreamConstraintsException) {
            return "the document exceeds a safety limit: " + firstLine(e.getOriginalMessage());
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return unknownKey(u);
        }
        if (e instanceof JsonMappingException m && m.getCause() instanceof StreamConstraintsException c) {
            return "the document exceeds a safety limit: " + firstLine(c.getMessage());
        }
        if (e instanceof InvalidFormatException f) {
            Matcher reason = REASON.matcher(String.valueOf(f.getOriginalMessage()));
            String why = reason.find() && !reason.group(1).startsWith("not a valid") ? reason.group(1) : expected(f);
            return "invalid value '" + f.getValue() + "' at " + pointer(f) + ": " + why;
        }
        if (e instanceof ValueInstantiationException v) {
            return "invalid value at " + pointer(v) + ": "
                    + firstLine(v.getCause() != null ? v.getCause().getMessage() : v.getOriginalMessage());
        }
        if (e instanceof MismatchedInputException m) {
            return "wrong type at " + pointer(m) + ": " + expected(m) + found(m);
        }
        if (e instanceof JsonParseException) {
            return "malformed document: " + firstLine(e.getOriginalMessage());
        }
        if (e instanceof JsonMappingException m && m.getCause() != null) {
            return "invalid value at " + pointer(m) + ": " + firstLine(m.getCause().getMessage());
        }
        return "malformed document: " + firstLine(e.getOriginalMessage());
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

    private static String firstLine(String text) {
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
