package io.virtaudit.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.finding.Finding;
import io.virtaudit.finding.FindingStatus;
import io.virtaudit.finding.Subject;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.SubjectType;
import io.virtaudit.report.JsonDocuments;
import io.virtaudit.rules.Severity;
import io.virtaudit.finding.Waiver;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A finding written field by field gives the very bytes of the ordered map the contract
 * (cli-and-outputs.md) shows: with and without a source, a waiver, a subject name, evidence.
 */
class FindingObjectTest {

    private static final Waiver WAIVER = new Waiver("TIM-004", "trade*", "vm", "Vendor \"certified\" <ok>",
            "J. Smith", LocalDate.of(2027, 3, 31), "CHG-1234", new SourceRef("waivers.yaml", "/waivers/0"));

    @Test
    void writesTheBytesOfTheContractsObject() throws IOException {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("host", "h1");
        evidence.put("ratio", 4.5);
        evidence.put("paths", List.of("vmhba1:C0:T0:L1", "vmhba2:C0:T0:L1"));
        evidence.put("missing", null);
        List<Finding> findings = List.of(
                finding(evidence, List.of("KB 1318"), new SourceRef("lab.yaml", "/vms/0"), null, "trade01"),
                finding(Map.of(), List.of(), null, WAIVER, null),
                new Finding("DAT-001", null, Severity.INFO, "data", Subject.ESTATE, "12 hosts lack ntpServers",
                        Map.of(), null, List.of(), null, FindingStatus.PERSISTING, null));
        List<String> controls = List.of("STIG:ESXI-80-000124", "CIS-ESXi-7:5.3?");
        for (Finding f : findings) {
            assertThat(json(new JsonReporter.FindingObject(f, controls))).isEqualTo(json(contractObject(f, controls)));
            assertThat(json(new JsonReporter.FindingObject(f, List.of()))).isEqualTo(json(contractObject(f, List.of())));
        }
    }

    private static Finding finding(Map<String, Object> evidence, List<String> references, SourceRef source,
            Waiver waiver, String name) {
        return new Finding("TIM-004", "Timing-sensitive VM on a full-virtualisation host", Severity.HIGH, "timing",
                new Subject(SubjectType.VM, "trade01", name), "trade01 is timing-sensitive and runs on h1\nline two",
                evidence, "Move it.", references, source, FindingStatus.NEW, waiver);
    }

    /** The finding as the contract's ordered map: field for field, nulls written. */
    private static Map<String, Object> contractObject(Finding f, List<String> controls) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ruleId", f.ruleId());
        out.put("title", f.title());
        out.put("severity", f.severity().wireName());
        out.put("category", f.category());
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", f.subject().type().wireName());
        subject.put("id", f.subject().id());
        subject.put("name", f.subject().name());
        out.put("subject", subject);
        out.put("message", f.message());
        out.put("evidence", f.evidence());
        out.put("remediation", f.remediation());
        out.put("references", f.references());
        out.put("controls", controls);
        Map<String, Object> source = null;
        if (f.source() != null) {
            source = new LinkedHashMap<>();
            source.put("file", f.source().file());
            source.put("location", f.source().location());
        }
        out.put("source", source);
        out.put("status", f.status().wireName());
        Map<String, Object> waiver = null;
        if (f.waiver() != null) {
            Waiver w = f.waiver();
            waiver = new LinkedHashMap<>();
            waiver.put("rule", w.rule());
            waiver.put("subject", w.subject());
            waiver.put("subjectType", w.subjectType());
            waiver.put("justification", w.justification());
            waiver.put("approvedBy", w.approvedBy());
            waiver.put("expires", w.expires().toString());
            waiver.put("reference", w.reference());
            waiver.put("source", w.source() == null ? null : w.source().toString());
        }
        out.put("waiver", waiver);
        return out;
    }

    private static String json(Object document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonDocuments.write(List.of(document), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
