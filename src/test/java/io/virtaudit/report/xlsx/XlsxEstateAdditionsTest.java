package io.virtaudit.report.xlsx;

import static io.virtaudit.report.xlsx.Workbooks.rowWith;
import static io.virtaudit.report.xlsx.Workbooks.written;
import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.TestEstates;
import io.virtaudit.model.Estate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 22: the Hosts and VMs sheets show the second edition's host hardening and VM settings. */
class XlsxEstateAdditionsTest {

    private static final String ESTATE = """
            formatVersion: 1
            estate: {name: T, collectedAt: 2026-11-20T08:00:00Z}
            hosts:
              - id: esx01
                hypervisor: {product: esxi, version: 8.0.2, build: "22380479"}
                connectionState: connected
                ntpServers: [ntp1]
                ntpRunning: false
                services: {ssh: {running: true}, shell: {running: false}}
                lockdownMode: disabled
                syslogTargets: [udp://10.0.0.5:514, log.example.com]
                certificateExpires: 2027-01-10T09:00:00Z
              - {id: esx02, hypervisor: {product: esxi}}
            luns: [{id: ds1}]
            portGroups: [{id: DS/DB}, {id: DS/Web}]
            vms:
              - id: db01
                host: esx01
                hardwareVersion: vmx-13
                connectionState: orphaned
                consolidationNeeded: true
                latencySensitivity: high
                cpuLimitMhz: none
                cpuReservationMhz: 2000
                memoryLimitGb: 8
                memoryReservationGb: 2.5
                devices:
                  - {type: cdrom, connected: true}
                  - {type: floppy, connected: false}
                disks:
                  - {datastore: ds1, mode: independent_persistent, raw: physical}
                  - {datastore: ds1, mode: persistent}
                partitions: [{path: /, capacityGb: 10, freeGb: 2.5}, {path: /data, capacityGb: 100, freeGb: 50}]
                portGroups: [DS/DB, DS/Web]
                customAttributes: {Owner: dba, Backup: "Rubrik: gold"}
              - {id: web01, host: esx02}
              - {id: vCLS-1, host: esx02, agent: true}
            """;

    @TempDir
    Path dir;

    private static Object cell(Row row, String sheet, String heading) {
        var cell = row.getCell(WorkbookLayout.headings(sheet).indexOf(heading));
        if (cell == null) {
            return null;
        }
        return switch (cell.getCellType()) {
            case NUMERIC -> cell.getNumericCellValue();
            case STRING -> cell.getStringCellValue();
            default -> null;
        };
    }

    @Test
    void hostsAndVmsShowTheNewFields() throws IOException {
        Estate estate = TestEstates.load(Files.writeString(dir.resolve("estate.yaml"), ESTATE));
        try (XSSFWorkbook workbook = written(ReportFixture.report(List.of(), estate))) {
            Row esx01 = rowWith(workbook.getSheet("Hosts"), 0, "esx01");
            String hosts = WorkbookLayout.HOSTS;
            assertThat(cell(esx01, hosts, "Build")).isEqualTo("22380479");
            assertThat(cell(esx01, hosts, "Connection state")).isEqualTo("connected");
            assertThat(cell(esx01, hosts, "NTP running")).isEqualTo("no");
            assertThat(cell(esx01, hosts, "SSH running")).isEqualTo("yes");
            assertThat(cell(esx01, hosts, "Shell running")).isEqualTo("no");
            assertThat(cell(esx01, hosts, "Lockdown mode")).isEqualTo("disabled");
            assertThat(cell(esx01, hosts, "Syslog targets")).isEqualTo("udp://10.0.0.5:514; log.example.com");
            assertThat(cell(esx01, hosts, "Certificate expires")).isEqualTo("2027-01-10T09:00:00Z");
            assertThat(cell(esx01, hosts, "Source")).asString().contains("estate.yaml");
            Row esx02 = rowWith(workbook.getSheet("Hosts"), 0, "esx02");
            assertThat(cell(esx02, hosts, "SSH running")).as("unknown stays empty").isNull();

            Row db01 = rowWith(workbook.getSheet("VMs"), 0, "db01");
            String vms = WorkbookLayout.VMS;
            assertThat(cell(db01, vms, "Hardware version")).isEqualTo(13.0);
            assertThat(cell(db01, vms, "Connection state")).isEqualTo("orphaned");
            assertThat(cell(db01, vms, "Consolidation needed")).isEqualTo("yes");
            assertThat(cell(db01, vms, "Latency sensitivity")).isEqualTo("high");
            assertThat(cell(db01, vms, "CPU limit (MHz)")).isEqualTo("none");
            assertThat(cell(db01, vms, "CPU reservation (MHz)")).isEqualTo(2000.0);
            assertThat(cell(db01, vms, "Memory limit (GB)")).isEqualTo(8.0);
            assertThat(cell(db01, vms, "Memory reservation (GB)")).isEqualTo(2.5);
            assertThat(cell(db01, vms, "Devices connected")).isEqualTo(1.0);
            assertThat(cell(db01, vms, "Disks")).isEqualTo(2.0);
            assertThat(cell(db01, vms, "Independent disks")).isEqualTo(1.0);
            assertThat(cell(db01, vms, "RDMs")).isEqualTo(1.0);
            assertThat(cell(db01, vms, "Lowest partition free")).isEqualTo(0.25);
            assertThat(cell(db01, vms, "Port groups")).isEqualTo("DS/DB; DS/Web");
            assertThat(cell(db01, vms, "Custom attributes")).isEqualTo("Backup=Rubrik: gold; Owner=dba");
            assertThat(cell(db01, vms, "Agent")).as("unknown stays empty").isNull();
            assertThat(cell(rowWith(workbook.getSheet("VMs"), 0, "vCLS-1"), vms, "Agent")).isEqualTo("yes");
            assertThat(cell(db01, vms, "Source")).asString().contains("estate.yaml");
            Row web01 = rowWith(workbook.getSheet("VMs"), 0, "web01");
            assertThat(cell(web01, vms, "Disks")).as("unknown stays empty").isNull();
            assertThat(cell(web01, vms, "Hardware version")).isNull();
        }
    }
}
