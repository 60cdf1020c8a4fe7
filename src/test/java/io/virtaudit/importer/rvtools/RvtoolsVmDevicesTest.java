package io.virtaudit.importer.rvtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.virtaudit.importer.SourcedDocument;
import io.virtaudit.input.InputError;
import io.virtaudit.model.DeviceBacking;
import io.virtaudit.model.DeviceType;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.Vm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * vPartition, vCD, vUSB and vFloppy as RVTools 3.x, 4.4.3 and 4.7.1.4 write them: guest file
 * systems in {@code MiB} (older {@code MB}) with the free space given three ways, CD/DVD drives
 * with what they are attached to, USB devices, and the floppy drives of older exports.
 */
class RvtoolsVmDevicesTest {

    private static final String FILE = "RVTools_export_all.xlsx";
    private static final List<String> VM_TAIL_47 = List.of("Annotation", "Backup status", "ClusterInvariantVMMId",
            "Last backup", "Datacenter", "Cluster", "Host", "Folder", "OS according to the configuration file",
            "OS according to the VMware Tools");
    private static final String SERVER = "vc01.acme.local";

    @TempDir
    Path dir;

    private SourcedDocument read(RvtoolsExportWriter export) {
        return new RvtoolsImporter().read(export.writeXlsx(dir.resolve(FILE)), FILE);
    }

    private static Vm vm(SourcedDocument read, String id) {
        return read.document().vms().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    private static String[] headers(List<String> head, List<String> tail) {
        return java.util.stream.Stream.concat(head.stream(), tail.stream()).toArray(String[]::new);
    }

    private static RvtoolsExportWriter vInfo(String... vms) {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        RvtoolsExportWriter.TabBuilder info = w.tab("vInfo", "VM", "Powerstate", "Host", "VM ID", "VI SDK Server");
        int id = 1001;
        for (String vm : vms) {
            info.row(vm, "poweredOn", "esx01.acme.local", "vm-" + id++, SERVER);
        }
        return w;
    }

    /** RVTools 4.7.1.4: vPartition in MiB with Consumed, Free and Free %; vCD; vUSB; no vFloppy. */
    @Test
    void rvtools47ListsPartitionsDrivesAndUsbDevices() {
        RvtoolsExportWriter w = vInfo("db01", "web01", "app01", "tpl01");
        List<String> tail = new java.util.ArrayList<>(VM_TAIL_47);
        tail.addAll(List.of("VM ID", "VM UUID", "VI SDK Server", "VI SDK UUID"));
        w.tab("vPartition", headers(List.of("VM", "Powerstate", "Template", "SRM Placeholder", "Disk Key", "Disk",
                        "Capacity MiB", "Consumed MiB", "Free MiB", "Free %", "Internal Sort Column"), tail))
                .rowOf("VM", "db01", "Disk Key", 2000, "Disk", "C:\\", "Capacity MiB", 81408, "Consumed MiB", 78234,
                        "Free MiB", 3174, "Free %", 3, "VM ID", "vm-1001", "VI SDK Server", SERVER)
                .rowOf("VM", "db01", "Disk Key", 2001, "Disk", "E:\\", "Capacity MiB", 512000, "Consumed MiB", 0,
                        "Free MiB", "lots", "Free %", 100, "VM ID", "vm-1001", "VI SDK Server", SERVER)
                .rowOf("VM", "web01", "Disk Key", 2000, "Disk", "/boot", "Capacity MiB", 1014, "Consumed MiB", 300,
                        "Free MiB", 714, "Free %", 70, "VM ID", "vm-1002", "VI SDK Server", SERVER)
                .rowOf("VM", "web01", "Disk Key", 2000, "Disk", null, "Capacity MiB", 39930, "VM ID", "vm-1002",
                        "VI SDK Server", SERVER);
        List<String> cdTail = new java.util.ArrayList<>(VM_TAIL_47);
        cdTail.addAll(List.of("VMRef", "VM ID", "VM UUID", "VI SDK Server", "VI SDK UUID"));
        w.tab("vCD", headers(List.of("VM", "Powerstate", "Template", "SRM Placeholder", "Device Node", "Connected",
                        "Starts Connected", "Device Type"), cdTail))
                .rowOf("VM", "db01", "Device Node", "CD/DVD drive 1", "Connected", true, "Starts Connected", false,
                        "Device Type", "ISO [NFS-ISO] iso/SW_DVD9_Win_Server_2022.iso", "VM ID", "vm-1001",
                        "VI SDK Server", SERVER)
                .rowOf("VM", "web01", "Device Node", "CD/DVD drive 1", "Connected", false, "Starts Connected", false,
                        "Device Type", "Client Device", "VM ID", "vm-1002", "VI SDK Server", SERVER)
                .rowOf("VM", "web01", "Device Node", "CD/DVD drive 2", "Connected", false, "Starts Connected", true,
                        "Device Type", "Remote ATAPI", "VM ID", "vm-1002", "VI SDK Server", SERVER)
                .rowOf("VM", "app01", "Device Node", "CD/DVD drive 1", "Connected", "maybe", "Starts Connected", true,
                        "Device Type", "ATAPI /vmfs/devices/cdrom/mpx.vmhba32:C0:T0:L0", "VM ID", "vm-1003",
                        "VI SDK Server", SERVER)
                .rowOf("VM", "app01", "Device Node", "CD/DVD drive 2", "Connected", false,
                        "Device Type", "Passthru CD-ROM", "VM ID", "vm-1003", "VI SDK Server", SERVER)
                .rowOf("VM", "app01", "Device Node", "CD/DVD drive 3", "Device Type", "Emulated CD-ROM", "VM ID",
                        "vm-1003", "VI SDK Server", SERVER)
                .rowOf("VM", "gone01", "Device Node", "CD/DVD drive 1", "Connected", true, "VM ID", "vm-1999",
                        "VI SDK Server", SERVER);
        List<String> usbTail = new java.util.ArrayList<>(VM_TAIL_47);
        usbTail.set(usbTail.size() - 1, "OS according to the VMware tools");
        usbTail.addAll(List.of("VMRef", "VM ID", "VM UUID", "VI SDK Server", "VI SDK UUID"));
        w.tab("vUSB", headers(List.of("VM", "Powerstate", "Template", "SRM Placeholder", "Device Node", "Device Type",
                        "Connected", "Family", "Speed", "EHCI enabled", "Auto connect", "Bus number", "Unit number"),
                        usbTail))
                .rowOf("VM", "app01", "Device Node", "USB 1", "Device Type", "SafeNet Token JC", "Connected", true,
                        "Family", "other", "Speed", "full", "EHCI enabled", true, "Auto connect", true, "Bus number", 1,
                        "Unit number", 0, "VM ID", "vm-1003", "VI SDK Server", SERVER);
        SourcedDocument read = read(w);

        Vm db01 = vm(read, "db01");
        assertThat(db01.partitions()).extracting(Vm.Partition::path, Vm.Partition::capacityGb, Vm.Partition::freeGb)
                .containsExactly(tuple("C:\\", 79.5, 3174 / 1024.0), tuple("E:\\", 500.0, null));
        assertThat(db01.devices()).containsExactly(new Vm.Device(DeviceType.CDROM, "CD/DVD drive 1", true, false,
                DeviceBacking.ISO));
        Vm web01 = vm(read, "web01");
        assertThat(web01.partitions()).as("a row without Disk names no file system")
                .extracting(Vm.Partition::path).containsExactly("/boot");
        assertThat(web01.devices()).extracting(Vm.Device::name, Vm.Device::startConnected, Vm.Device::backing)
                .containsExactly(tuple("CD/DVD drive 1", false, DeviceBacking.CLIENT_DEVICE),
                        tuple("CD/DVD drive 2", true, DeviceBacking.CLIENT_DEVICE));
        Vm app01 = vm(read, "app01");
        assertThat(app01.partitions()).as("no vPartition row: the tools report none, partitions unknown").isNull();
        assertThat(app01.devices()).extracting(Vm.Device::type, Vm.Device::name, Vm.Device::connected,
                        Vm.Device::backing)
                .containsExactly(tuple(DeviceType.CDROM, "CD/DVD drive 1", null, DeviceBacking.HOST_DEVICE),
                        tuple(DeviceType.CDROM, "CD/DVD drive 2", false, DeviceBacking.HOST_DEVICE),
                        tuple(DeviceType.CDROM, "CD/DVD drive 3", null, DeviceBacking.OTHER),
                        tuple(DeviceType.USB, "SafeNet Token JC", true, null));
        assertThat(app01.devices().get(3).startConnected()).as("Auto connect is the controller's").isNull();
        assertThat(vm(read, "tpl01").devices()).as("the device tabs list no device of it: none").isEmpty();

        assertThat(read.locator().locate("/vms/0/partitions/1")).isEqualTo(new SourceRef(FILE, "vPartition!3"));
        assertThat(read.locator().locate("/vms/2/devices/3")).isEqualTo(new SourceRef(FILE, "vUSB!2"));
        assertThat(read.locator().locate("/vms/1/devices/1")).isEqualTo(new SourceRef(FILE, "vCD!4"));
        assertThat(read.warnings()).extracting(InputError::render).containsExactlyInAnyOrder(
                FILE + ":vPartition!I3: invalid value 'lots' in column 'Free': expected a number of MiB"
                        + "; the field is left unknown",
                FILE + ":vPartition!F5: empty Disk (the file system's path): no partition is listed for this row"
                        + "; the field is left unknown",
                FILE + ":vCD!F5: invalid value 'maybe' in column 'Connected': expected True or False"
                        + "; the field is left unknown",
                FILE + ":vCD!8: row skipped: VM not in vInfo");
    }

    /** RVTools 4.4.3: vUSB without vCD; vPartition without Free MiB takes Capacity less Consumed. */
    @Test
    void rvtools443TakesTheFreeSpaceFromConsumedAndKnowsNoDrivesWithoutVcd() {
        RvtoolsExportWriter w = vInfo("db01", "web01");
        w.tab("vPartition", "VM", "Powerstate", "Template", "SRM Placeholder", "Disk", "Capacity MiB", "Consumed MiB",
                        "Free %", "Annotation", "Datacenter", "Cluster", "Host", "Folder",
                        "OS according to the configuration file", "OS according to the VMware Tools", "VM ID", "VM UUID",
                        "VI SDK Server", "VI SDK UUID")
                .rowOf("VM", "db01", "Disk", "/", "Capacity MiB", 40960, "Consumed MiB", 38912, "Free %", 5,
                        "VM ID", "vm-1001", "VI SDK Server", SERVER)
                .rowOf("VM", "db01", "Disk", "/var", "Capacity MiB", 10240, "Consumed MiB", 12288, "Free %", 0,
                        "VM ID", "vm-1001", "VI SDK Server", SERVER);
        w.tab("vUSB", "VM", "Powerstate", "Template", "SRM Placeholder", "Device Node", "Device Type", "Connected",
                        "Family", "Speed", "EHCI enabled", "Auto connect", "Bus number", "Unit number", "Annotation",
                        "VM ID", "VM UUID", "VI SDK Server", "VI SDK UUID")
                .rowOf("VM", "web01", "Device Node", "USB 1", "Device Type", "Aladdin HASP HL 3.25", "Connected", false,
                        "VM ID", "vm-1002", "VI SDK Server", SERVER);
        SourcedDocument read = read(w);
        assertThat(vm(read, "db01").partitions()).extracting(Vm.Partition::path, Vm.Partition::freeGb)
                .containsExactly(tuple("/", 2.0), tuple("/var", null));
        assertThat(vm(read, "db01").devices()).as("a vUSB tab lists what it shows: no USB device").isEmpty();
        assertThat(vm(read, "web01").devices()).containsExactly(new Vm.Device(DeviceType.USB, "Aladdin HASP HL 3.25",
                false, null, null));
        assertThat(vm(read, "web01").partitions()).isNull();
        assertThat(read.warnings()).extracting(InputError::render).containsExactly(FILE + ":vPartition!G3: invalid value"
                + " '12288' in column 'Consumed': expected no more than Capacity; the field is left unknown");
    }

    /** RVTools 3.x: {@code MB} headers, no VM ID, the free space from Free % alone, and vFloppy. */
    @Test
    void rvtools3WritesMbAndHasFloppyDrives() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vInfo", "VM", "Powerstate", "Template", "Host", "VI SDK Server")
                .row("nt4-legacy", "poweredOn", false, "esx01.acme.local", SERVER)
                .row("w2k3-dc", "poweredOn", false, "esx01.acme.local", SERVER)
                .row("sles11", "poweredOff", false, "esx01.acme.local", SERVER);
        w.tab("vPartition", "VM", "Powerstate", "Template", "Disk", "Capacity MB", "Consumed MB", "Free MB", "Free %",
                        "Annotation", "Datacenter", "Cluster", "Host", "OS", "VI SDK Server", "VI SDK UUID")
                .rowOf("VM", "nt4-legacy", "Disk", "C:\\", "Capacity MB", 4094, "Consumed MB", 3070, "Free MB", 1024,
                        "Free %", 25, "VI SDK Server", SERVER)
                .rowOf("VM", "w2k3-dc", "Disk", "C:\\", "Capacity MB", 20480, "Free %", 12.5, "VI SDK Server", SERVER)
                .rowOf("VM", "w2k3-dc", "Disk", "D:\\", "Capacity MB", 20480, "Free %", 140, "VI SDK Server", SERVER);
        w.tab("vFloppy", "VM", "Powerstate", "Template", "Device Node", "Connected", "Starts Connected", "Device Type",
                        "Annotation", "Datacenter", "Cluster", "Host", "OS", "VI SDK Server", "VI SDK UUID")
                .rowOf("VM", "nt4-legacy", "Device Node", "Floppy drive 1", "Connected", true, "Starts Connected", true,
                        "Device Type", "Floppy image [DS01] nt4-legacy/boot.flp", "VI SDK Server", SERVER)
                .rowOf("VM", "w2k3-dc", "Device Node", "Floppy drive 1", "Connected", false, "Starts Connected", false,
                        "Device Type", "Client Device", "VI SDK Server", SERVER);
        w.tab("vCD", "VM", "Powerstate", "Template", "Device Node", "Connected", "Starts Connected", "Device Type",
                        "Annotation", "Datacenter", "Cluster", "Host", "OS", "VI SDK Server", "VI SDK UUID")
                .rowOf("VM", "w2k3-dc", "Device Node", "CD/DVD Drive 1", "Connected", false, "Starts Connected", false,
                        "Device Type", "/vmfs/devices/cdrom/mpx.vmhba0:C0:T0:L0", "VI SDK Server", SERVER);
        SourcedDocument read = read(w);
        assertThat(vm(read, "nt4-legacy").partitions()).containsExactly(new Vm.Partition("C:\\", 4094 / 1024.0, 1.0));
        assertThat(vm(read, "w2k3-dc").partitions()).extracting(Vm.Partition::freeGb).containsExactly(2.5, null);
        assertThat(vm(read, "nt4-legacy").devices()).containsExactly(new Vm.Device(DeviceType.FLOPPY, "Floppy drive 1",
                true, true, DeviceBacking.OTHER));
        assertThat(vm(read, "w2k3-dc").devices()).extracting(Vm.Device::type, Vm.Device::backing).containsExactly(
                tuple(DeviceType.CDROM, DeviceBacking.HOST_DEVICE), tuple(DeviceType.FLOPPY, DeviceBacking.CLIENT_DEVICE));
        assertThat(vm(read, "sles11").devices()).isEmpty();
        assertThat(vm(read, "sles11").partitions()).isNull();
        assertThat(read.warnings()).extracting(InputError::render).containsExactly(
                FILE + ":vPartition!H4: Free % 140 % is above the maximum of 100; the field is left unknown");
    }

    /** Per-tab CSV in a Windows locale: {@code "16,384"} MiB, and a {@code ;} file's {@code 12,5} %. */
    @Test
    void perTabCsvReadsGroupedDigitsAndDecimalCommas() throws IOException {
        RvtoolsExportWriter w = vInfo("db01");
        w.tab("vPartition", "VM", "Powerstate", "Template", "SRM Placeholder", "Disk Key", "Disk", "Capacity MiB",
                        "Consumed MiB", "Free MiB", "Free %", "Internal Sort Column", "VM ID", "VI SDK Server")
                .row("db01", "poweredOn", false, false, 2000, "C:\\", "81,920", "65,536", "16,384", 20, 0, "vm-1001",
                        SERVER);
        Path export = w.writeCsv(dir.resolve("export"));
        SourcedDocument read = new RvtoolsImporter().read(export, "export");
        assertThat(read.document().vms().get(0).partitions()).containsExactly(new Vm.Partition("C:\\", 80.0, 16.0));
        assertThat(read.locator().locate("/vms/0/partitions/0"))
                .isEqualTo(new SourceRef("export/RVTools_tabvPartition.csv", "2"));
        assertThat(read.warnings()).isEmpty();

        Path european = Files.createDirectories(dir.resolve("european"));
        Files.writeString(european.resolve("RVTools_tabvInfo.csv"), "VM;Powerstate;Host\r\nfs01;poweredOn;esx01\r\n",
                StandardCharsets.UTF_8);
        Files.writeString(european.resolve("RVTools_tabvPartition.csv"),
                "VM;Powerstate;Disk;Capacity MiB;Free %\r\nfs01;poweredOn;D:\\;1.048.576;12,5\r\n", StandardCharsets.UTF_8);
        Vm fs01 = new RvtoolsImporter().read(european, "european").document().vms().get(0);
        assertThat(fs01.partitions()).containsExactly(new Vm.Partition("D:\\", 1024.0, 128.0));
    }
}
