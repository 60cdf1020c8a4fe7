package io.virtaudit.importer.rvtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.virtaudit.TestEstates;
import io.virtaudit.importer.EstateAssembler;
import io.virtaudit.input.InputError;
import io.virtaudit.importer.SourcedDocument;
import io.virtaudit.model.ConnectionState;
import io.virtaudit.model.Estate;
import io.virtaudit.model.Host;
import io.virtaudit.model.Vm;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * vInfo's custom attribute columns and Connection state as RVTools 4.x writes them: every column
 * between Annotation and Datacenter is a custom attribute of the VM, backup products' attributes
 * among them give the last backup, and an orphaned, inaccessible or invalid VM (CPUs 0, Memory 0)
 * is kept with its size unknown.
 */
class RvtoolsVmAttributesTest {

    @TempDir
    Path dir;

    private SourcedDocument xlsx(RvtoolsExportWriter export) {
        Path file = export.writeXlsx(dir.resolve("RVTools_export_all.xlsx"));
        return new RvtoolsImporter().read(file, "RVTools_export_all.xlsx");
    }

    private static Map<String, Vm> byId(Iterable<Vm> vms) {
        Map<String, Vm> out = new HashMap<>();
        vms.forEach(v -> out.put(v.id(), v));
        return out;
    }

    /** The columns of a 4.7 vInfo around the custom attributes, with four attributes between them. */
    private static RvtoolsExportWriter attributes() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vInfo", "VM", "Powerstate", "Connection state", "CPUs", "Memory", "Annotation", "Backup",
                        "Rubrik_LastBackup", "Post-it", "com.vmware.vcDr.protected", "Backup status", "Datacenter",
                        "Cluster", "Host", "VM UUID")
                .row("web01", "poweredOn", "connected", 2, 4096, "owner: Anna", "daily",
                        "Last Backup successfully completed at Thu May 29 22:10:08 UTC 2025", null, "", "Success", "DC1",
                        "CL1", "esx01", "4213-aa")
                .row("db01", "poweredOn", "connected", 8, 65536, null, null, null, null, null, null, "DC1", "CL1",
                        "esx01", "4213-bb");
        return w;
    }

    @Test
    void everyColumnBetweenAnnotationAndDatacenterIsACustomAttribute() {
        SourcedDocument read = xlsx(attributes());
        Map<String, Vm> vms = byId(read.document().vms());
        Vm web01 = vms.get("web01");
        assertThat(web01.customAttributes())
                .as("headers as written, empty cells and RVTools' own Backup status left out").containsExactly(
                entry("Backup", "daily"),
                entry("Rubrik_LastBackup", "Last Backup successfully completed at Thu May 29 22:10:08 UTC 2025"));
        assertThat(web01.backup().lastSuccess().at()).as("Rubrik's attribute read from the custom attributes")
                .isEqualTo(Instant.parse("2025-05-29T22:10:08Z"));
        assertThat(web01.labels()).containsEntry("annotation", "owner: Anna").containsEntry("uuid", "4213-aa");
        assertThat(vms.get("db01").customAttributes()).as("attributes known to be none: {}").isEmpty();
        assertThat(vms.get("db01").customAttributes()).isNotNull();
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void perTabCsvKeepsTheSameCustomAttributes() {
        Path folder = attributes().writeCsv(dir.resolve("csv"));
        Vm web01 = byId(new RvtoolsImporter().read(folder, "csv").document().vms()).get("web01");
        assertThat(web01.customAttributes()).containsOnlyKeys("Backup", "Rubrik_LastBackup");
        assertThat(web01.backup().lastSuccess().at()).isEqualTo(Instant.parse("2025-05-29T22:10:08Z"));
    }

    @Test
    void withoutDatacenterTheAttributesEndAtClusterOrHost() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vInfo", "VM", "Powerstate", "Annotation", "Owner", "NB_LAST_BACKUP", "Host", "OS according to the VMware Tools")
                .row("web01", "poweredOn", null, "Anna", "Sat Jan 20 05:26:53 2018\n,apntbkup01,VMWare_ESX_50_FlashBackup",
                        "esx01", "Ubuntu Linux (64-bit)");
        Vm web01 = xlsx(w).document().vms().get(0);
        assertThat(web01.customAttributes()).containsOnlyKeys("Owner", "NB_LAST_BACKUP");
        assertThat(web01.backup().lastSuccess().at()).isEqualTo(Instant.parse("2018-01-20T05:26:53Z"));
        assertThat(web01.guestOs()).isEqualTo("Ubuntu Linux (64-bit)");
    }

    @Test
    void withoutAnnotationOnlyBackupProductsColumnsAreKnownAttributes() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vInfo", "VM", "Powerstate", "Host", "Rubrik_LastBackup", "Owner")
                .row("web01", "poweredOn", "esx01", "Last Backup successfully completed at Thu May 29 22:10:08 UTC 2025", "Anna")
                .row("web02", "poweredOn", "esx01", null, "Ben");
        Map<String, Vm> vms = byId(xlsx(w).document().vms());
        assertThat(vms.get("web01").customAttributes()).as("a trimmed export keeps its backup evidence")
                .containsOnlyKeys("Rubrik_LastBackup");
        assertThat(vms.get("web01").backup().lastSuccess().at()).isEqualTo(Instant.parse("2025-05-29T22:10:08Z"));
        assertThat(vms.get("web02").customAttributes()).isEmpty();
        RvtoolsExportWriter none = new RvtoolsExportWriter();
        none.tab("vInfo", "VM", "Powerstate", "Host").row("web01", "poweredOn", "esx01");
        assertThat(xlsx(none).document().vms().get(0).customAttributes()).as("no attribute columns: unknown").isNull();
    }

    @Test
    void aBackupProductsAttributeInNoShapeIsAWarningAtItsCell() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vInfo", "VM", "Powerstate", "Host", "Annotation", "Rubrik_LastBackup", "Datacenter")
                .row("app01", "poweredOn", "esx01", null, "Backup failed", "DC1");
        SourcedDocument read = xlsx(w);
        Vm app01 = read.document().vms().get(0);
        assertThat(app01.backup()).isNull();
        assertThat(app01.customAttributes()).containsEntry("Rubrik_LastBackup", "Backup failed");
        assertThat(read.warnings()).extracting(InputError::render).containsExactly("RVTools_export_all.xlsx:vInfo!E2:"
                + " custom attribute 'Rubrik_LastBackup' value 'Backup failed' is not a backup time as its product writes"
                + " it: backup.lastSuccess gets none from it; the field is left unknown");
    }

    /** Connection states as 4.7 writes them; RVTools writes CPUs 0 and Memory 0 for VMs it cannot read. */
    private static RvtoolsExportWriter states() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vInfo", "VM", "Powerstate", "Connection state", "CPUs", "Memory", "Host")
                .row("web01", "poweredOn", "connected", 2, 4096, "esx01")
                .row("lost01", "poweredOff", "inaccessible", 0, 0, "esx01")
                .row("gone01", "poweredOff", "orphaned", 0, 0, "esx01")
                .row("bad01", "poweredOff", "invalid", 0, 0, "esx01")
                .row("far01", "poweredOn", "disconnected", 4, 8192, "esx02")
                .row("zero01", "poweredOn", "connected", 0, 2048, "esx01")
                .row("odd01", "poweredOn", "sleeping", 1, 1024, "esx01");
        w.tab("vHost", "Host").row("esx01").row("esx02");
        return w;
    }

    @Test
    void anInaccessibleVmWithCpus0AndMemory0IsKeptWithItsSizeUnknown() {
        SourcedDocument read = xlsx(states());
        Map<String, Vm> vms = byId(read.document().vms());
        assertThat(vms).containsOnlyKeys("web01", "lost01", "gone01", "bad01", "far01", "zero01", "odd01");
        for (String id : new String[] {"lost01", "gone01", "bad01"}) {
            Vm vm = vms.get(id);
            assertThat(vm.unreadable()).as(id).isTrue();
            assertThat(vm.vcpus()).as(id).isNull();
            assertThat(vm.memoryGb()).as(id).isNull();
        }
        assertThat(vms.get("lost01").connectionState()).isEqualTo(ConnectionState.INACCESSIBLE);
        assertThat(vms.get("gone01").connectionState()).isEqualTo(ConnectionState.ORPHANED);
        assertThat(vms.get("bad01").connectionState()).isEqualTo(ConnectionState.INVALID);
        assertThat(vms.get("web01").connectionState()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(vms.get("web01").vcpus()).isEqualTo(2);
        assertThat(vms.get("zero01").vcpus()).as("CPUs 0 on a connected VM: unknown, with a warning").isNull();
        assertThat(vms.get("zero01").memoryGb()).isEqualTo(2.0);
        assertThat(vms.get("odd01").connectionState()).as("a state RVTools does not write: unknown").isNull();
        assertThat(read.warnings()).extracting(InputError::render).containsExactly(
                "RVTools_export_all.xlsx:vInfo!D7: CPUs 0 is below the minimum of 1; the field is left unknown",
                "RVTools_export_all.xlsx:vInfo!C8: invalid value 'sleeping' in column 'Connection state': expected"
                        + " connected, disconnected, orphaned, inaccessible, invalid; the field is left unknown");
    }

    @Test
    void aDisconnectedVmsHostIsDisconnected() {
        Estate estate = new EstateAssembler(TestEstates.CLOCK).assemble(xlsx(states()));
        Map<String, Host> hosts = new HashMap<>();
        estate.hosts().forEach(h -> hosts.put(h.id(), h));
        assertThat(hosts.get("esx02").connected()).as("vHost has no connection column: its VM tells").isFalse();
        assertThat(hosts.get("esx01").connected()).as("inaccessible VMs say nothing of their host").isNull();
    }
}
