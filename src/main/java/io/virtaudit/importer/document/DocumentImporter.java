package io.virtaudit.importer.document;

import io.virtaudit.input.ValuePool;
import io.virtaudit.input.FormatModule;
import io.virtaudit.input.Documents;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.virtaudit.importer.EstateDocument;
import io.virtaudit.importer.Importer;
import io.virtaudit.input.InputException;
import io.virtaudit.importer.SourceLocator;
import io.virtaudit.importer.SourcedDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the native estate document, YAML or JSON, strictly: unknown keys, wrong types and
 * malformed text are input errors with line and column and the JSON pointer of the value. The
 * limits and the wording of errors are those of every document virtaudit reads ({@link Documents}).
 */
public final class DocumentImporter implements Importer {

    private final ObjectMapper yaml = configure(Documents.Syntax.YAML);
    private final ObjectMapper json = configure(Documents.Syntax.JSON);

    @Override
    public String name() {
        return "document";
    }

    @Override
    public String description() {
        return "an estate document (.yaml, .yml, .json)";
    }

    @Override
    public int order() {
        return 100;
    }

    /** The estate document is the user's own word on the estate: its name, source and time win. */
    @Override
    public boolean namesEstate() {
        return true;
    }

    @Override
    public boolean accepts(Path input) {
        return isYaml(input) || isJson(input);
    }

    /**
     * Reads the document once without Jackson's per-object key sets ({@link RepeatedKeys}); its
     * error, if it has one, is the document's error. Only a repeated key sends the document to a
     * second, strict read, for Jackson's own error with the key's line and column: reading a large
     * document twice to report any other error doubled the wait for it (a 200 MB YAML estate with
     * an error at its end took 34–40 s).
     */
    @Override
    public SourcedDocument read(Path input, String displayName) {
        ObjectMapper mapper = isJson(input) ? json : yaml;
        EstateDocument document;
        try {
            document = readWithoutKeySets(mapper, input, displayName);
        } catch (RepeatedKeys.Repeated notice) {
            document = readStrictly(mapper, input, displayName);
        }
        return new SourcedDocument(java.util.List.of(displayName), document, SourceLocator.jsonPointer(displayName));
    }

    /** The document; {@link RepeatedKeys.Repeated} at a repeated key, an input error for any other problem. */
    private static EstateDocument readWithoutKeySets(ObjectMapper mapper, Path input, String displayName)
            throws RepeatedKeys.Repeated {
        try (InputStream in = Documents.open(input, syntax(input)); JsonParser raw = Documents.parser(mapper.getFactory(), in)) {
            raw.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonParser parser = new RepeatedKeys(raw);
            try {
                EstateDocument document = parser.nextToken() == null ? null
                        : mapper.readerFor(EstateDocument.class).withAttribute(ValuePool.KEY, new ValuePool())
                                .readValue(parser);
                return nonEmpty(document, displayName);
            } catch (IOException | RuntimeException e) {
                throw failure(displayName, e, parser);
            }
        } catch (IOException e) {
            throw failure(displayName, e, null);
        }
    }

    /** The notice of a repeated key, rethrown; any other problem as an input error. */
    private static RuntimeException failure(String displayName, Exception e, JsonParser parser) throws RepeatedKeys.Repeated {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RepeatedKeys.Repeated notice) {
                throw notice;
            }
        }
        return Documents.refusal(displayName, e, parser);
    }

    private static EstateDocument readStrictly(ObjectMapper mapper, Path input, String displayName) {
        try (InputStream in = Documents.open(input, syntax(input)); JsonParser parser = Documents.parser(mapper.getFactory(), in)) {
            try {
                return nonEmpty(parser.nextToken() == null ? null : mapper.readValue(parser, EstateDocument.class), displayName);
            } catch (IOException | RuntimeException e) {
                throw Documents.refusal(displayName, e, parser);
            }
        } catch (IOException e) {
            throw Documents.refusal(displayName, e, null);
        }
    }

    private static EstateDocument nonEmpty(EstateDocument document, String displayName) {
        if (document == null) {
            throw new InputException(displayName, "1:1", "the document is empty");
        }
        return document;
    }

    static String location(JsonLocation location) {
        return Documents.location(location);
    }

    private static Documents.Syntax syntax(Path input) {
        return isJson(input) ? Documents.Syntax.JSON : Documents.Syntax.YAML;
    }

    private static boolean isYaml(Path input) {
        String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static boolean isJson(Path input) {
        return input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static ObjectMapper configure(Documents.Syntax syntax) {
        return Documents.mapper(syntax)
                .addModule(new FormatModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
    }
}
