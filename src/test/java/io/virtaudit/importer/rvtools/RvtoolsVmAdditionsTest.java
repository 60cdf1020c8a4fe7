package io.virtaudit.importer.rvtools;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.importer.SourcedDocument;
import io.virtaudit.input.InputError;
import io.virtaudit.model.HardwareVersion;
import io.virtaudit.model.LatencySensitivity;
import io.virtaudit.model.Limit;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.Vm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second-edition VM fields as RVTools 4.7 writes them: vInfo's {@code HW version} ({@code 19};
 * {@code vmx-13} in older exports), {@code Consolidation Needed} and {@code Latency Sensitivity};
 * vCPU limits and reservations in MHz and vMemory's in MiB, {@code -1} for no limit.
 */
class RvtoolsVmAdditionsTest {

    private static final String FILE = "RVTools_export_all.xlsx";

    @TempDir
    Path dir;

    private SourcedDocument read(RvtoolsExportWriter export) {
        return new RvtoolsImporter().read(export.writeXlsx(dir.resolve(FILE)), FILE);
    }

    private static Vm vm(SourcedDocument read, String id) {
        return read.document().vms().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    private static RvtoolsExportWriter export() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vInfo", "VM", "Powerstate", "Template", "SRM Placeholder", "Config status", "DNS Name",
                        "Connection state", "Guest state", "Heartbeat", "Consolidation Needed", "PowerOn", "CPUs",
                        "Memory", "Latency Sensitivity", "HW version", "HW upgrade status", "HW target", "Host",
                        "Cluster", "VM ID", "VI SDK Server")
                .row("app01", "poweredOn", false, false, "green", "app01.acme.local", "connected", "running", "green",
                        false, null, 4, 16384, "normal", 19, "none", null, "esx01", "CL1", "vm-101", "vc01.acme.local")
                .row("db01", "poweredOn", false, false, "green", "db01.acme.local", "connected", "running", "green",
                        true, null, 8, 65536, "high", "vmx-13", "none", "vmx-19", "esx01", "CL1", "vm-102", "vc01.acme.local")
                .row("old01", "poweredOff", false, false, "green", null, "connected", "notRunning", "gray",
                        "perhaps", null, 1, 2048, "sideways", "vmx-xx", "none", null, "esx01", "CL1", "vm-103",
                        "vc01.acme.local");
        w.tab("vCPU", "VM", "Powerstate", "Template", "SRM Placeholder", "CPUs", "Sockets", "Cores p/s", "Max",
                        "Overall", "Level", "Shares", "Reservation", "Entitlement", "DRS Entitlement", "Limit", "Hot Add",
                        "Hot Remove", "Numa Hotadd Exposed", "VM ID", "VI SDK Server")
                .row("app01", "poweredOn", false, false, 4, 4, 1, 8400, 120, "normal", 4000, 0, 120, 120, -1, false,
                        false, false, "vm-101", "vc01.acme.local")
                .row("db01", "poweredOn", false, false, 8, 2, 4, 16800, 3000, "high", 16000, 4200, 3000, 3000, 8400,
                        true, false, false, "vm-102", "vc01.acme.local");
        w.tab("vMemory", "VM", "Powerstate", "Template", "SRM Placeholder", "Size MiB",
                        "Memory Reservation Locked To Max", "Overhead", "Max", "Consumed", "Consumed Overhead", "Private",
                        "Shared", "Swapped", "Ballooned", "Active", "Entitlement", "DRS Entitlement", "Level", "Shares",
                        "Reservation", "Limit", "Hot Add", "VM ID", "VI SDK Server")
                .row("app01", "poweredOn", false, false, 16384, false, 120, 16384, 8000, 60, 7900, 100, 0, 0, 1200,
                        16384, 16384, "normal", 163840, 0, -1, false, "vm-101", "vc01.acme.local")
                .row("db01", "poweredOn", false, false, 65536, false, 300, 65536, 60000, 200, 59000, 1000, 0, 0, 30000,
                        65536, 65536, "normal", 655360, 32768, 49152, false, "vm-102", "vc01.acme.local")
                .row("old01", "poweredOff", false, false, 2048, false, 0, 2048, 0, 0, 0, 0, 0, 0, 0, 0, 0, "normal",
                        20480, "abc", -1, false, "vm-103", "vc01.acme.local");
        return w;
    }

    @Test
    void vInfoGivesHardwareVersionConsolidationAndLatencySensitivity() {
        SourcedDocument read = read(export());
        Vm app01 = vm(read, "app01");
        assertThat(app01.hardwareVersion()).isEqualTo(new HardwareVersion(19));
        assertThat(app01.consolidationNeeded()).isFalse();
        assertThat(app01.latencySensitivity()).isEqualTo(LatencySensitivity.NORMAL);
        assertThat(app01.timingSensitive()).as("only high says so").isNull();
        Vm db01 = vm(read, "db01");
        assertThat(db01.hardwareVersion()).as("vmx-13, not HW target's vmx-19").isEqualTo(new HardwareVersion(13));
        assertThat(db01.consolidationNeeded()).isTrue();
        assertThat(db01.latencySensitivity()).isEqualTo(LatencySensitivity.HIGH);
        assertThat(db01.timingSensitive()).isTrue();
        Vm old01 = vm(read, "old01");
        assertThat(old01.hardwareVersion()).isNull();
        assertThat(old01.consolidationNeeded()).isNull();
        assertThat(old01.latencySensitivity()).isNull();
        assertThat(read.locator().locate("/vms/1/hardwareVersion")).isEqualTo(new SourceRef(FILE, "vInfo!3"));
    }

    @Test
    void vCpuAndVMemoryGiveLimitsAndReservationsWithMinusOneAsNone() {
        SourcedDocument read = read(export());
        Vm app01 = vm(read, "app01");
        assertThat(app01.cpuLimitMhz()).isEqualTo(Limit.NONE);
        assertThat(app01.cpuReservationMhz()).isEqualTo(0.0);
        assertThat(app01.memoryLimitGb()).isEqualTo(Limit.NONE);
        assertThat(app01.memoryReservationGb()).isEqualTo(0.0);
        Vm db01 = vm(read, "db01");
        assertThat(db01.cpuLimitMhz()).isEqualTo(new Limit(8400.0));
        assertThat(db01.cpuReservationMhz()).isEqualTo(4200.0);
        assertThat(db01.memoryLimitGb()).isEqualTo(new Limit(48.0));
        assertThat(db01.memoryReservationGb()).isEqualTo(32.0);
        Vm old01 = vm(read, "old01");
        assertThat(old01.cpuLimitMhz()).as("no vCPU row: unknown").isNull();
        assertThat(old01.memoryLimitGb()).isEqualTo(Limit.NONE);
        assertThat(old01.memoryReservationGb()).as("abc: unknown").isNull();
        assertThat(read.locator().locate("/vms/1/cpuLimitMhz")).isEqualTo(new SourceRef(FILE, "vCPU!3"));
        assertThat(read.locator().locate("/vms/1/memoryReservationGb")).isEqualTo(new SourceRef(FILE, "vMemory!3"));
        assertThat(read.warnings()).extracting(InputError::render).containsExactlyInAnyOrder(
                FILE + ":vInfo!J4: invalid value 'perhaps' in column 'Consolidation Needed': expected True or False; the field is left unknown",
                FILE + ":vInfo!N4: invalid value 'sideways' in column 'Latency Sensitivity': expected low, normal, medium, high, custom; the field is left unknown",
                FILE + ":vInfo!O4: invalid value 'vmx-xx' in column 'HW version': expected a whole number; the field is left unknown",
                FILE + ":vMemory!T4: invalid value 'abc' in column 'Reservation': expected a number of MiB; the field is left unknown");
    }

    @Test
    void aWindowsLocaleCsvGroupsTheMemoryDigits() throws IOException {
        Path export = Files.createDirectories(dir.resolve("export"));
        Files.writeString(export.resolve("RVTools_tabvInfo.csv"), """
                "VM","Powerstate","Memory","Host"
                "db01","poweredOn","65,536","esx01"
                """, StandardCharsets.UTF_8);
        Files.writeString(export.resolve("RVTools_tabvMemory.csv"), """
                "VM","Size MiB","Reservation","Limit"
                "db01","65,536","32,768","49,152"
                """, StandardCharsets.UTF_8);
        SourcedDocument read = new RvtoolsImporter().read(export, "export");
        Vm db01 = read.document().vms().get(0);
        assertThat(db01.memoryLimitGb()).isEqualTo(new Limit(48.0));
        assertThat(db01.memoryReservationGb()).isEqualTo(32.0);
        assertThat(read.locator().locate("/vms/0/memoryLimitGb")).isEqualTo(new SourceRef("export/RVTools_tabvMemory.csv", "2"));
    }
}
