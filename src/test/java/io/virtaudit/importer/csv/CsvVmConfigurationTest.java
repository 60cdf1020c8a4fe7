package io.virtaudit.importer.csv;

import static io.virtaudit.importer.csv.CsvFixtures.read;
import static io.virtaudit.importer.csv.CsvFixtures.errors;
import static io.virtaudit.importer.csv.CsvFixtures.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.TestEstates;
import io.virtaudit.importer.EstateAssembler;
import io.virtaudit.importer.SourcedDocument;
import io.virtaudit.model.BusSharing;
import io.virtaudit.model.DeviceBacking;
import io.virtaudit.model.DeviceType;
import io.virtaudit.model.DiskMode;
import io.virtaudit.model.DiskSharing;
import io.virtaudit.model.Estate;
import io.virtaudit.model.HardwareVersion;
import io.virtaudit.model.LatencySensitivity;
import io.virtaudit.model.Limit;
import io.virtaudit.model.RawMapping;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.Vm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The VM configuration columns of vms.csv and the child files devices.csv, disks.csv and
 * partitions.csv: read as the estate format's fields, with today's forgiveness for bad cells and rows.
 */
class CsvVmConfigurationTest {

    @TempDir
    Path dir;

    private Path inventory(String vms, String devices, String disks, String partitions) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("inv"));
        Files.writeString(folder.resolve("vms.csv"), vms);
        if (devices != null) {
            Files.writeString(folder.resolve("devices.csv"), devices);
        }
        if (disks != null) {
            Files.writeString(folder.resolve("disks.csv"), disks);
        }
        if (partitions != null) {
            Files.writeString(folder.resolve("partitions.csv"), partitions);
        }
        return folder;
    }

    private static final String VMS = """
            id,host,memoryGb,hardwareVersion,consolidationNeeded,latencySensitivity,cpuLimitMhz,cpuReservationMhz,memoryLimitGb,memoryReservationGb,portGroups,devices
            db01,esx01,32,vmx-13,yes,high,4000,0,none,8.5,DS/DB;DS/Trunk,
            web01,esx01,4,19,no,normal,NONE,,2,,none,none
            """;

    @Test
    void vmsCsvTakesTheScalarConfigurationColumns() throws IOException {
        List<Vm> vms = read(inventory(VMS, null, null, null), "inv").document().vms();
        Vm db = vms.get(0);
        assertThat(db.hardwareVersion()).isEqualTo(new HardwareVersion(13));
        assertThat(db.consolidationNeeded()).isTrue();
        assertThat(db.latencySensitivity()).isEqualTo(LatencySensitivity.HIGH);
        assertThat(db.cpuLimitMhz()).isEqualTo(new Limit(4000.0));
        assertThat(db.cpuReservationMhz()).isEqualTo(0.0);
        assertThat(db.memoryLimitGb()).isEqualTo(Limit.NONE);
        assertThat(db.memoryReservationGb()).isEqualTo(8.5);
        assertThat(db.portGroups()).containsExactly("DS/DB", "DS/Trunk");
        assertThat(db.devices()).as("an empty cell: unknown").isNull();
        Vm web = vms.get(1);
        assertThat(web.hardwareVersion()).isEqualTo(new HardwareVersion(19));
        assertThat(web.cpuLimitMhz()).isEqualTo(Limit.NONE);
        assertThat(web.cpuReservationMhz()).isNull();
        assertThat(web.memoryLimitGb()).isEqualTo(new Limit(2.0));
        assertThat(web.portGroups()).as("none: the empty list").isEmpty();
        assertThat(web.devices()).isEmpty();
    }

    @Test
    void childRowsAttachToTheirVmInOrderAtTheirLines() throws IOException {
        SourcedDocument sourced = read(inventory(VMS, """
                vm,type,name,connected,startConnected,backing
                db01,cdrom,CD/DVD drive 1,true,false,iso
                db01,usb,,,,
                """, """
                vm,name,file,capacityGb,datastore,mode,raw,sharing,sharedBus,thin
                db01,Hard disk 1,[ds1] db01/db01.vmdk,80,ds1,persistent,none,none,none,true
                web01,Hard disk 1,[ds1] web01/web01-000001.vmdk,40,ds1,independent_nonpersistent,physical,multi-writer,virtual,no
                """, """
                vm,path,capacityGb,freeGb
                db01,C:\\,79.5,3.1
                db01,D:\\,200,150
                """), "inv");
        List<Vm> vms = sourced.document().vms();
        assertThat(vms.get(0).devices()).containsExactly(
                new Vm.Device(DeviceType.CDROM, "CD/DVD drive 1", true, false, DeviceBacking.ISO),
                new Vm.Device(DeviceType.USB, null, null, null, null));
        assertThat(vms.get(0).disks()).containsExactly(new Vm.Disk("Hard disk 1", "[ds1] db01/db01.vmdk", 80.0, "ds1",
                DiskMode.PERSISTENT, RawMapping.NONE, DiskSharing.NONE, BusSharing.NONE, true));
        assertThat(vms.get(1).disks()).containsExactly(new Vm.Disk("Hard disk 1", "[ds1] web01/web01-000001.vmdk",
                40.0, "ds1", DiskMode.INDEPENDENT_NONPERSISTENT, RawMapping.PHYSICAL, DiskSharing.MULTI_WRITER,
                BusSharing.VIRTUAL, false));
        assertThat(vms.get(1).disks().get(0).snapshotDelta()).isTrue();
        assertThat(vms.get(0).partitions()).containsExactly(new Vm.Partition("C:\\", 79.5, 3.1),
                new Vm.Partition("D:\\", 200.0, 150.0));
        assertThat(vms.get(1).partitions()).as("no rows: unknown").isNull();
        assertThat(sourced.locator().locate("/vms/0/devices/1")).isEqualTo(new SourceRef("inv/devices.csv", "3"));
        assertThat(sourced.locator().locate("/vms/1/disks/0/mode")).isEqualTo(new SourceRef("inv/disks.csv", "3"));
        assertThat(sourced.locator().locate("/vms/0/partitions/1")).isEqualTo(new SourceRef("inv/partitions.csv", "3"));
    }

    @Test
    void badCellsLeaveTheirFieldUnknownAndBadRowsAreSkipped() throws IOException {
        Path folder = inventory("""
                id,host,hardwareVersion,cpuLimitMhz,memoryLimitGb,latencySensitivity
                db01,esx01,vmx-x,unlimited,-1,extreme
                """, """
                vm,type,backing
                db01,cdrom,cloud
                ,usb,
                web01,,
                """, """
                vm,capacityGb,mode,thin
                db01,-5,shared,maybe
                """, """
                vm,path,freeGb
                db01,/,lots
                """);
        assertThat(warnings(folder, "inv")).containsExactlyInAnyOrder(
                "inv/vms.csv:2: hardwareVersion: 'vmx-x' is not a hardware version such as 19 or vmx-19; the field is left unknown",
                "inv/vms.csv:2: cpuLimitMhz: 'unlimited' is not a number or none; the field is left unknown",
                "inv/vms.csv:2: memoryLimitGb: -1 GB is negative; the field is left unknown",
                "inv/vms.csv:2: latencySensitivity: 'extreme' is not one of low, normal, medium, high, custom; the field is left unknown",
                "inv/devices.csv:2: backing: 'cloud' is not one of iso, host-device, client-device, file, pipe, network, none, other; the field is left unknown",
                "inv/devices.csv:3: row skipped: no vm",
                "inv/devices.csv:4: row skipped: names its VM but gives nothing of the device",
                "inv/disks.csv:2: capacityGb: -5 GB is negative; the field is left unknown",
                "inv/disks.csv:2: mode: 'shared' is not one of persistent, independent-persistent, independent-nonpersistent, nonpersistent, undoable, append; the field is left unknown",
                "inv/disks.csv:2: thin: 'maybe' is not true or false; the field is left unknown",
                "inv/disks.csv:2: row skipped: names its VM but gives nothing of the disk",
                "inv/partitions.csv:2: freeGb: 'lots' is not a number; the field is left unknown");
        Vm db = read(folder, "inv").document().vms().get(0);
        assertThat(db.hardwareVersion()).isNull();
        assertThat(db.cpuLimitMhz()).isNull();
        assertThat(db.devices()).containsExactly(new Vm.Device(DeviceType.CDROM, null, null, null, null));
        assertThat(db.partitions()).containsExactly(new Vm.Partition("/", null, null));
    }

    @Test
    void aMisspeltColumnIsRefusedWithASuggestion() throws IOException {
        Path folder = inventory("id,host,hardwareVersoin\nv1,h1,19\n", null, "vm,datastroe\nv1,ds1\n", null);
        assertThat(errors(folder, "inv")).containsExactlyInAnyOrder(
                "inv/vms.csv:1: unknown column 'hardwareVersoin'; did you mean 'hardwareVersion'?",
                "inv/disks.csv:1: unknown column 'datastroe'; did you mean 'datastore'?");
    }

    @Test
    void aDeviceWithoutItsTypeAndADiskOnAnUnknownDatastoreAreErrorsAtTheirRows() throws IOException {
        Path folder = inventory("id,host\nv1,h1\n", "vm,type,name\nv1,,CD/DVD drive 1\n",
                "vm,datastore\nv1,ds9\n", null);
        Files.writeString(folder.resolve("hosts.csv"), "id,hypervisor.product\nh1,esxi\n");
        SourcedDocument sourced = read(folder, "inv");
        io.virtaudit.input.InputException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.virtaudit.input.InputException.class, () -> new EstateAssembler(TestEstates.CLOCK).assemble(sourced));
        assertThat(e.errors()).extracting(io.virtaudit.input.InputError::render).contains(
                "inv/devices.csv:2: type is required",
                "inv/disks.csv:2: unknown lun 'ds9' (no lun has this id)");
    }

    @Test
    void derivedDatastoresComeFromTheDisksFile() throws IOException {
        Path folder = inventory("id,host\nv1,h1\n", null, "vm,datastore\nv1,ds2\nv1,ds1\nv1,ds2\n", null);
        Files.writeString(folder.resolve("hosts.csv"), "id,hypervisor.product\nh1,esxi\n");
        Files.writeString(folder.resolve("luns.csv"), "id\nds1\nds2\n");
        Path estate = dir.resolve("estate.yaml");
        Files.writeString(estate, "formatVersion: 1\nestate: {name: T}\n");
        Estate assembled = new EstateAssembler(TestEstates.CLOCK).assemble(
                io.virtaudit.importer.EstateMerger.merge(List.of(
                        new io.virtaudit.importer.document.DocumentImporter().read(estate, "estate.yaml"),
                        read(folder, "inv"))));
        assertThat(assembled.vms().get(0).datastores()).containsExactly("ds2", "ds1");
    }
}
