package io.virtaudit.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import io.virtaudit.finding.Finding;
import io.virtaudit.report.Report;
import io.virtaudit.model.EstateInfo;
import io.virtaudit.report.JsonDocuments;
import io.virtaudit.report.Reporter;
import io.virtaudit.finding.Waiver;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code findings.json}, field for field as the contract in cli-and-outputs.md shows it. */
public final class JsonReporter implements Reporter {

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String defaultFileName() {
        return "virtaudit-report.json";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        JsonDocuments.write(document(report), out);
    }

    /** The report as ordered maps, so field order is the contract's and output is byte-stable. */
    public static Map<String, Object> document(Report report) {
        Map<String, Object> doc = new LinkedHashMap<>();
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("name", report.tool().name());
        tool.put("version", report.tool().version());
        tool.put("rulePacks", report.tool().rulePacks().stream()
                .map(p -> ordered("id", p.id(), "version", p.version())).toList());
        doc.put("tool", tool);
        Map<String, Object> estate = new LinkedHashMap<>();
        estate.put("name", report.estate().name());
        estate.put("collectedAt", report.estate().collectedAt());
        estate.put("counts", report.estate().counts());
        estate.put("sources", report.estate().sources().stream().map(JsonReporter::source).toList());
        doc.put("estate", estate);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("findings", report.summary().findings());
        summary.put("waived", report.summary().waived());
        summary.put("bySeverity", report.summary().bySeverity());
        summary.put("rulesEvaluated", report.summary().rulesEvaluated());
        summary.put("rulesFailed", report.summary().rulesFailed());
        summary.put("skippedRows", report.estate().skippedRows());
        summary.put("score", report.summary().score());
        summary.put("scoreByDomain", report.summary().scoreByDomain());
        if (report.summary().changes() != null) {
            summary.put("baseline", ordered("file", report.run().baseline(),
                    "bySeverity", report.summary().baselineBySeverity()));
            summary.put("changes", ordered("new", report.summary().changes().added(),
                    "persisting", report.summary().changes().persisting(),
                    "resolved", report.summary().changes().resolved()));
        }
        doc.put("summary", summary);
        Map<String, List<String>> controls = new java.util.HashMap<>();
        report.rules().forEach(r -> controls.put(r.rule().id(), r.rule().controls()));
        doc.put("findings", report.findings().stream()
                .map(f -> new FindingObject(f, controls.getOrDefault(f.ruleId(), List.of()))).toList());
        doc.put("resolved", report.resolved().stream()
                .map(f -> new FindingObject(f, controls.getOrDefault(f.ruleId(), List.of()))).toList());
        doc.put("waivers", ordered(
                "applied", report.waivers().applied().stream()
                        .map(a -> { Map<String, Object> w = waiver(a.waiver()); w.put("findings", a.findings()); return w; }).toList(),
                "expired", report.waivers().expired().stream().map(JsonReporter::waiver).toList(),
                "unused", report.waivers().unused().stream().map(JsonReporter::waiver).toList()));
        if (report.run().waivers() != null) {
            doc.put("run", ordered("date", report.run().date().toString(), "waivers", report.run().waivers()));
        }
        return doc;
    }

    /**
     * A finding as the contract's object, its fields written in order as they are serialised: an
     * ordered map per finding was garbage made only to be written (docs/performance.md, item 31). The bytes are those the map gave.
     */
    record FindingObject(Finding f, List<String> controls) implements JsonSerializable {

        @Override
        public void serialize(JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeStartObject();
            out.writeStringField("ruleId", f.ruleId());
            out.writeStringField("title", f.title());
            out.writeStringField("severity", f.severity().wireName());
            out.writeStringField("category", f.category());
            out.writeObjectFieldStart("subject");
            out.writeStringField("type", f.subject().type().wireName());
            out.writeStringField("id", f.subject().id());
            out.writeStringField("name", f.subject().name());
            out.writeEndObject();
            out.writeStringField("message", f.message());
            provider.defaultSerializeField("evidence", f.evidence(), out);
            out.writeStringField("remediation", f.remediation());
            provider.defaultSerializeField("references", f.references(), out);
            provider.defaultSerializeField("controls", controls, out);
            if (f.source() == null) {
                out.writeNullField("source");
            } else {
                out.writeObjectFieldStart("source");
                out.writeStringField("file", f.source().file());
                out.writeStringField("location", f.source().location());
                out.writeEndObject();
            }
            out.writeStringField("status", f.status().wireName());
            provider.defaultSerializeField("waiver", f.waiver() == null ? null : waiver(f.waiver()), out);
            out.writeEndObject();
        }

        @Override
        public void serializeWithType(JsonGenerator out, SerializerProvider provider, TypeSerializer types)
                throws IOException {
            serialize(out, provider);
        }
    }

    private static Map<String, Object> waiver(Waiver w) {
        return ordered("rule", w.rule(), "subject", w.subject(), "subjectType", w.subjectType(),
                "justification", w.justification(), "approvedBy", w.approvedBy(), "expires", w.expires().toString(),
                "reference", w.reference(), "source", w.source() == null ? null : w.source().toString());
    }

    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }


    /** One source of the estate: what collected it, when, from which file, and the rows left out. */
    private static Map<String, Object> source(EstateInfo.Source source) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", source.id());
        out.put("kind", source.kind() == null ? null : source.kind().wireName());
        out.put("manager", source.manager());
        out.put("collectedAt", source.collectedAt());
        out.put("tool", source.tool());
        out.put("file", source.file());
        out.put("skipped", source.skipped() == null ? null
                : source.skipped().stream().map(r -> ordered("at", r.at(), "reason", r.reason())).toList());
        return out;
    }
}
