package io.virtaudit.importer.rvtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.virtaudit.input.InputException;
import io.virtaudit.importer.SourcedDocument;
import io.virtaudit.model.PowerState;
import io.virtaudit.model.SourceRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RVTools' per-tab CSV files: one on its own, a folder of them, and the habits of locales. */
class RvtoolsCsvTest {

    @TempDir
    Path dir;

    private SourcedDocument readFile(String name, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        return new RvtoolsImporter().read(file, name);
    }

    @Test
    void aRecordsLocationIsItsFirstLineEvenAfterMultiLineCells() throws IOException {
        SourcedDocument sourced = readFile("RVTools_tabvInfo.csv", """
                "VM","Powerstate","Host","Annotation"
                "a","poweredOn","esx01","line one
                line two"
                "b","poweredOff","esx01",""
                """);
        assertThat(sourced.document().vms()).hasSize(2);
        assertThat(sourced.document().vms().get(0).labels()).containsEntry("annotation", "line one\nline two");
        assertThat(sourced.locator().locate("/vms/1")).isEqualTo(new SourceRef("RVTools_tabvInfo.csv", "4"));
        assertThat(sourced.locator().locate("/vms/0/host")).isEqualTo(new SourceRef("RVTools_tabvInfo.csv", "2"));
    }

    @Test
    void aByteOrderMarkAndSemicolonsAreRead() throws IOException {
        SourcedDocument sourced = readFile("RVTools_tabvInfo.csv",
                "\uFEFFVM;Powerstate;Host;Memory;Creation date\r\nweb01;poweredOn;esx01;2048;20.11.2026 08:00\r\n");
        var vm = sourced.document().vms().get(0);
        assertThat(vm.id()).isEqualTo("web01");
        assertThat(vm.powerState()).isEqualTo(PowerState.ON);
        assertThat(vm.memoryGb()).isEqualTo(2.0);
        assertThat(vm.createdAt()).hasToString("2026-11-20T08:00:00Z");
    }

    @Test
    void aMissingRequiredColumnNamesTheCsvFileAndItsHeaderLine() {
        InputException e = assertThrows(InputException.class,
                () -> readFile("RVTools_tabvHost.csv", "\"Name\",\"Cluster\"\n\"esx01\",\"CL1\"\n"));
        assertThat(e.errors().get(0).render()).isEqualTo("RVTools_tabvHost.csv:1: missing required column 'Host'");
    }

    @Test
    void aFolderNamesEachCsvInLocationsAndWarnings() throws IOException {
        Path export = Files.createDirectories(dir.resolve("export"));
        Files.writeString(export.resolve("RVTools_tabvInfo.csv"), "VM,Host,CPUs\na,esx01,2\nb,esx01,lots\n");
        Files.writeString(export.resolve("RVTools_tabvCPU.csv"), "VM,CPUs\na,2\n");
        Files.writeString(export.resolve("notes.csv"), "whatever\n");
        assertThat(new RvtoolsImporter().read(export, "export").warnings()).extracting(i -> i.render()).containsExactly(
                "export/RVTools_tabvInfo.csv:3: invalid value 'lots' in column 'CPUs': expected a whole number"
                        + "; the field is left unknown");
    }

    @Test
    void aTabVirtauditDoesNotReadOnItsOwnIsAnError() throws IOException {
        InputException e = assertThrows(InputException.class, () -> readFile("RVTools_tabvRP.csv", "Resource Pool name,Status\nResources,green\n"));
        assertThat(e.errors().get(0).render()).startsWith("RVTools_tabvRP.csv: RVTools tab 'vRP' holds nothing virtaudit reads");
    }

    @Test
    void aFolderWithoutUsableTabsIsNotAnExport() throws IOException {
        Path export = Files.createDirectories(dir.resolve("other"));
        // vRP (resource pools) is a tab virtaudit does not read
        Files.writeString(export.resolve("RVTools_tabvRP.csv"), "Resource Pool name,Status\nResources,green\n");
        InputException e = assertThrows(InputException.class, () -> new RvtoolsImporter().read(export, "other"));
        assertThat(e.errors().get(0).render()).isEqualTo("other: not an RVTools export: no vInfo, vHost or vDatastore sheet");
    }

    @Test
    void theOlderVmkFileNameIsRead() throws IOException {
        Path export = Files.createDirectories(dir.resolve("old"));
        Files.writeString(export.resolve("RVTools_tabvPort.csv"), "Host,Port Group,Switch,VLAN\nesx01,Management Network,vSwitch0,10\n");
        Files.writeString(export.resolve("RVTools_tabvSC+VMK.csv"), "Host,Port Group,Device,MTU\nesx01,Management Network,vmk0,1500\n");
        SourcedDocument sourced = new RvtoolsImporter().read(export, "old");
        assertThat(sourced.document().hosts().get(0).networks()).hasSize(1);
        assertThat(sourced.locator().locate("/hosts/0/networks/0")).isEqualTo(new SourceRef("old/RVTools_tabvSC+VMK.csv", "2"));
    }

    @Test
    void textThatIsNotUtf8IsAnError() throws IOException {
        Path file = dir.resolve("RVTools_tabvInfo.csv");
        Files.write(file, new byte[] {'V', 'M', '\n', (byte) 0xff, (byte) 0xfe, 'a', '\n'});
        InputException e = assertThrows(InputException.class, () -> new RvtoolsImporter().read(file, "RVTools_tabvInfo.csv"));
        assertThat(e.errors().get(0).render()).isEqualTo("RVTools_tabvInfo.csv: the file is not UTF-8 text");
    }
}
