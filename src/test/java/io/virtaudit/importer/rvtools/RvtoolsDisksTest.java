package io.virtaudit.importer.rvtools;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.importer.SourcedDocument;
import io.virtaudit.input.InputError;
import io.virtaudit.model.BusSharing;
import io.virtaudit.model.DiskMode;
import io.virtaudit.model.DiskSharing;
import io.virtaudit.model.RawMapping;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.Vm;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * vDisk rows as RVTools 4.7 writes them become vms.disks: {@code independent_persistent} modes,
 * raw mappings with {@code Raw Comp. Mode}, multi-writer sharing and SCSI bus sharing.
 */
class RvtoolsDisksTest {

    private static final String FILE = "RVTools_export_all.xlsx";

    @TempDir
    Path dir;

    @Test
    void everyVDiskRowIsOneDiskOfItsVm() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vInfo", "VM", "Powerstate", "Host").row("db01", "poweredOn", "esx01").row("app01", "poweredOn", "esx01");
        w.tab("vDisk", "VM", "Powerstate", "Template", "SRM Placeholder", "Disk", "Disk Key", "Disk Path", "Capacity MiB",
                        "Raw", "Disk Mode", "Sharing mode", "Thin", "Eagerly Scrub", "Controller", "Shared Bus",
                        "Raw Comp. Mode")
                .row("db01", "poweredOn", false, false, "Hard disk 1", 2000, "[DS-FC-01] db01/db01.vmdk", 102400, false,
                        "persistent", "sharingNone", true, false, "SCSI controller 0", "noSharing", null)
                .row("db01", "poweredOn", false, false, "Hard disk 2", 2001, "[DS-FC-01] db01/db01_1.vmdk", 1048576, true,
                        "independent_persistent", "sharingMultiWriter", false, true, "SCSI controller 1",
                        "physicalSharing", "physicalMode")
                .row("db01", "poweredOn", false, false, "Hard disk 3", 2002, "[DS-FC-02] db01/db01_2.vmdk", 2048, true,
                        "diskette", "sharingNone", false, false, "SCSI controller 1", "physicalSharing", null)
                .row("app01", "poweredOn", false, false, "Hard disk 1", 2000, null, 40960, false, "persistent",
                        "sharingNone", true, false, "SCSI controller 0", "noSharing", null);
        SourcedDocument read = new RvtoolsImporter().read(w.writeXlsx(dir.resolve(FILE)), FILE);
        Vm db01 = read.document().vms().get(0);
        assertThat(db01.disks()).hasSize(3);
        Vm.Disk first = db01.disks().get(0);
        assertThat(first.name()).isEqualTo("Hard disk 1");
        assertThat(first.file()).isEqualTo("[DS-FC-01] db01/db01.vmdk");
        assertThat(first.datastore()).isEqualTo("DS-FC-01");
        assertThat(first.capacityGb()).isEqualTo(100.0);
        assertThat(first.mode()).isEqualTo(DiskMode.PERSISTENT);
        assertThat(first.raw()).isEqualTo(RawMapping.NONE);
        assertThat(first.sharing()).isEqualTo(DiskSharing.NONE);
        assertThat(first.sharedBus()).isEqualTo(BusSharing.NONE);
        assertThat(first.thin()).isTrue();
        Vm.Disk rdm = db01.disks().get(1);
        assertThat(rdm.mode()).isEqualTo(DiskMode.INDEPENDENT_PERSISTENT);
        assertThat(rdm.raw()).isEqualTo(RawMapping.PHYSICAL);
        assertThat(rdm.sharing()).isEqualTo(DiskSharing.MULTI_WRITER);
        assertThat(rdm.sharedBus()).isEqualTo(BusSharing.PHYSICAL);
        Vm.Disk odd = db01.disks().get(2);
        assertThat(odd.raw()).as("Raw True without a mode: unknown").isNull();
        assertThat(odd.mode()).as("a bad cell: unknown").isNull();
        assertThat(read.document().vms().get(1).disks()).as("an empty Disk Path says nothing").isNull();
        assertThat(read.locator().locate("/vms/0/disks/1")).isEqualTo(new SourceRef(FILE, "vDisk!3"));
        assertThat(read.warnings()).extracting(InputError::render).singleElement().asString()
                .startsWith(FILE + ":vDisk!").contains("diskette");
    }
}
