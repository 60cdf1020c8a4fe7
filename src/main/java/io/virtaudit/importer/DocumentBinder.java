package io.virtaudit.importer;

import io.virtaudit.input.InputException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.virtaudit.input.FormatModule;
import io.virtaudit.input.JacksonErrors;
import io.virtaudit.model.SourceRef;
import java.util.List;

/**
 * Binds an estate document built as a tree (by the CSV and RVTools importers, or by merging
 * inputs) to the estate records, with the same strictness as the native loader; a value of the
 * wrong type or spelling is an input error located through the importer's locator.
 */
public final class DocumentBinder {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new FormatModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .serializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            .build();

    private DocumentBinder() {
    }

    /** The mapper that reads and writes estate documents as trees. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static SourcedDocument bind(List<String> inputs, ObjectNode tree, SourceLocator locator) {
        try {
            return new SourcedDocument(inputs, MAPPER.treeToValue(tree, EstateDocument.class), locator);
        } catch (JsonMappingException e) {
            SourceRef ref = locator.locate(JacksonErrors.pointer(e));
            throw new InputException(ref.file(), ref.location(), JacksonErrors.describe(e), e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InputException(inputs.isEmpty() ? "" : inputs.get(0), "", JacksonErrors.describe(e), e);
        }
    }

    /** The tree of a document, for merging. */
    public static ObjectNode tree(EstateDocument document) {
        return MAPPER.valueToTree(document);
    }
}
