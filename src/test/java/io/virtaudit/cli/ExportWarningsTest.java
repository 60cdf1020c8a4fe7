package io.virtaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third-party export is read with forgiveness: a cell that cannot be used (CPUs 0 on a connected
 * VM; a negative Memory) leaves its field unknown with one warning line naming file and cell, the
 * VM is kept, and the run goes on to its report with the exit code it would have had. An
 * inaccessible VM's CPUs 0 and Memory 0, as RVTools writes them, are no size at all: unknown
 * without a warning.
 */
class ExportWarningsTest {

    @TempDir
    Path dir;

    @Test
    void anInaccessibleVmIsKeptWithItsSizesUnknownAndTheRunWarns() throws Exception {
        Path tab = Files.writeString(dir.resolve("RVTools_tabvInfo.csv"), """
                "VM","Powerstate","Connection state","CPUs","Memory","Host","Cluster"
                "web01","poweredOn","connected","2","4,096","esx01","CL1"
                "old-app","poweredOff","inaccessible","0","0","esx01","CL1"
                "bad-mem","poweredOn","connected","2","-1","esx01","CL1"
                "zero-cpu","poweredOn","connected","0","1024","esx01","CL1"
                """);
        Path json = dir.resolve("r.json");
        CliRun run = CliRun.of("check", tab.toString(), "-o", json.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err().lines().filter(l -> l.startsWith("warning: " + tab)).toList()).containsExactly(
                "warning: " + tab + ":4: Memory -1 MiB is negative; the field is left unknown",
                "warning: " + tab + ":5: CPUs 0 is below the minimum of 1; the field is left unknown");
        assertThat(run.err()).doesNotContain("error:");
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.at("/estate/counts/vms").asInt()).isEqualTo(4);
        CliRun validate = CliRun.of("validate", tab.toString());
        assertThat(validate.exitCode()).isZero();
        assertThat(validate.err()).contains("warning: " + tab + ":5: CPUs 0").doesNotContain(tab + ":3:");
    }
}
