package io.virtaudit.rules;

import io.virtaudit.model.Wire;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rule's {@code @message}: the wording of its findings, with named placeholders filled from the
 * finding's evidence (PMD's rule {@code message}, Checkstyle's message keys), so that an auditor
 * reads and edits the sentence in the rule's metadata instead of Java string concatenation.
 * Parsed once per rule; the syntax is described in {@code rules/README.md}:
 * <ul>
 *   <li>{@code {host}}: a value, written as Java's string concatenation writes it, except that an
 *       enumeration is written by its wire name and a list as its items separated by {@code ", "};</li>
 *   <li>{@code {ratio:%.2f}}, {@code {hosts:count}}, {@code {ageHours:hours}}, {@code {daysOff:days}}:
 *       a number with that many decimals, the number of items of a list, a duration in words;</li>
 *   <li>{@code {paths=0?no path|a single path}} and {@code {runsCritical? (it runs a critical VM)}}: a
 *       choice between two texts (the second may be left out) on the value's text, or on whether the
 *       value is set; the texts may hold placeholders.</li>
 * </ul>
 */
public final class MessageTemplate {

    private static final Pattern DECIMALS = Pattern.compile("%\\.[0-9]f");
    private static final Set<String> WORD_SPECS = Set.of("count", "hours", "days");

    private final String text;
    private final List<Part> parts;

    private MessageTemplate(String text, List<Part> parts) {
        this.text = text;
        this.parts = parts;
    }

    /**
     * Parses a template.
     *
     * @throws IllegalArgumentException saying where the template is malformed
     */
    public static MessageTemplate parse(String text) {
        Parser parser = new Parser(text);
        List<Part> parts = parser.parts(false);
        return new MessageTemplate(text, List.copyOf(parts));
    }

    /** The template as written. */
    public String text() {
        return text;
    }

    /** Every name the template reads, in the order written, choices' names and texts included. */
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        collect(parts, names);
        return Collections.unmodifiableSet(names);
    }

    /**
     * The message for these values; a placeholder whose name has no value stays as written
     * ({@code {host}}), so that a mistake shows in the message instead of failing the run.
     */
    public String render(Map<String, ?> values) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        render(parts, values, out);
        return out.toString();
    }

    /**
     * How a value is written into a message: as Java's string concatenation writes it ({@code 12},
     * {@code 0.5}, {@code null}), except an enumeration of the estate format by its wire name
     * ({@code round-robin}), a list as its items separated by {@code ", "} and a map as
     * {@code {key=value, …}}.
     */
    public static String write(Object value) {
        if (value instanceof Wire w) {
            return w.wireName();
        }
        if (value instanceof Collection<?> c) {
            StringBuilder out = new StringBuilder();
            for (Object item : c) {
                out.append(out.length() == 0 ? "" : ", ").append(write(item));
            }
            return out.toString();
        }
        if (value instanceof Map<?, ?> m) {
            StringBuilder out = new StringBuilder("{");
            for (Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<?, ?> e = it.next();
                out.append(write(e.getKey())).append('=').append(write(e.getValue())).append(it.hasNext() ? ", " : "");
            }
            return out.append('}').toString();
        }
        return String.valueOf(value);
    }

    private static void render(List<Part> parts, Map<String, ?> values, StringBuilder out) {
        for (Part part : parts) {
            if (part instanceof Literal literal) {
                out.append(literal.text());
            } else if (part instanceof Slot slot) {
                if (values.containsKey(slot.name())) {
                    out.append(slot.write(values.get(slot.name())));
                } else {
                    out.append(slot.source());
                }
            } else if (part instanceof Choice choice) {
                if (values.containsKey(choice.slot().name())) {
                    render(choice.holds(values.get(choice.slot().name())) ? choice.then() : choice.otherwise(), values,
                            out);
                } else {
                    out.append(choice.source());
                }
            }
        }
    }

    private static void collect(List<Part> parts, Set<String> names) {
        for (Part part : parts) {
            if (part instanceof Slot slot) {
                names.add(slot.name());
            } else if (part instanceof Choice choice) {
                names.add(choice.slot().name());
                collect(choice.then(), names);
                collect(choice.otherwise(), names);
            }
        }
    }

    /** Whether a value counts as set in a choice without {@code =}: not null, false, zero or an empty list. */
    static boolean isSet(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }

    private sealed interface Part permits Literal, Slot, Choice {
    }

    private record Literal(String text) implements Part {
    }

    /** A placeholder: a name and how its value is written ({@code null}: as {@link #write(Object)} does). */
    private record Slot(String name, String spec, String source) implements Part {

        /** The value as the spec writes it; what the spec works on (a number, a list) when the value is null is "null". */
        String write(Object value) {
            Object shown = specified(value);
            return shown instanceof String s ? s : MessageTemplate.write(shown);
        }

        /** The value the spec makes: a count, a duration in words or a rounded number; the value itself without spec. */
        Object specified(Object value) {
            if (spec == null || value == null) {
                return value;
            }
            return switch (spec) {
                case "count" -> value instanceof Collection<?> c ? c.size() : value instanceof Map<?, ?> m ? m.size() : 1;
                case "hours" -> Ages.inWords(((Number) value).doubleValue());
                case "days" -> Ages.inWords(((Number) value).doubleValue() * 24);
                default -> String.format(Locale.ROOT, spec, ((Number) value).doubleValue());
            };
        }
    }

    /**
     * A choice: {@code then} when the value's text equals {@code equals} (when given; {@code null} there
     * means the value is null) or, without it, when the value is set; else {@code otherwise}.
     */
    private record Choice(Slot slot, String equals, List<Part> then, List<Part> otherwise, String source)
            implements Part {

        boolean holds(Object value) {
            if (equals == null) {
                return isSet("count".equals(slot.spec()) ? slot.specified(value) : value);
            }
            if (equals.equals("null")) {
                return value == null;
            }
            return value != null && equals.equals(slot.write(value));
        }
    }

    /** A recursive-descent parser over the template text. */
    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        /** Parts up to the end of the text, or, inside a choice, up to its {@code |} or {@code }}. */
        List<Part> parts(boolean inChoice) {
            List<Part> parts = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at);
                if (inChoice && (c == '|' || c == '}')) {
                    break;
                }
                if (c == '{' && at + 1 < text.length() && isLetter(text.charAt(at + 1))) {
                    if (literal.length() > 0) {
                        parts.add(new Literal(literal.toString()));
                        literal.setLength(0);
                    }
                    parts.add(placeholder());
                } else {
                    literal.append(c);
                    at++;
                }
            }
            if (literal.length() > 0) {
                parts.add(new Literal(literal.toString()));
            }
            return parts;
        }

        private Part placeholder() {
            int start = at;
            at++;
            int nameStart = at;
            while (at < text.length() && (isLetter(text.charAt(at)) || Character.isDigit(text.charAt(at))
                    || text.charAt(at) == '_')) {
                at++;
            }
            String name = text.substring(nameStart, at);
            String spec = null;
            if (peek() == ':') {
                at++;
                spec = until("=?}", start);
                if (!DECIMALS.matcher(spec).matches() && !WORD_SPECS.contains(spec)) {
                    throw error(start, "'" + spec + "' is not a format (write %.2f, count, hours or days)");
                }
            }
            String equals = null;
            if (peek() == '=') {
                at++;
                equals = until("?}", start);
            }
            if (peek() == '}' && equals == null) {
                at++;
                return new Slot(name, spec, text.substring(start, at));
            }
            if (peek() != '?') {
                throw error(start, peek() == 0 ? "it is not closed with }"
                        : "'" + text.charAt(at) + "' cannot follow {" + name + " (write }, :format, =text? or ?)");
            }
            at++;
            Slot slot = new Slot(name, spec, null);
            List<Part> then = parts(true);
            List<Part> otherwise = List.of();
            if (peek() == '|') {
                at++;
                otherwise = parts(true);
            }
            if (peek() != '}') {
                throw error(start, "its choice is not closed with }");
            }
            at++;
            return new Choice(slot, equals, List.copyOf(then), List.copyOf(otherwise), text.substring(start, at));
        }

        /** The text up to the first of {@code stops}; the template must go on after it. */
        private String until(String stops, int start) {
            int from = at;
            while (at < text.length() && stops.indexOf(text.charAt(at)) < 0 && text.charAt(at) != '{') {
                at++;
            }
            if (at == text.length()) {
                throw error(start, "it is not closed with }");
            }
            return text.substring(from, at);
        }

        private char peek() {
            return at < text.length() ? text.charAt(at) : 0;
        }

        private IllegalArgumentException error(int start, String what) {
            String excerpt = text.substring(start, Math.min(text.length(), start + 40));
            return new IllegalArgumentException("the placeholder at character " + (start + 1) + " ('" + excerpt
                    + (start + 40 < text.length() ? "…" : "") + "'): " + what);
        }

        private static boolean isLetter(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
    }
}
