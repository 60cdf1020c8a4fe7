package io.virtaudit.importer.rvtools;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.importer.SourcedDocument;
import io.virtaudit.input.InputError;
import io.virtaudit.model.Cluster;
import io.virtaudit.model.Host;
import io.virtaudit.model.Lun;
import io.virtaudit.model.SourceRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second-edition host, cluster and datastore fields as RVTools 4.7 writes them: the build in
 * {@code ESX Version}, {@code NTPD running} and {@code Certificate Expiry Date} (empty for an ESXi
 * 5.5 host), vCluster's {@code Host monitoring} as {@code enabled}/{@code disabled}, and
 * vDatastore's {@code Provisioned MiB} ({@code Provisioned MB} in older exports, grouped digits
 * in a Windows locale's per-tab CSV).
 */
class RvtoolsHostAdditionsTest {

    private static final String FILE = "RVTools_export_all.xlsx";

    @TempDir
    Path dir;

    private SourcedDocument read(RvtoolsExportWriter export) {
        return new RvtoolsImporter().read(export.writeXlsx(dir.resolve(FILE)), FILE);
    }

    private static <T> T byId(java.util.List<T> list, java.util.function.Function<T, String> id, String want) {
        return list.stream().filter(t -> id.apply(t).equals(want)).findFirst().orElseThrow();
    }

    @Test
    void vHostGivesTheBuildTheTimeServiceAndTheCertificate() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vHost", "Host", "Datacenter", "Cluster", "Config status", "in Maintenance Mode", "CPU Model", "# CPU",
                        "Cores per CPU", "# Memory", "ESX Version", "Boot time", "DNS Servers", "DHCP", "Domain",
                        "NTP Server(s)", "NTPD running", "Time Zone", "Certificate Expiry Date", "VI SDK Server")
                .row("esx01.acme.local", "DC-AMS", "CL-PROD", "green", false, "Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz",
                        2, 32, 1048063, "VMware ESXi 8.0.3 build-24674464", LocalDateTime.of(2026, 9, 1, 4, 0), "10.0.0.53",
                        false, "acme.local", "ntp1.acme.local, ntp2.acme.local", true, "UTC",
                        LocalDateTime.of(2027, 1, 10, 9, 0), "vc01.acme.local")
                .row("esx02.acme.local", "DC-AMS", "CL-PROD", "green", false, "Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz",
                        2, 32, 1048063, "VMware ESXi 8.0.3 build-24674464", null, "10.0.0.53", false, "acme.local",
                        "ntp1.acme.local", false, "UTC", LocalDateTime.of(2027, 1, 10, 9, 0), "vc01.acme.local")
                .row("esx55.acme.local", "DC-AMS", "CL-OLD", "yellow", false, "Intel(R) Xeon(R) CPU E5-2660 0 @ 2.20GHz",
                        2, 8, 131034, "VMware ESXi 5.5.0 build-3248547", null, null, false, null, null, "maybe", null,
                        null, "vc01.acme.local");
        SourcedDocument read = read(w);
        Host esx01 = byId(read.document().hosts(), Host::id, "esx01.acme.local");
        assertThat(esx01.hypervisor().version()).isEqualTo("8.0.3");
        assertThat(esx01.hypervisor().build()).isEqualTo("24674464");
        assertThat(esx01.ntpRunning()).isTrue();
        assertThat(esx01.certificateExpires()).isEqualTo(Instant.parse("2027-01-10T09:00:00Z"));
        assertThat(byId(read.document().hosts(), Host::id, "esx02.acme.local").ntpRunning()).isFalse();
        Host old = byId(read.document().hosts(), Host::id, "esx55.acme.local");
        assertThat(old.hypervisor().build()).isEqualTo("3248547");
        assertThat(old.ntpRunning()).as("a bad cell: unknown").isNull();
        assertThat(old.certificateExpires()).as("empty for an ESXi 5.5 host: unknown").isNull();
        assertThat(read.warnings()).extracting(InputError::render).singleElement().asString()
                .startsWith(FILE + ":vHost!").contains("maybe").contains("NTPD running");
        assertThat(read.locator().locate("/hosts/0/hypervisor/build")).isEqualTo(new SourceRef(FILE, "vHost!2"));
        assertThat(read.locator().locate("/hosts/2/ntpRunning")).isEqualTo(new SourceRef(FILE, "vHost!4"));
    }

    @Test
    void anEsxVersionWithoutABuildLeavesTheBuildUnknown() {
        assertThat(Spellings.esxBuild("VMware ESXi 7.0.3")).isNull();
        assertThat(Spellings.esxBuild("VMware ESX 4.1.0 build-260247")).isEqualTo("260247");
        assertThat(Spellings.esxBuild(null)).isNull();
    }

    @Test
    void vClusterHostMonitoringAndVDatastoreProvisionedSpace() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vCluster", "Name", "Config status", "OverallStatus", "NumHosts", "numEffectiveHosts", "TotalCpu",
                        "NumCpuCores", "NumCpuThreads", "Effective Cpu", "TotalMemory", "Effective Memory",
                        "Num VMotions", "HA enabled", "Failover Level", "AdmissionControlEnabled", "Host monitoring",
                        "HB Datastore Candidate Policy", "Isolation Response", "Restart Priority", "DRS enabled",
                        "VI SDK Server")
                .row("CL-PROD", "green", "green", 4, 4, 256000, 128, 256, 240000, 4194304, 4000000, 12, true, 1, true,
                        "enabled", "allFeasibleDsWithUserPreference", "none", "medium", true, "vc01.acme.local")
                .row("CL-TEST", "green", "green", 2, 2, 128000, 64, 128, 120000, 2097152, 2000000, 3, true, 1, false,
                        "disabled", "allFeasibleDsWithUserPreference", "none", "medium", true, "vc01.acme.local")
                .row("CL-LAB", "green", "green", 1, 1, 64000, 32, 64, 60000, 1048576, 1000000, 0, false, 0, false,
                        null, null, null, null, false, "vc01.acme.local");
        w.tab("vDatastore", "Name", "Config status", "Address", "Accessible", "Type", "# VMs total", "# VMs",
                        "Capacity MiB", "Provisioned MiB", "In Use MiB", "Free MiB", "Free %", "# Hosts", "Hosts",
                        "VI SDK Server")
                .row("DS-FC-01", "green", null, true, "VMFS", 12, 10, 4194048, 5242880, 3145728, 1048320, 25, 2,
                        "esx01, esx02", "vc01.acme.local");
        SourcedDocument read = read(w);
        assertThat(read.document().clusters()).extracting(Cluster::id, c -> c.ha() == null ? null : c.ha().hostMonitoring())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CL-PROD", true),
                        org.assertj.core.groups.Tuple.tuple("CL-TEST", false),
                        org.assertj.core.groups.Tuple.tuple("CL-LAB", null));
        assertThat(read.locator().locate("/clusters/1/ha/hostMonitoring")).isEqualTo(new SourceRef(FILE, "vCluster!3"));
        Lun lun = read.document().luns().get(0);
        assertThat(lun.provisionedGb()).isEqualTo(5120.0);
        assertThat(read.locator().locate("/luns/0/provisionedGb")).isEqualTo(new SourceRef(FILE, "vDatastore!2"));
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void anOlderCsvSaysProvisionedMbAndGroupsItsDigits() throws IOException {
        Path file = Files.writeString(dir.resolve("RVTools_tabvDatastore.csv"), """
                "Name","Type","Capacity MB","Provisioned MB","Free MB","# Hosts","Hosts"
                "ds01","VMFS","1,048,576","2,097,152","524,288","1","esx01"
                "ds02","VMFS","1,048,576","lots","524,288","1","esx01"
                """, StandardCharsets.UTF_8);
        SourcedDocument read = new RvtoolsImporter().read(file, "RVTools_tabvDatastore.csv");
        assertThat(read.document().luns()).extracting(Lun::provisionedGb).containsExactly(2048.0, null);
        assertThat(read.locator().locate("/luns/0/provisionedGb")).isEqualTo(new SourceRef("RVTools_tabvDatastore.csv", "2"));
        assertThat(read.warnings()).extracting(InputError::render).singleElement().asString()
                .startsWith("RVTools_tabvDatastore.csv:3").contains("lots");
    }
}
