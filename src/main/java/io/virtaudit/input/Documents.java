package io.virtaudit.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * How virtaudit reads every YAML or JSON file it is given (estate documents, policies, waivers,
 * baselines), so that each gets the same limits and the same plain errors: the raw bytes pass the
 * {@link TextScreen} (UTF-8, no NUL or control characters; YAML lines of at most 1 MiB and files of
 * at most 128 MiB) before the parser sees them; the parser refuses duplicate keys (Jackson's strict
 * duplicate detection, with file, line and column), nesting deeper than {@value #MAX_DEPTH} levels,
 * text values and keys longer than {@value #MAX_TEXT} characters (64 KiB), numbers of more than 100
 * digits and, in YAML, any alias ({@link TextLimit}); and every error becomes an {@link InputException}
 * whose message {@link JacksonErrors} words.
 */
public final class Documents {

    /** The deepest nesting of mappings and lists. */
    public static final int MAX_DEPTH = 64;
    /** The longest text value or key, in characters: 64 KiB. */
    public static final int MAX_TEXT = 65_536;
    private static final int MAX_NUMBER_DIGITS = 100;
    private static final int MAX_ALIASES = 50;

    /** The two syntaxes, told by the file name: {@code .json} is JSON, anything else YAML. */
    public enum Syntax {
        YAML, JSON;

        public static Syntax of(Path file) {
            return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
        }
    }

    private Documents() {
    }

    /**
     * A mapper builder over a fresh factory with the shared limits and duplicate-key detection, and
     * refusing anything after the document; callers add what their document needs.
     */
    public static JsonMapper.Builder mapper(Syntax syntax) {
        JsonFactory factory = syntax == Syntax.YAML ? YAMLFactory.builder().loaderOptions(loaderOptions()).build() : new JsonFactory();
        factory.setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(MAX_TEXT)
                .maxNameLength(MAX_TEXT)
                .maxNumberLength(MAX_NUMBER_DIGITS)
                .build());
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        JsonMapper.Builder builder = JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // YAML reads a bare "vlans:" or "thresholds:" as an empty scalar: that is null (unknown, or
        // the defaults), not a type error.
        for (LogicalType type : new LogicalType[] {LogicalType.Collection, LogicalType.POJO, LogicalType.Map}) {
            builder.withCoercionConfig(type, config -> config.setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull));
        }
        return builder;
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        // The screen stops a larger file first; code points never outnumber bytes.
        options.setCodePointLimit((int) TextScreen.MAX_YAML_BYTES);
        options.setAllowDuplicateKeys(false);
        return options;
    }

    /** The file's bytes through the screen; a YAML file too large is refused before a byte is read. */
    public static InputStream open(Path file, Syntax syntax) throws IOException {
        if (syntax == Syntax.YAML) {
            TextScreen.Refused tooLarge = Files.isRegularFile(file) ? TextScreen.yamlTooLarge(Files.size(file)) : null;
            if (tooLarge != null) {
                throw tooLarge;
            }
            return TextScreen.yaml(Files.newInputStream(file));
        }
        return TextScreen.json(Files.newInputStream(file));
    }

    /**
     * A parser of the mapper's syntax over screened bytes. YAML's parser does not apply the
     * factory's text limit, so it is applied to each YAML text token here ({@link TextLimit}).
     */
    public static JsonParser parser(JsonFactory factory, InputStream in) throws IOException {
        JsonParser parser = factory.createParser(in);
        return factory instanceof YAMLFactory ? new TextLimit(parser) : parser;
    }

    /**
     * Reads one document of a file: the value, or null when the file holds nothing or only a null
     * ({@code ~}); any problem is an {@link InputException} naming the file and, where it has one,
     * the line and column.
     */
    public static <T> T read(ObjectReader reader, Path file, String display) {
        JsonFactory factory = reader.getFactory();
        try (InputStream in = open(file, factory instanceof YAMLFactory ? Syntax.YAML : Syntax.JSON);
             JsonParser parser = parser(factory, in)) {
            try {
                return parser.nextToken() == null ? null : reader.readValue(parser);
            } catch (IOException | RuntimeException e) {
                throw refusal(display, e, parser);
            }
        } catch (IOException e) {
            throw refusal(display, e, null);
        }
    }

    /**
     * The input error for anything that went wrong reading a document: the screen's refusal, a
     * missing or unreadable file, or the parser's or mapper's exception in plain words, at the line
     * and column of the exception or else where the parser had got to.
     */
    public static InputException refusal(String display, Throwable e, JsonParser parser) {
        if (e instanceof InputException input) {
            return input;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TextScreen.Refused refused) {
                return new InputException(display, refused.location(), refused.getMessage(), e);
            }
        }
        if (e instanceof NoSuchFileException) {
            return new InputException(display, "", "no such file", e);
        }
        if (e instanceof JsonProcessingException j) {
            JsonLocation at = j.getLocation();
            if ((at == null || at.getLineNr() < 1) && parser != null) {
                at = parser.currentLocation();
            }
            return new InputException(display, location(at), JacksonErrors.describe(j), e);
        }
        if (e instanceof IOException) {
            return new InputException(display, "", "cannot read the file: " + e.getMessage(), e);
        }
        return new InputException(display, location(parser == null ? null : parser.currentLocation()),
                "cannot read the document: " + JacksonErrors.firstLine(e.getMessage()), e);
    }

    /** {@code line:column} of a location, or empty when it has none. */
    public static String location(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return location.getLineNr() + ":" + Math.max(1, location.getColumnNr());
    }
}
