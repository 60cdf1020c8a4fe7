package io.virtaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.TestEstates;
import io.virtaudit.input.InputError;
import io.virtaudit.model.BackupTime;
import io.virtaudit.model.Estate;
import io.virtaudit.model.Vm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupAttributeMappingTest {

    @TempDir
    Path dir;

    private static final BackupAttributeMapping MAPPING = new BackupAttributeMapping(
            List.of("Veeam_LastBackup", "Cohesity_Last"), List.of("BackupPolicy", "Veeam_Job"));

    private Estate estate() throws Exception {
        Path file = dir.resolve("estate.yaml");
        Files.writeString(file, """
                formatVersion: 1
                estate: {name: T, collectedAt: 2026-11-20T08:00:00Z}
                hosts: [{id: h1, hypervisor: {product: esxi}}]
                vms:
                  - {id: latest, host: h1, customAttributes: {veeam_lastbackup: "2026-11-18 22:00", Cohesity_Last: "2026-11-19T01:00:00Z"}}
                  - {id: known-later, host: h1, backup: {policy: gold, lastSuccess: 2026-11-19T23:00:00Z},
                     customAttributes: {Veeam_LastBackup: "2026-11-18 22:00", BackupPolicy: Silver}}
                  - {id: known-earlier, host: h1, backup: {lastSuccess: 2026-11-01T00:00:00Z},
                     customAttributes: {Veeam_LastBackup: "Thu Nov 19 22:10:08 UTC 2026"}}
                  - {id: was-never, host: h1, backup: {lastSuccess: never}, customAttributes: {Veeam_LastBackup: "2026-11-19"}}
                  - {id: says-never, host: h1, customAttributes: {Veeam_LastBackup: Never, Veeam_Job: " Daily "}}
                  - {id: unreadable, host: h1, customAttributes: {Veeam_LastBackup: soon, BackupPolicy: "  "}}
                  - {id: no-attributes, host: h1}
                """);
        return TestEstates.load(file);
    }

    private static Map<String, Vm> byId(Estate estate) {
        Map<String, Vm> out = new HashMap<>();
        estate.vms().forEach(v -> out.put(v.id(), v));
        return out;
    }

    @Test
    void theLatestTimeWinsAndAKnownPolicyStays() throws Exception {
        Estate estate = estate();
        List<InputError> warnings = new ArrayList<>();
        Map<String, Vm> vms = byId(MAPPING.applyTo(estate, warnings::add));
        assertThat(vms.get("latest").backup().lastSuccess().at()).as("names match in any case; the later of two wins")
                .isEqualTo(Instant.parse("2026-11-19T01:00:00Z"));
        assertThat(vms.get("latest").backupPolicy()).isNull();
        assertThat(vms.get("known-later").backup()).as("a later known time and a known policy stay")
                .isEqualTo(new Vm.Backup("gold", new BackupTime(Instant.parse("2026-11-19T23:00:00Z"))));
        assertThat(vms.get("known-earlier").backup().lastSuccess().at()).as("a later attribute wins, as on a merge")
                .isEqualTo(Instant.parse("2026-11-19T22:10:08Z"));
        assertThat(vms.get("was-never").backup().lastSuccess().at()).isEqualTo(Instant.parse("2026-11-19T00:00:00Z"));
        assertThat(vms.get("says-never").backup()).as("never where nothing gives a time; the second policy name")
                .isEqualTo(new Vm.Backup("Daily", BackupTime.NEVER));
        assertThat(vms.get("unreadable").backup()).as("no time, a blank policy: unknown").isNull();
        assertThat(vms.get("unreadable").customAttributes()).containsEntry("Veeam_LastBackup", "soon");
        assertThat(warnings).extracting(InputError::render).containsExactly("estate.yaml:/vms/5: VM 'unreadable': custom attribute 'Veeam_LastBackup' (backupAttributes.lastSuccess of the"
                + " policy) holds 'soon', not a date-time; backup.lastSuccess gets none from it");
        assertThat(vms.get("no-attributes")).isSameAs(byId(estate).get("no-attributes"));
    }

    @Test
    void noMappingOrNothingToFillLeavesTheEstateAsItIs() throws Exception {
        Estate estate = estate();
        assertThat(BackupAttributeMapping.none().applyTo(estate, w -> { })).isSameAs(estate);
        assertThat(new BackupAttributeMapping(List.of("Other"), List.of()).applyTo(estate, w -> { })).isSameAs(estate);
        assertThat(Policy.defaults().backupAttributes().isEmpty()).isTrue();
    }
}
