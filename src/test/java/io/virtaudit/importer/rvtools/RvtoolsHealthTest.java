package io.virtaudit.importer.rvtools;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.TestEstates;
import io.virtaudit.importer.EstateAssembler;
import io.virtaudit.importer.SourcedDocument;
import io.virtaudit.input.InputError;
import io.virtaudit.model.DeviceType;
import io.virtaudit.model.Estate;
import io.virtaudit.model.Host;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.Vm;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * vHealth rows as RVTools 3.x, 4.4.3 and 4.7.1.4 write them ({@code Name, Message, Message type,
 * VI SDK Server, VI SDK UUID}): only the positive facts no other tab holds are read, and no row
 * proves nothing.
 */
class RvtoolsHealthTest {

    private static final String FILE = "RVTools_export_all.xlsx";
    private static final String VC = "vc01.acme.local";

    @TempDir
    java.nio.file.Path dir;

    private SourcedDocument read(RvtoolsExportWriter export) {
        return new RvtoolsImporter().read(export.writeXlsx(dir.resolve(FILE)), FILE);
    }

    private static Host host(SourcedDocument read, String id) {
        return read.document().hosts().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    private static Vm vm(SourcedDocument read, String id) {
        return read.document().vms().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    private static Boolean ssh(Host host) {
        return host.services() == null || host.services().ssh() == null ? null : host.services().ssh().running();
    }

    private static Boolean shell(Host host) {
        return host.services() == null || host.services().shell() == null ? null : host.services().shell().running();
    }

    /** RVTools 4.7.1.4: SSH, Shell and NTPD rows on hosts; a floppy row read, a CDROM row left to vCD. */
    @Test
    void rvtools47GivesRunningServicesStoppedNtpdAndConnectedFloppies() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vHost", "Host", "Datacenter", "Cluster", "ESX Version", "NTP Server(s)", "NTPD running", "VI SDK Server")
                .row("esx01.acme.local", "DC-AMS", "CL-PROD", "VMware ESXi 8.0.3 build-24674464", "ntp1.acme.local", true,
                        VC)
                .row("esx02.acme.local", "DC-AMS", "CL-PROD", "VMware ESXi 8.0.3 build-24674464", "ntp1.acme.local", null,
                        VC);
        w.tab("vInfo", "VM", "Powerstate", "Host", "VM ID", "VI SDK Server")
                .row("db01", "poweredOn", "esx01.acme.local", "vm-1001", VC)
                .row("web01", "poweredOn", "esx02.acme.local", "vm-1002", VC)
                .row("app01", "poweredOn", "esx02.acme.local", "vm-1003", VC);
        w.tab("vCD", "VM", "Powerstate", "Template", "SRM Placeholder", "Device Node", "Connected", "Starts Connected",
                        "Device Type", "VM ID", "VI SDK Server")
                .row("db01", "poweredOn", false, false, "CD/DVD drive 1", false, false, "Client Device", "vm-1001", VC);
        w.tab("vHealth", "Name", "Message", "Message type", "VI SDK Server", "VI SDK UUID")
                .row("esx01.acme.local", "SSH service is running!", "Security", VC, "5f1c0e4a-0001")
                .row("esx02.acme.local", "ESXi Shell service is running!", "security", VC, "5f1c0e4a-0001")
                .row("esx01.acme.local", "NTPD service is not running!", "NTPD", VC, "5f1c0e4a-0001")
                .row("esx02.acme.local", "NTPD service is not running!", "NTPD", VC, "5f1c0e4a-0001")
                .row("db01", "VM has a CDROM device connected! Path = [NFS-ISO] iso/", "CDROM", VC, "5f1c0e4a-0001")
                .row("web01", "VM has a Floppy device connected!", "Floppy", VC, "5f1c0e4a-0001")
                .row("app01", "Snapshot(s) older than 14 days!", "Snapshot", VC, "5f1c0e4a-0001")
                .row("esx01.acme.local", "SSH service is running!", "Performance tip", VC, "5f1c0e4a-0001")
                .row("esx09.acme.local", "SSH service is running!", "Security", VC, "5f1c0e4a-0001")
                .row("[DS01] old-vm/old-vm.vmdk", "Possibly a Zombie VMDK file! Please check", "Zombie", VC,
                        "5f1c0e4a-0001");
        SourcedDocument read = read(w);

        Host esx01 = host(read, "esx01.acme.local");
        Host esx02 = host(read, "esx02.acme.local");
        assertThat(ssh(esx01)).isTrue();
        assertThat(shell(esx01)).as("no row proves nothing").isNull();
        assertThat(ssh(esx02)).as("SSH under another Message type is not the check").isNull();
        assertThat(shell(esx02)).isTrue();
        assertThat(esx01.services().ssh().startPolicy()).isNull();
        assertThat(esx01.ntpRunning()).as("vHost's NTPD running wins").isTrue();
        assertThat(esx02.ntpRunning()).isFalse();
        assertThat(read.document().hosts()).extracting(Host::id).doesNotContain("esx09.acme.local");

        assertThat(vm(read, "db01").devices()).as("vCD lists the drives; vHealth's CDROM row is not read")
                .containsExactly(new Vm.Device(DeviceType.CDROM, "CD/DVD drive 1", false, false,
                        io.virtaudit.model.DeviceBacking.CLIENT_DEVICE));
        assertThat(vm(read, "web01").devices()).containsExactly(new Vm.Device(DeviceType.FLOPPY, null, true, null, null));
        assertThat(vm(read, "app01").devices()).isEmpty();

        assertThat(read.locator().locate("/hosts/0/services/ssh/running")).isEqualTo(new SourceRef(FILE, "vHealth!2"));
        assertThat(read.locator().locate("/hosts/1/ntpRunning")).isEqualTo(new SourceRef(FILE, "vHealth!5"));
        assertThat(read.locator().locate("/vms/1/devices/0")).isEqualTo(new SourceRef(FILE, "vHealth!7"));
        Estate estate = new EstateAssembler(TestEstates.CLOCK).assemble(read);
        assertThat(estate.vms()).as("the merge's cross-checks take a device of type and connection alone")
                .filteredOn(v -> v.id().equals("web01")).flatExtracting(Vm::devices).extracting(Vm.Device::type)
                .containsExactly(DeviceType.FLOPPY);
        assertThat(read.warnings()).extracting(InputError::render).containsExactly(FILE + ":vHealth!A10: vHealth row"
                + " names host 'esx09.acme.local', which the export does not hold; the field is left unknown");
    }

    /** RVTools 4.4.3 without vCD: the CDROM check is all there is, and a VM without a row stays unknown. */
    @Test
    void rvtools443WithoutVcdTakesConnectedDrivesFromTheCdromCheck() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vInfo", "VM", "Powerstate", "Host", "VI SDK Server")
                .row("db01", "poweredOn", "esx01.acme.local", VC)
                .row("web01", "poweredOn", "esx01.acme.local", VC);
        w.tab("vHealth", "Name", "Message", "Message type", "VI SDK Server", "VI SDK UUID")
                .row("db01", "VM has a CDROM device connected! CD/DVD drive 1", "CDROM", VC, "5f1c0e4a-0001")
                .row("web01", "VM has a CDROM device connected!", "Performance tip", VC, "5f1c0e4a-0001")
                .row("ghost01", "VM has a CDROM device connected!", "CDROM", VC, "5f1c0e4a-0001")
                .row("esx01.acme.local", "NTPD service is not running!", "NTPD", VC, "5f1c0e4a-0001");
        SourcedDocument read = read(w);
        assertThat(vm(read, "db01").devices()).containsExactly(new Vm.Device(DeviceType.CDROM, null, true, null, null));
        assertThat(vm(read, "web01").devices()).as("no device tab and no CDROM row: unknown").isNull();
        assertThat(host(read, "esx01.acme.local").ntpRunning()).as("a host vInfo names is one of the export").isFalse();
        assertThat(read.warnings()).extracting(InputError::render).containsExactly(FILE + ":vHealth!A4: vHealth row"
                + " names VM 'ghost01', which vInfo does not hold once; the field is left unknown");
    }

    /** RVTools 3.x with vFloppy: the floppy check is left to the tab; two vCenters' hosts of one name are told apart. */
    @Test
    void rvtools3WithVfloppyAndTwoVcentersQualifiesNames() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vHost", "Host", "Datacenter", "Cluster", "VI SDK Server")
                .row("esx01", "DC-AMS", "CL-AMS", "vc-ams.acme.local")
                .row("esx01", "DC-FRA", "CL-FRA", "vc-fra.acme.local");
        w.tab("vInfo", "VM", "Powerstate", "Template", "Host", "VI SDK Server")
                .row("nt4-legacy", "poweredOn", false, "esx01", "vc-ams.acme.local");
        w.tab("vFloppy", "VM", "Powerstate", "Template", "Device Node", "Connected", "Starts Connected", "Device Type",
                        "Annotation", "Datacenter", "Cluster", "Host", "OS", "VI SDK Server", "VI SDK UUID")
                .rowOf("VM", "nt4-legacy", "Device Node", "Floppy drive 1", "Connected", false, "Starts Connected",
                        false, "Device Type", "Client Device", "VI SDK Server", "vc-ams.acme.local");
        w.tab("vHealth", "Name", "Message", "Message type", "VI SDK Server", "VI SDK UUID")
                .row("esx01", "SSH service is running!", "Security", "vc-fra.acme.local", "7a2b")
                .row("nt4-legacy", "VM has a Floppy device connected!", "Floppy", "vc-ams.acme.local", "6c1d");
        SourcedDocument read = read(w);
        assertThat(ssh(host(read, "vc-fra.acme.local/esx01"))).isTrue();
        assertThat(ssh(host(read, "vc-ams.acme.local/esx01"))).isNull();
        assertThat(vm(read, "nt4-legacy").devices()).as("vFloppy says the drive is not connected")
                .extracting(Vm.Device::connected).containsExactly(false);
        assertThat(read.warnings()).isEmpty();
        assertThat(List.of(Spellings.healthFact("SECURITY", "ssh SERVICE is running! (TSM-SSH)")))
                .containsExactly(Spellings.HealthFact.SSH_RUNNING);
    }
}
