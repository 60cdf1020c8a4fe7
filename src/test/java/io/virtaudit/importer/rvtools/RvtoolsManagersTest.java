package io.virtaudit.importer.rvtools;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.importer.SourcedDocument;
import io.virtaudit.input.InputError;
import io.virtaudit.model.Host;
import io.virtaudit.model.LicenseExpiry;
import io.virtaudit.model.LicenseTotal;
import io.virtaudit.model.Manager;
import io.virtaudit.model.ManagerProduct;
import io.virtaudit.model.SourceRef;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Managers as RVTools 4.7 writes them: vSource (one row per VI SDK Server, Product line
 * {@code vpx}, or {@code embeddedEsx} when RVTools was pointed at a host), vLicense with
 * {@code Unlimited} and {@code Never}, and RVTools 3.x exports with only vInfo's VI SDK Server type.
 */
class RvtoolsManagersTest {

    private static final String FILE = "RVTools_export_all.xlsx";

    @TempDir
    Path dir;

    private SourcedDocument read(RvtoolsExportWriter export) {
        return new RvtoolsImporter().read(export.writeXlsx(dir.resolve(FILE)), FILE);
    }

    private static RvtoolsExportWriter twoVcenters(String secondLine) {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vHost", "Host", "Datacenter", "Cluster", "ESX Version", "VI SDK Server", "VI SDK UUID")
                .row("esx01.acme.local", "DC-AMS", "CL-PROD", "VMware ESXi 8.0.3 build-24674464", "vc01.acme.local", "5b1e")
                .row("esx-lab", "ha-datacenter", null, "VMware ESXi 7.0.3 build-21930508", "esx-lab", "77aa");
        w.tab("vSource", "Name", "OS type", "API type", "API version", "Version", "Patch level", "Build", "Fullname",
                        "Product name", "Product version", "Product line", "Vendor", "VI SDK Server", "VI SDK UUID")
                .row("VMware vCenter Server", "linux-x64", "VirtualCenter", "8.0.3.0", "8.0.3", null, "24674346",
                        "VMware vCenter Server 8.0.3 build-24674346", "VMware VirtualCenter Server", "8.0", "vpx",
                        "VMware, Inc.", "vc01.acme.local", "5b1e")
                .row("VMware ESXi", "vmnix-x86", "HostAgent", "7.0.3.0", "7.0.3", null, "21930508",
                        "VMware ESXi 7.0.3 build-21930508", "VMware ESX Server", "7.0", secondLine,
                        "VMware, Inc.", "esx-lab", "77aa");
        w.tab("vLicense", "Name", "Key", "Labels", "Cost Unit", "Total", "Used", "Expiration Date", "Features",
                        "VI SDK Server", "VI SDK UUID")
                .row("VMware vSphere 8 Enterprise Plus", "XXXXX-XXXXX-XXXXX-XXXXX-AAAAA", null, "cpuPackage", 64, 48,
                        java.time.LocalDateTime.of(2027, 3, 30, 0, 0), "DRS, HA", "vc01.acme.local", "5b1e")
                .row("VMware vCenter Server 8 Standard", "XXXXX-XXXXX-XXXXX-XXXXX-BBBBB", null, "server", 1, 1, "Never",
                        null, "vc01.acme.local", "5b1e")
                .row("Product Evaluation", null, null, null, "Unlimited", 0, "Never", null, "vc01.acme.local", "5b1e")
                .row("VMware vSphere 7 Enterprise Plus", "XXXXX-XXXXX-XXXXX-XXXXX-CCCCC", null, "cpuPackage", 2, 2,
                        "Never", null, "esx-lab", "77aa");
        return w;
    }

    @Test
    void vSourceAndVLicenseGiveTheVcenterItsLicencesAndTheHostsTheirManager() {
        SourcedDocument read = read(twoVcenters("embeddedEsx"));
        assertThat(read.document().managers()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("vc01.acme.local");
            assertThat(m.name()).isEqualTo("VMware vCenter Server 8.0.3 build-24674346");
            assertThat(m.product()).isEqualTo(ManagerProduct.VCENTER);
            assertThat(m.version()).isEqualTo("8.0.3");
            assertThat(m.build()).isEqualTo("24674346");
            assertThat(m.licenses()).extracting(Manager.License::name).containsExactly(
                    "VMware vSphere 8 Enterprise Plus", "VMware vCenter Server 8 Standard", "Product Evaluation");
            Manager.License plus = m.licenses().get(0);
            assertThat(plus.total()).isEqualTo(new LicenseTotal(64));
            assertThat(plus.used()).isEqualTo(48);
            assertThat(plus.expires()).isEqualTo(new LicenseExpiry(Instant.parse("2027-03-30T00:00:00Z")));
            assertThat(m.licenses().get(1).expires().never()).isTrue();
            assertThat(m.licenses().get(2).total().unlimited()).isTrue();
        });
        assertThat(read.document().hosts()).extracting(Host::id, Host::managedBy).containsExactly(
                org.assertj.core.groups.Tuple.tuple("esx01.acme.local", "vc01.acme.local"),
                org.assertj.core.groups.Tuple.tuple("esx-lab", null));
        assertThat(read.locator().locate("/managers/0")).isEqualTo(new SourceRef(FILE, "vSource!2"));
        assertThat(read.locator().locate("/managers/0/licenses/2")).isEqualTo(new SourceRef(FILE, "vLicense!4"));
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void anUnknownProductLineIsAWarningAndTheManagerIsKept() {
        SourcedDocument read = read(twoVcenters("vpxd-unknown"));
        assertThat(read.document().managers()).extracting(Manager::id).containsExactly("vc01.acme.local", "esx-lab");
        assertThat(read.document().managers().get(1).product()).isNull();
        assertThat(read.warnings()).extracting(InputError::render).singleElement().asString()
                .contains("vSource!").contains("vpxd-unknown");
    }

    @Test
    void withoutVSourceTheManagerComesFromVInfosServerType() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vInfo", "VM", "Powerstate", "Host", "Cluster", "VI SDK Server type", "VI SDK Server")
                .row("app01", "poweredOn", "esx01.lab", "CL1", "VMware vCenter Server 5.1.0 build-880146", "vc51.lab")
                .row("app02", "poweredOn", "esx01.lab", "CL1", "VMware vCenter Server 5.1.0 build-880146", "vc51.lab");
        w.tab("vHost", "Host", "Cluster", "VI SDK Server").row("esx01.lab", "CL1", "vc51.lab");
        SourcedDocument read = read(w);
        assertThat(read.document().managers()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("vc51.lab");
            assertThat(m.name()).isEqualTo("VMware vCenter Server 5.1.0 build-880146");
            assertThat(m.product()).isEqualTo(ManagerProduct.VCENTER);
            assertThat(m.version()).isEqualTo("5.1.0");
            assertThat(m.build()).isEqualTo("880146");
            assertThat(m.licenses()).as("no vLicense tab: unknown").isNull();
        });
        assertThat(read.document().hosts()).singleElement().extracting(Host::managedBy).isEqualTo("vc51.lab");
        assertThat(read.locator().locate("/managers/0")).isEqualTo(new SourceRef(FILE, "vInfo!2"));
    }

    @Test
    void anExportOfOneHostHasNoManager() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vInfo", "VM", "Host", "VI SDK Server type", "VI SDK Server")
                .row("app01", "esx01.lab", "VMware ESXi 6.7.0 build-8169922", "esx01.lab");
        w.tab("vHost", "Host", "VI SDK Server").row("esx01.lab", "esx01.lab");
        SourcedDocument read = read(w);
        assertThat(read.document().managers()).isNull();
        assertThat(read.document().hosts()).singleElement().extracting(Host::managedBy).isNull();
    }
}
