package io.virtaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.virtaudit.importer.rvtools.RvtoolsExportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup tool virtaudit does not know writes its last backup into a vCenter custom attribute:
 * named in the policy's backupAttributes, the attribute gives backup.lastSuccess and
 * backup.policy before the rules run, so BKP-002 judges the age of the last backup end to end.
 */
class PolicyBackupAttributesTest {

    @TempDir
    Path dir;

    /** Collected 2026-11-20; web01's last backup 50 days before, app01's a value that is no time. */
    private Path export() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vMetaData", "RVTools major version", "RVTools version", "xlsx creation datetime", "Server")
                .row(4, "4.7.1.4", "2026-11-20 08:00:00", "vc01.example.net");
        w.tab("vInfo", "VM", "Powerstate", "CPUs", "Memory", "Annotation", "Veeam_LastBackup", "BackupPolicy",
                        "Datacenter", "Cluster", "Host")
                .row("web01", "poweredOn", 2, 4096, null, "2026-10-01 22:00:00", "Gold-Daily", "DC1", "CL1", "esx01")
                .row("db01", "poweredOn", 2, 4096, null, "Thu Nov 19 22:10:08 UTC 2026", null, "DC1", "CL1", "esx01")
                .row("app01", "poweredOn", 2, 4096, null, "whenever", null, "DC1", "CL1", "esx01");
        w.tab("vHost", "Host", "Cluster").row("esx01", "CL1");
        return w.writeXlsx(dir.resolve("export.xlsx"));
    }

    private static List<String> subjectsOf(Path report, String ruleId) throws Exception {
        JsonNode root = new ObjectMapper().readTree(report.toFile());
        List<String> ids = new ArrayList<>();
        root.get("findings").forEach(f -> {
            if (f.get("ruleId").asText().equals(ruleId)) {
                ids.add(f.get("subject").get("id").asText());
            }
        });
        return ids;
    }

    @Test
    void anAttributeNamedInThePolicyGivesTheLastBackupAndBkp002JudgesIt() throws Exception {
        Path export = export();
        Path plain = dir.resolve("plain.json");
        CliRun without = CliRun.of("check", export.toString(), "-o", plain.toString());
        assertThat(without.exitCode()).as(without.err()).isIn(0, 1);
        assertThat(subjectsOf(plain, "BKP-002")).as("without the mapping the attribute is only kept").isEmpty();

        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, """
                policyVersion: 1
                backupAttributes:
                  lastSuccess: [veeam_lastbackup]
                  policy: [BackupPolicy]
                """);
        Path mapped = dir.resolve("mapped.json");
        CliRun with = CliRun.of("check", export.toString(), "--policy", policy.toString(), "-o", mapped.toString());
        assertThat(with.exitCode()).as(with.err()).isIn(0, 1);
        assertThat(subjectsOf(mapped, "BKP-002")).as("50 days old: beyond the 7-day RPO; db01's is hours old")
                .containsExactly("web01");
        assertThat(Files.readString(mapped)).contains("web01's last successful backup was at 2026-10-01T22:00:00Z");
        assertThat(with.err()).contains("warning: " + export + ":vInfo!4: VM 'app01': custom attribute 'Veeam_LastBackup'"
                + " (backupAttributes.lastSuccess of the policy) holds 'whenever', not a date-time;"
                + " backup.lastSuccess gets none from it");
        assertThat(with.err().lines().filter(l -> l.startsWith("warning:"))).hasSize(1);
    }

    @Test
    void anUnknownKeyOrAnEmptyNameInBackupAttributesIsAnError() throws Exception {
        Path export = export();
        Path policy = dir.resolve("bad.yaml");
        Files.writeString(policy, "backupAttributes:\n  lastSucces: [Veeam_LastBackup]\n");
        CliRun typo = CliRun.of("check", export.toString(), "--policy", policy.toString(), "-o",
                dir.resolve("r.json").toString());
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("bad.yaml").contains("lastSucces");
        Files.writeString(policy, "backupAttributes:\n  policy: [BackupPolicy, \"\"]\n");
        CliRun empty = CliRun.of("check", export.toString(), "--policy", policy.toString(), "-o",
                dir.resolve("r.json").toString());
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).contains("error: " + policy + ":/backupAttributes/policy/1: an empty entry");
    }
}
