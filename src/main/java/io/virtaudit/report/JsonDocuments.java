package io.virtaudit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.virtaudit.input.FormatModule;
import java.io.IOException;
import java.io.OutputStream;

/** Writes the JSON reports (findings.json, SARIF) the same way: indented, a final newline, stream left open. */
public final class JsonDocuments {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new FormatModule())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private JsonDocuments() {
    }

    public static void write(Object document, OutputStream out) throws IOException {
        MAPPER.writeValue(out, document);
        out.write('\n');
    }
}
