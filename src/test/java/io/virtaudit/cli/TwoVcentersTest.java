package io.virtaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.virtaudit.TestEstates;
import io.virtaudit.importer.Inputs;
import io.virtaudit.importer.rvtools.RvtoolsExportWriter;
import io.virtaudit.model.Estate;
import io.virtaudit.model.EstateInfo;
import io.virtaudit.model.Lun;
import io.virtaudit.model.Vm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two vCenters' RVTools exports given together, as a consultant assessing two sites has them:
 * every pair conflicted on the estate's name, collection time and source, and on the names both
 * sites use ({@code datastore1}, a VM restored at the other site). Now the estate takes the first
 * export's name and the later collection time, and a name both hold is qualified by its vCenter.
 */
class TwoVcentersTest {

    @TempDir
    Path dir;

    /** One site's export: vMetaData names its vCenter; older exports have no VI SDK Server column. */
    private Path export(String file, String vcenter, String collected, String host, String vm) {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vMetaData", "RVTools major version", "RVTools version", "xlsx creation datetime", "Server")
                .row(4, "4.7.1.4", collected, vcenter);
        w.tab("vInfo", "VM", "Powerstate", "CPUs", "Memory", "Host", "Cluster", "Path")
                .row(vm, "poweredOn", 2, 4096, host, "CL-" + host, "[datastore1] " + vm + "/" + vm + ".vmx")
                .row("app-" + host, "poweredOn", 2, 4096, host, "CL-" + host, "[datastore1] app/app.vmx");
        w.tab("vHost", "Host", "Cluster", "# Memory").row(host, "CL-" + host, 262144);
        w.tab("vDatastore", "Name", "Type", "Capacity MiB", "Free MiB", "# Hosts", "Hosts")
                .row("datastore1", "VMFS", 915456, 601210, 1, host);
        return w.writeXlsx(dir.resolve(file));
    }

    @Test
    void twoExportsMergeWithoutConflictAndQualifyTheNamesBothUse() throws Exception {
        Path siteA = export("site-a.xlsx", "vc-a.example.net", "2026-02-18 11:00:51", "esx-a1", "fileserver01");
        Path siteB = export("site-b.xlsx", "vc-b.example.net", "2026-02-18 11:01:52", "esx-b1", "fileserver01");
        Estate estate = new Inputs(TestEstates.CLOCK).load(List.of(siteA, siteB));
        assertThat(estate.info().name()).isEqualTo("vc-a.example.net");
        assertThat(estate.referenceTime()).as("the later of the two exports")
                .isEqualTo(Instant.parse("2026-02-18T11:01:52Z"));
        assertThat(estate.referenceTimeAssumed()).isFalse();
        assertThat(estate.info().sources()).extracting(EstateInfo.Source::id, EstateInfo.Source::collectedAt,
                EstateInfo.Source::file).containsExactly(
                tuple("vc-a.example.net", Instant.parse("2026-02-18T11:00:51Z"), "site-a.xlsx"),
                tuple("vc-b.example.net", Instant.parse("2026-02-18T11:01:52Z"), "site-b.xlsx"));
        assertThat(estate.vms()).extracting(Vm::id).containsExactlyInAnyOrder("vc-a.example.net/fileserver01",
                "vc-b.example.net/fileserver01", "app-esx-a1", "app-esx-b1");
        assertThat(estate.luns()).extracting(Lun::id)
                .containsExactlyInAnyOrder("vc-a.example.net/datastore1", "vc-b.example.net/datastore1");
        Vm restored = estate.vms().stream().filter(v -> v.id().equals("vc-b.example.net/fileserver01")).findFirst()
                .orElseThrow();
        assertThat(restored.host()).isEqualTo("esx-b1");
        assertThat(restored.datastores()).containsExactly("vc-b.example.net/datastore1");
        assertThat(restored.name()).isEqualTo("fileserver01");
    }

    @Test
    void theCheckRunsOnBothAndAnEstateDocumentNamesTheEstate() throws Exception {
        Path siteA = export("site-a.xlsx", "vc-a.example.net", "2026-02-18 11:00:51", "esx-a1", "fileserver01");
        Path siteB = export("site-b.xlsx", "vc-b.example.net", "2026-02-18 11:01:52", "esx-b1", "fileserver01");
        Path report = dir.resolve("both.json");
        CliRun run = CliRun.of("check", siteA.toString(), siteB.toString(), "-o", report.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(report)).contains("\"name\" : \"vc-a.example.net\"")
                .contains("vc-b.example.net/fileserver01");
        Path named = dir.resolve("group.yaml");
        Files.writeString(named, "formatVersion: 1\nestate: {name: Example Group, collectedAt: 2026-02-19T00:00:00Z}\n");
        Estate estate = new Inputs(TestEstates.CLOCK).load(List.of(siteA, siteB, named));
        assertThat(estate.info().name()).isEqualTo("Example Group");
        assertThat(estate.info().collectedAt()).isEqualTo(Instant.parse("2026-02-19T00:00:00Z"));
    }

    @Test
    void aFolderOfRvtoolsTabsAndTheCmdbsInventoriesReadsBoth() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("customer"));
        Files.writeString(folder.resolve("RVTools_tabvInfo.csv"), """
                "VM","Powerstate","CPUs","Memory","Host","Cluster"
                "db01","poweredOn","4","16384","esx01","CL1"
                """);
        Files.writeString(folder.resolve("vms.csv"), "id,environment,criticality\ndb01,production,high\n");
        Estate estate = new Inputs(TestEstates.CLOCK).load(List.of(folder));
        Vm db01 = estate.vms().get(0);
        assertThat(db01.memoryGb()).as("from the RVTools tab").isEqualTo(16.0);
        assertThat(db01.environment()).as("from the inventory beside it, no longer ignored")
                .isEqualTo(io.virtaudit.model.Environment.PRODUCTION);
    }
}
