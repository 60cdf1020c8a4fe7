package io.virtaudit.importer.csv;

import static io.virtaudit.importer.csv.CsvFixtures.read;
import static io.virtaudit.importer.csv.CsvFixtures.unknownCells;
import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.importer.EstateDocument;
import io.virtaudit.model.Cluster;
import io.virtaudit.model.Host;
import io.virtaudit.model.HostConnectionState;
import io.virtaudit.model.LicenseExpiry;
import io.virtaudit.model.LicenseTotal;
import io.virtaudit.model.LockdownMode;
import io.virtaudit.model.Manager;
import io.virtaudit.model.ManagerProduct;
import io.virtaudit.model.PortBinding;
import io.virtaudit.model.PortGroup;
import io.virtaudit.model.Protocol;
import io.virtaudit.model.StartPolicy;
import io.virtaudit.model.VlanRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The columns of the second edition's host, cluster, LUN and port group fields, and managers.csv with licenses.csv. */
class CsvAdditionsTest {

    @TempDir
    Path dir;

    private EstateDocument doc(String name, String text) throws IOException {
        return read(Files.writeString(dir.resolve(name), text), name).document();
    }

    private List<String> unknown(String name, String text) throws IOException {
        return unknownCells(Files.writeString(dir.resolve(name), text), name);
    }

    @Test
    void hostsCsvReadsTheHardeningColumns() throws IOException {
        List<Host> hosts = doc("hosts.csv", "id,hypervisor.product,hypervisor.build,connectionState,ntpRunning,"
                + "services.ssh.running,services.ssh.startPolicy,services.shell.startPolicy,lockdownMode,syslogTargets,"
                + "certificateExpires\n"
                + "esx01,esxi,22380479,not-responding,false,true,off,automatic,lockdownStrict,udp://10.0.0.5:514;log2,"
                + "2027-01-10T09:00:00Z\n"
                + "esx02,esxi,,,,,,,,none,\n").hosts();
        Host esx01 = hosts.get(0);
        assertThat(esx01.hypervisor().build()).isEqualTo("22380479");
        assertThat(esx01.connectionState()).isEqualTo(HostConnectionState.NOT_RESPONDING);
        assertThat(esx01.ntpRunning()).isFalse();
        assertThat(esx01.services()).isEqualTo(new Host.Services(new Host.Service(true, StartPolicy.MANUAL),
                new Host.Service(null, StartPolicy.WITH_PORTS)));
        assertThat(esx01.lockdownMode()).isEqualTo(LockdownMode.STRICT);
        assertThat(esx01.syslogTargets()).containsExactly("udp://10.0.0.5:514", "log2");
        assertThat(esx01.certificateExpires()).isEqualTo(Instant.parse("2027-01-10T09:00:00Z"));
        Host esx02 = hosts.get(1);
        assertThat(esx02.syslogTargets()).as("none is no targets").isEmpty();
        assertThat(esx02.services()).as("empty cells are unknown").isNull();
        assertThat(esx02.lockdownMode()).isNull();
    }

    @Test
    void clustersLunsAndPortGroupsReadTheirNewColumns() throws IOException {
        assertThat(doc("clusters.csv", "id,ha.enabled,ha.hostMonitoring\nc1,true,false\n").clusters().get(0).ha())
                .isEqualTo(new Cluster.Ha(true, null, null, null, null, false));
        var lun = doc("luns.csv", "id,protocol,capacityGb,provisionedGb\nds1,SAS,100,250.5\n").luns().get(0);
        assertThat(lun.protocol()).isEqualTo(Protocol.SAS);
        assertThat(lun.provisionedGb()).isEqualTo(250.5);
        List<PortGroup> groups = doc("portGroups.csv", "id,vlan,vlanTrunk,security.allowPromiscuous,"
                + "security.allowMacChanges,security.allowForgedTransmits,binding\n"
                + "DS/Trunk,,100;200-299,false,true,yes,ephemeral\n"
                + "DS/DB,120,,no,no,no,static\n").portGroups();
        assertThat(groups.get(0).vlanTrunk()).containsExactly(new VlanRange(100, 100), new VlanRange(200, 299));
        assertThat(groups.get(0).security()).isEqualTo(new PortGroup.Security(false, true, true));
        assertThat(groups.get(0).binding()).isEqualTo(PortBinding.EPHEMERAL);
        assertThat(groups.get(1).vlanTrunk()).isNull();
        assertThat(groups.get(1).security()).isEqualTo(new PortGroup.Security(false, false, false));
    }

    @Test
    void managersCsvAndLicensesCsvGiveManagersWithTheirLicences() throws IOException {
        Files.writeString(dir.resolve("managers.csv"), "id,name,product,version,build,licenses\n"
                + "vc01,vCenter 8,vcenter,8.0.3,24674346,\n"
                + "vc02,,ovirt-engine,,,none\n");
        Files.writeString(dir.resolve("licenses.csv"), "manager,name,total,used,expires\n"
                + "vc01,vSphere 8 Enterprise Plus,64,48,2027-03-30\n"
                + "vc01,vCenter Server 8 Standard,unlimited,1,never\n");
        List<Manager> managers = read(dir, "inventory").document().managers();
        assertThat(managers).containsExactly(
                new Manager("vc01", "vCenter 8", ManagerProduct.VCENTER, "8.0.3", "24674346", List.of(
                        new Manager.License("vSphere 8 Enterprise Plus", new LicenseTotal(64), 48,
                                new LicenseExpiry(Instant.parse("2027-03-30T00:00:00Z"))),
                        new Manager.License("vCenter Server 8 Standard", LicenseTotal.UNLIMITED, 1,
                                LicenseExpiry.NEVER))),
                new Manager("vc02", null, ManagerProduct.OVIRT_ENGINE, null, null, List.of()));
    }

    @Test
    void badCellsOfTheNewColumnsAreWarningsAndLeaveTheFieldUnknown() throws IOException {
        assertThat(unknown("hosts.csv", "id,lockdownMode,services.ssh.startPolicy,ntpRunning\n"
                + "esx01,total,sometimes,maybe\n")).containsExactly(
                "hosts.csv:2: lockdownMode: 'total' is not one of disabled, normal, strict",
                "hosts.csv:2: services.ssh.startPolicy: 'sometimes' is not one of with-host, manual, with-ports",
                "hosts.csv:2: ntpRunning: 'maybe' is not true or false");
        assertThat(unknown("portGroups.csv", "id,vlanTrunk\np1,100;300-200\np2,x\n")).containsExactly(
                "portGroups.csv:2: vlanTrunk: '300-200' is not within 0-4094 in ascending order",
                "portGroups.csv:3: vlanTrunk: 'x' is not a VLAN id or a range such as 200-299");
        assertThat(unknown("licenses.csv", "manager,name,total,used,expires\nvc01,x,lots,-1,soon\n")).containsExactly(
                "licenses.csv:2: total: 'lots' is not a whole number",
                "licenses.csv:2: used: -1 is negative",
                "licenses.csv:2: expires: 'soon' is not an ISO-8601 date-time or never");
    }
}
