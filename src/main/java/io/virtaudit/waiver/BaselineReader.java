package io.virtaudit.waiver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.virtaudit.finding.Finding;
import io.virtaudit.finding.FindingStatus;
import io.virtaudit.finding.Subject;
import io.virtaudit.input.InputException;
import io.virtaudit.input.Documents;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.SubjectType;
import io.virtaudit.model.Wire;
import io.virtaudit.rules.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a previous {@code findings.json} as the baseline of a run, as every document is read
 * ({@link Documents}): duplicate keys, text that is not UTF-8, NaN and other problems are input
 * errors with line and column. The baseline's dates (its run date, waiver expiries) are carried
 * in the findings as written and never computed with, so they need no range check here.
 */
public final class BaselineReader {

    private final ObjectMapper mapper = Documents.mapper(Documents.Syntax.JSON).build();

    public Baseline read(Path file, String display) {
        if (!Files.exists(file)) {
            throw new InputException(display, "", "no such file");
        }
        JsonNode doc = Documents.read(mapper.readerFor(JsonNode.class), file, display);
        if (doc == null || !doc.path("findings").isArray() || !"virtaudit".equals(doc.at("/tool/name").asText())) {
            throw new InputException(display, "/", "not a virtaudit findings.json (no tool.name virtaudit and findings list)");
        }
        List<Finding> findings = new ArrayList<>();
        JsonNode items = doc.get("findings");
        for (int i = 0; i < items.size(); i++) {
            findings.add(finding(items.get(i), display, "/findings/" + i));
        }
        return new Baseline(display, List.copyOf(findings));
    }

    private Finding finding(JsonNode f, String display, String pointer) {
        try {
            Subject subject = new Subject(Wire.parse(SubjectType.class, required(f, "/subject/type")),
                    required(f, "/subject/id"), f.at("/subject/name").asText(null));
            Map<String, Object> evidence = f.has("evidence") && f.get("evidence").isObject()
                    ? mapper.convertValue(f.get("evidence"), LinkedHashMap.class) : Map.of();
            List<String> references = new ArrayList<>();
            f.path("references").forEach(r -> references.add(r.asText()));
            SourceRef source = f.path("source").isObject()
                    ? new SourceRef(f.at("/source/file").asText(""), f.at("/source/location").asText("")) : null;
            return new Finding(required(f, "/ruleId"), f.path("title").asText(""),
                    Wire.parse(Severity.class, required(f, "/severity")), f.path("category").asText(""), subject,
                    f.path("message").asText(""), evidence, f.path("remediation").asText(""), List.copyOf(references),
                    source, FindingStatus.PERSISTING, null);
        } catch (IllegalArgumentException e) {
            throw new InputException(display, pointer, "not a finding of a virtaudit findings.json: " + e.getMessage());
        }
    }

    private static String required(JsonNode f, String pointer) {
        JsonNode value = f.at(pointer);
        if (value.isMissingNode() || value.isNull() || value.asText().isBlank()) {
            throw new IllegalArgumentException(pointer.substring(1).replace('/', '.') + " is missing");
        }
        return value.asText();
    }
}
