package io.virtaudit.importer.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.virtaudit.importer.EstateDocument;
import io.virtaudit.importer.Importer;
import io.virtaudit.importer.InputException;
import io.virtaudit.importer.SourceLocator;
import io.virtaudit.importer.SourcedDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads the native estate document, YAML or JSON, strictly: unknown keys, wrong types and
 * malformed text are input errors with line and column and the JSON pointer of the value.
 */
public final class DocumentImporter implements Importer {

    private static final int MAX_DEPTH = 64;

    private final ObjectMapper yaml = configure(YAMLFactory.builder().loaderOptions(yamlLoaderOptions()).build());
    private final ObjectMapper json = configure(new JsonFactory());

    @Override
    public boolean accepts(Path input) {
        return isYaml(input) || isJson(input);
    }

    /**
     * Reads the document first without Jackson's per-object key sets ({@link RepeatedKeys}); a
     * document that this read does not accept as it is, for whatever reason, is read again
     * strictly, which gives exactly the error a strict read alone gives.
     */
    @Override
    public SourcedDocument read(Path input, String displayName) {
        ObjectMapper mapper = isJson(input) ? json : yaml;
        EstateDocument document = readWithoutKeySets(mapper, input);
        if (document != null) {
            return new SourcedDocument(java.util.List.of(displayName), document, SourceLocator.jsonPointer(displayName));
        }
        return readStrictly(mapper, input, displayName);
    }

    /** The document, or null when it is empty, has a repeated key or any other problem. */
    private static EstateDocument readWithoutKeySets(ObjectMapper mapper, Path input) {
        try (InputStream in = Files.newInputStream(input); JsonParser raw = mapper.createParser(in)) {
            raw.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonParser parser = new RepeatedKeys(raw);
            return parser.nextToken() == null ? null
                    : mapper.readerFor(EstateDocument.class).withAttribute(ValuePool.KEY, new ValuePool())
                            .readValue(parser);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static SourcedDocument readStrictly(ObjectMapper mapper, Path input, String displayName) {
        try (InputStream in = Files.newInputStream(input)) {
            EstateDocument document;
            try (JsonParser parser = mapper.createParser(in)) {
                if (parser.nextToken() == null) {
                    throw new InputException(displayName, "1:1", "the document is empty");
                }
                document = mapper.readValue(parser, EstateDocument.class);
            }
            if (document == null) {
                throw new InputException(displayName, "1:1", "the document is empty");
            }
            return new SourcedDocument(java.util.List.of(displayName), document, SourceLocator.jsonPointer(displayName));
        } catch (JsonProcessingException e) {
            throw new InputException(displayName, location(e.getLocation()), JacksonErrors.describe(e), e);
        } catch (CharacterCodingException e) {
            throw new InputException(displayName, "", "the file is not UTF-8 text", e);
        } catch (IOException e) {
            throw new InputException(displayName, "", "cannot read the file: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof InputException) {
                throw e;
            }
            throw new InputException(displayName, "", "cannot parse the document: " + e.getMessage(), e);
        }
    }

    static String location(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return location.getLineNr() + ":" + Math.max(1, location.getColumnNr());
    }

    private static boolean isYaml(Path input) {
        String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static boolean isJson(Path input) {
        return input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static LoaderOptions yamlLoaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(256 * 1024 * 1024);
        options.setAllowDuplicateKeys(false);
        return options;
    }

    private static ObjectMapper configure(JsonFactory factory) {
        factory.setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(1_000_000)
                .maxNumberLength(100)
                .build());
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        JsonMapper mapper = JsonMapper.builder(factory)
                .addModule(new FormatModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        // YAML reads a bare "vlans:" as an empty scalar: that is null (unknown), not a type error.
        for (LogicalType type : new LogicalType[] {LogicalType.Collection, LogicalType.POJO, LogicalType.Map}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
        }
        return mapper;
    }
}
