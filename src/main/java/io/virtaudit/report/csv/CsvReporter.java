package io.virtaudit.report.csv;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.virtaudit.finding.Finding;
import io.virtaudit.report.Report;
import io.virtaudit.report.Reporter;
import io.virtaudit.waiver.Waivers;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The findings as one CSV table for spreadsheets and ad-hoc scripts: one row per finding, every
 * cell neutralised against formula injection.
 */
public final class CsvReporter implements Reporter {

    /** The header, in column order. */
    public static final List<String> COLUMNS = List.of("severity", "ruleId", "title", "category", "subjectType",
            "subjectId", "subjectName", "message", "evidence", "remediation", "source", "status", "waiver");

    private final CsvMapper mapper = CsvMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();
    // the header is written as a row of its own so that a report without findings still has it
    private final CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String defaultFileName() {
        return "virtaudit-report.csv";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        try (SequenceWriter rows = mapper.writer(schema).writeValues(out)) {
            rows.write(row(COLUMNS.toArray()));
            for (Finding f : report.findings()) {
                rows.write(row(f.severity().wireName(), f.ruleId(), f.title(), f.category(),
                        f.subject().type().wireName(), f.subject().id(), f.subject().name(), f.message(),
                        evidence(f.evidence()), f.remediation(), f.source(), f.status().wireName(),
                        f.waiver() == null ? null : Waivers.label(f.waiver())));
            }
        }
    }

    private static String[] row(Object... values) {
        String[] cells = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = CsvCells.of(values[i]);
        }
        return cells;
    }

    private static String evidence(Map<String, Object> evidence) {
        if (evidence == null || evidence.isEmpty()) {
            return null;
        }
        List<String> pairs = new ArrayList<>();
        evidence.forEach((key, value) -> pairs.add(key + "=" + (value == null ? "" : value)));
        return String.join("; ", pairs);
    }
}
