package io.virtaudit.importer.csv;

import static io.virtaudit.importer.csv.CsvFixtures.errors;
import static io.virtaudit.importer.csv.CsvFixtures.read;
import static io.virtaudit.importer.csv.CsvFixtures.unknownCells;
import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.importer.EstateDocument;
import io.virtaudit.model.BackupTime;
import io.virtaudit.model.Host;
import io.virtaudit.model.PowerState;
import io.virtaudit.model.Vm;
import io.virtaudit.model.VlanPurpose;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How cells become values: typed by the field, lists with {@code ;}, {@code none}, empty is unknown. */
class CsvCellValuesTest {

    @TempDir
    Path dir;

    private EstateDocument doc(String name, String text) throws IOException {
        return read(Files.writeString(dir.resolve(name), text), name).document();
    }

    private List<String> problems(String name, String text) throws IOException {
        return errors(Files.writeString(dir.resolve(name), text), name);
    }

    /** The cells of the file that could not be read: warnings, their fields unknown, their rows kept. */
    private List<String> unknown(String name, String text) throws IOException {
        return unknownCells(Files.writeString(dir.resolve(name), text), name);
    }

    @Test
    void portGroupsCsvReadsTheSwitchAndAHostNetworkNamesItsPortGroup() throws IOException {
        EstateDocument doc = doc("portGroups.csv", "id,name,switch,switchType,vlan,hosts,purposes\n"
                + "esx01/vSwitch0/Management Network,Management Network,vSwitch0,standard,0,esx01,management\n");
        assertThat(doc.portGroups()).singleElement().satisfies(g -> {
            assertThat(g.switchName()).isEqualTo("vSwitch0");
            assertThat(g.switchType()).isEqualTo(io.virtaudit.model.SwitchType.STANDARD);
            assertThat(g.vlan()).isZero();
            assertThat(g.purposes()).containsExactly(VlanPurpose.MANAGEMENT);
        });
        Host host = doc("networks.csv", "host,vlan,uplinks,portGroup\nesx01,0,vmnic0;vmnic1,esx01/vSwitch0/Management Network\n")
                .hosts().get(0);
        assertThat(host.networks().get(0).portGroup()).isEqualTo("esx01/vSwitch0/Management Network");
    }

    @Test
    void listsSplitOnSemicolonsTrimTheirItemsAndSkipEmptyOnes() throws IOException {
        Host host = doc("hosts.csv", "id,ntpServers\nesx01, ntp1 ; ntp2;\n").hosts().get(0);
        assertThat(host.ntpServers()).containsExactly("ntp1", "ntp2");
    }

    @Test
    void noneInAnyCaseIsTheEmptyListAndAnEmptyCellIsUnknown() throws IOException {
        List<Host> hosts = doc("hosts.csv", "id,ntpServers\nesx01,None\nesx02,\nesx03,\"  \"\n").hosts();
        assertThat(hosts.get(0).ntpServers()).isEmpty();
        assertThat(hosts.get(1).ntpServers()).isNull();
        assertThat(hosts.get(2).ntpServers()).isNull();
    }

    @Test
    void aListOfOnlySeparatorsIsLeftUnknown() throws IOException {
        assertThat(unknown("hosts.csv", "id,ntpServers\nesx01,;;\n"))
                .containsExactly("hosts.csv:2: ntpServers: ';;' has no items; write none for an empty list");
    }

    @Test
    void listsOfNumbersAndOfChoicesAreTypedPerItem() throws IOException {
        EstateDocument doc = doc("vlans.csv", "id,purposes\n20,vMotion;Storage\n");
        assertThat(doc.vlans().get(0).purposes()).containsExactly(VlanPurpose.VMOTION, VlanPurpose.STORAGE);
        assertThat(unknown("vlans.csv", "id,purposes\n20,vmotion;stor\n")).containsExactly(
                "vlans.csv:2: purposes: 'stor' is not one of management, vmotion, storage, vm, backup, ft, replication");
    }

    @ParameterizedTest
    @CsvSource({"true,true", "FALSE,false", "yes,true", "No,false", "on,true", "off,false"})
    void booleans(String cell, boolean value) throws IOException {
        assertThat(doc("vms.csv", "id,template\nvm1," + cell + "\n").vms().get(0).template()).isEqualTo(value);
    }

    @Test
    void aWrongBooleanIsLeftUnknown() throws IOException {
        assertThat(unknown("vms.csv", "id,template\nvm1,maybe\n"))
                .containsExactly("vms.csv:2: template: 'maybe' is not true or false");
    }

    @Test
    void aCellThatCannotBeReadLeavesItsFieldUnknownAndKeepsTheRow() throws IOException {
        Path file = Files.writeString(dir.resolve("vms.csv"), "id,vcpus,memoryGb\nvm1,four,16\n");
        var read = read(file, "vms.csv");
        assertThat(read.warnings()).extracting(w -> w.render())
                .containsExactly("vms.csv:2: vcpus: 'four' is not a whole number; the field is left unknown");
        Vm vm = read.document().vms().get(0);
        assertThat(vm.vcpus()).isNull();
        assertThat(vm.memoryGb()).isEqualTo(16.0);
        assertThat(read.document().estate().sources()).singleElement()
                .satisfies(source -> assertThat(source.skipped()).isEmpty());
    }

    @Test
    void numbersMustBeNumbersOfTheFieldsKind() throws IOException {
        Vm vm = doc("vms.csv", "id,vcpus,memoryGb\nvm1,+4,0.5\n").vms().get(0);
        assertThat(vm.vcpus()).isEqualTo(4);
        assertThat(vm.memoryGb()).isEqualTo(0.5);
        assertThat(unknown("vms.csv", "id,vcpus,memoryGb\nvm1,99999999999,1e999\nvm2,1 000,1.2.3\n")).containsExactly(
                "vms.csv:2: vcpus: '99999999999' is too large for a whole number",
                "vms.csv:2: memoryGb: '1e999' is too large a number",
                "vms.csv:3: vcpus: '1 000' is not a whole number",
                "vms.csv:3: memoryGb: '1.2.3' is not a number");
    }

    @Test
    void timesAndNever() throws IOException {
        List<Vm> vms = doc("vms.csv", "id,backup.lastSuccess,createdAt\nvm1,NEVER,2026-01-02 03:04:05\n"
                + "vm2,2026-11-19,\n").vms();
        assertThat(vms.get(0).backup().lastSuccess()).isEqualTo(BackupTime.NEVER);
        assertThat(vms.get(0).createdAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(vms.get(1).backup().lastSuccess()).isEqualTo(new BackupTime(Instant.parse("2026-11-19T00:00:00Z")));
        assertThat(unknown("vms.csv", "id,backup.lastSuccess,createdAt\nvm1,soon,yesterday\n")).containsExactly(
                "vms.csv:2: backup.lastSuccess: 'soon' is not an ISO-8601 date-time or never",
                "vms.csv:2: createdAt: 'yesterday' is not an ISO-8601 date or date-time such as 2026-11-20T08:00:00Z");
    }

    @Test
    void choicesAreMatchedCaseInsensitively() throws IOException {
        assertThat(doc("vms.csv", "id,powerState\nvm1,ON\n").vms().get(0).powerState()).isEqualTo(PowerState.ON);
    }

    @Test
    void headersAreTrimmedAndMatchedCaseInsensitively() throws IOException {
        Host host = doc("hosts.csv", " ID , CPU.Sockets ,Hypervisor.Product\nesx01,2,kvm\n").hosts().get(0);
        assertThat(host.id()).isEqualTo("esx01");
        assertThat(host.cpu().sockets()).isEqualTo(2);
    }

    @Test
    void labelsColumnsFillTheLabelsMap() throws IOException {
        Vm vm = doc("vms.csv", "id,labels.app,labels.Cost Centre\nvm1,billing,CC-42\nvm2,,\n").vms().get(0);
        assertThat(vm.labels()).isEqualTo(Map.of("app", "billing", "Cost Centre", "CC-42"));
    }

    @Test
    void customAttributesColumnsFillOneKeyEachAndConnectionStateIsAChoice() throws IOException {
        List<Vm> vms = doc("vms.csv", "id,connectionState,customAttributes.Veeam_LastBackup,CUSTOMATTRIBUTES.Cost Centre\n"
                + "vm1,Inaccessible,2026-11-19 22:10,CC-42\nvm2,connected,,\n").vms();
        assertThat(vms.get(0).customAttributes()).as("keys as written after the prefix, in any case")
                .isEqualTo(Map.of("Veeam_LastBackup", "2026-11-19 22:10", "Cost Centre", "CC-42"));
        assertThat(vms.get(0).connectionState()).isEqualTo(io.virtaudit.model.ConnectionState.INACCESSIBLE);
        assertThat(vms.get(1).customAttributes()).as("empty cells: no key, and no attribute known").isNull();
        assertThat(unknown("vms.csv", "id,connectionState\nvm1,asleep\n")).as("a bad cell: unknown, with a warning")
                .singleElement().asString().contains("vms.csv:2", "connectionState", "'asleep'");
        assertThat(doc("vms.csv", "id,connectionState\nvm1,asleep\n").vms().get(0).connectionState()).isNull();
    }

    @Test
    void aListOfObjectsIsNoColumnButTakesNone() throws IOException {
        assertThat(unknown("vms.csv", "id,snapshots\nvm1,daily\n")).containsExactly(
                "vms.csv:2: snapshots: 'daily' is not allowed here: this column takes only 'none'; list the snapshots"
                        + " themselves in snapshots.csv");
        assertThat(doc("hosts.csv", "id,networks\nesx01,none\n").hosts().get(0).networks()).isEmpty();
    }

    @Test
    void aNestedObjectIsNotAColumnOfItsOwn() throws IOException {
        assertThat(problems("hosts.csv", "id,cpu\nesx01,8\n")).singleElement().asString()
                .startsWith("hosts.csv:1: unknown column 'cpu'");
    }

    @Test
    void quotedCellsMaySpanLinesAndTheNextRowKeepsItsPhysicalLine() throws IOException {
        var sourced = read(Files.writeString(dir.resolve("vms.csv"),
                "id,guestOs\nvm1,\"Red Hat\nEnterprise\"\nvm2,four\n"), "vms.csv");
        assertThat(sourced.document().vms().get(0).guestOs()).isEqualTo("Red Hat\nEnterprise");
        assertThat(sourced.locator().locate("/vms/1").toString()).isEqualTo("vms.csv:4");
    }

    @Test
    void aByteOrderMarkAndFewerCellsThanColumnsAreFine() throws IOException {
        Vm vm = doc("vms.csv", "\uFEFFid,host,vcpus\nvm1,esx01\n").vms().get(0);
        assertThat(vm.id()).isEqualTo("vm1");
        assertThat(vm.vcpus()).isNull();
    }
}
