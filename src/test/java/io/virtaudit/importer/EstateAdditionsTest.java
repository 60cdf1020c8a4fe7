package io.virtaudit.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.virtaudit.TestEstates;
import io.virtaudit.importer.document.DocumentImporter;
import io.virtaudit.input.InputError;
import io.virtaudit.input.InputException;
import io.virtaudit.model.Cluster;
import io.virtaudit.model.Estate;
import io.virtaudit.model.Host;
import io.virtaudit.model.HostConnectionState;
import io.virtaudit.model.LicenseExpiry;
import io.virtaudit.model.LicenseTotal;
import io.virtaudit.model.LockdownMode;
import io.virtaudit.model.Lun;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The second edition's additions outside the VMs: managers, host hardening, HA host monitoring, LUN provisioning, port group policy. */
class EstateAdditionsTest {

    @TempDir
    Path dir;

    private static final String HEADER = "formatVersion: 1\nestate: {name: T, collectedAt: 2026-11-20T08:00:00Z}\n";

    static final String FULL_YAML = HEADER + """
            managers:
              - id: vc01.example.com
                name: VMware vCenter Server 8.0.3 build-24674346
                product: vcenter
                version: 8.0.3
                build: "24674346"
                licenses:
                  - {name: vSphere 8 Enterprise Plus (Subscription), total: 64, used: 48, expires: 2027-03-30}
                  - {name: vCenter Server 8 Standard, total: unlimited, used: 1, expires: never}
              - {id: scvmm01, product: SCVMM, licenses: []}
            clusters:
              - {id: prod, ha: {enabled: true, hostMonitoring: false}}
            hosts:
              - id: esx01
                cluster: prod
                managedBy: vc01.example.com
                hypervisor: {product: esxi, version: 8.0.2, build: "22380479"}
                connectionState: not-responding
                ntpServers: [ntp1.example.com]
                ntpRunning: false
                services:
                  ssh: {running: true, startPolicy: manual}
                  shell: {running: false, startPolicy: with-ports}
                lockdownMode: lockdownNormal
                syslogTargets: ["udp://10.0.0.5:514", log.example.com]
                certificateExpires: 2027-01-10T09:00:00Z
              - {id: esx02, hypervisor: {product: esxi}, syslogTargets: [], services: {ssh: {startPolicy: on}}}
            luns:
              - {id: ds1, protocol: sas, capacityGb: 1000, freeGb: 100, provisionedGb: 1500.5}
            vlans:
              - {id: 0}
            portGroups:
              - id: esx01/vSwitch0/Management Network
                vlan: 0
                security: {allowPromiscuous: false, allowMacChanges: true, allowForgedTransmits: true}
              - {id: DS_Prod/Trunk, switchType: distributed, vlanTrunk: [100, "200-299", "0-4094"], binding: ephemeral}
            """;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private Estate load(String name, String text) throws IOException {
        return TestEstates.load(write(name, text));
    }

    private EstateDocument document(String name, String text) throws IOException {
        Path file = write(name, text);
        return new DocumentImporter().read(file, name).document();
    }

    private List<String> errors(String name, String text) throws IOException {
        Path file = write(name, text);
        InputException e = assertThrows(InputException.class, () -> TestEstates.load(file));
        return e.errors().stream().map(InputError::render).toList();
    }

    private InputError error(String name, String text) throws IOException {
        Path file = write(name, text);
        InputException e = assertThrows(InputException.class, () -> TestEstates.load(file));
        return e.errors().get(0);
    }

    @Test
    void readsEveryAddedFieldFromYaml() throws IOException {
        Estate estate = load("full.yaml", FULL_YAML);
        assertAdded(estate, document("full.yaml", FULL_YAML));
    }

    @Test
    void readsEveryAddedFieldFromJson() throws IOException {
        String json = DocumentBinder.mapper().writeValueAsString(
                new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                        .readTree(FULL_YAML));
        Estate estate = load("full.json", json);
        assertAdded(estate, document("full.json", json));
    }

    private static void assertAdded(Estate estate, EstateDocument doc) {
        assertThat(doc.managers()).containsExactly(
                new Manager("vc01.example.com", "VMware vCenter Server 8.0.3 build-24674346", ManagerProduct.VCENTER,
                        "8.0.3", "24674346", List.of(
                        new Manager.License("vSphere 8 Enterprise Plus (Subscription)", new LicenseTotal(64), 48,
                                new LicenseExpiry(Instant.parse("2027-03-30T00:00:00Z"))),
                        new Manager.License("vCenter Server 8 Standard", LicenseTotal.UNLIMITED, 1, LicenseExpiry.NEVER))),
                new Manager("scvmm01", null, ManagerProduct.SCVMM, null, null, List.of()));
        assertThat(estate.clusters().get(0).ha()).isEqualTo(new Cluster.Ha(true, null, null, null, null, false));

        Host esx01 = estate.hosts().get(0);
        assertThat(esx01.hypervisor().build()).isEqualTo("22380479");
        assertThat(esx01.connectionState()).isEqualTo(HostConnectionState.NOT_RESPONDING);
        assertThat(esx01.connected()).as("derived from connectionState").isFalse();
        assertThat(esx01.ntpRunning()).isFalse();
        assertThat(esx01.services()).isEqualTo(new Host.Services(new Host.Service(true, StartPolicy.MANUAL),
                new Host.Service(false, StartPolicy.WITH_PORTS)));
        assertThat(esx01.lockdownMode()).as("PowerCLI's spelling").isEqualTo(LockdownMode.NORMAL);
        assertThat(esx01.syslogTargets()).containsExactly("udp://10.0.0.5:514", "log.example.com");
        assertThat(esx01.certificateExpires()).isEqualTo(Instant.parse("2027-01-10T09:00:00Z"));
        Host esx02 = estate.hosts().get(1);
        assertThat(esx02.syslogTargets()).as("[] is none").isEmpty();
        assertThat(esx02.services().ssh()).as("a bare on is a boolean in YAML 1.1, or vSphere's word")
                .isEqualTo(new Host.Service(null, StartPolicy.WITH_HOST));
        assertThat(esx02.services().shell()).isNull();
        assertThat(esx02.connectionState()).as("absent is unknown").isNull();
        assertThat(esx02.connected()).isNull();
        assertThat(esx02.lockdownMode()).isNull();
        assertThat(esx02.certificateExpires()).isNull();

        Lun ds1 = estate.luns().get(0);
        assertThat(ds1.protocol()).isEqualTo(Protocol.SAS);
        assertThat(ds1.provisionedGb()).isEqualTo(1500.5);

        PortGroup mgmt = estate.portGroups().get(0);
        assertThat(mgmt.security()).isEqualTo(new PortGroup.Security(false, true, true));
        assertThat(mgmt.vlanTrunk()).isNull();
        PortGroup trunk = estate.portGroups().get(1);
        assertThat(trunk.vlanTrunk()).containsExactly(new VlanRange(100, 100), new VlanRange(200, 299),
                new VlanRange(0, 4094));
        assertThat(trunk.vlan()).isNull();
        assertThat(trunk.binding()).isEqualTo(PortBinding.EPHEMERAL);
    }

    @ParameterizedTest(name = "startPolicy {0} is {1}")
    @CsvSource({"with-host, WITH_HOST", "WITH_HOST, WITH_HOST", "manual, MANUAL", "with-ports, WITH_PORTS",
            "on, WITH_HOST", "'\"on\"', WITH_HOST", "off, MANUAL", "'\"off\"', MANUAL", "automatic, WITH_PORTS",
            "Automatic, WITH_PORTS", "true, WITH_HOST", "false, MANUAL"})
    void startPoliciesInEverySpellingTheFormatReads(String written, StartPolicy expected) throws IOException {
        Estate estate = load("policy.yaml", HEADER + "hosts: [{id: h1, hypervisor: {product: esxi},"
                + " services: {shell: {startPolicy: " + written + "}}}]\n");
        assertThat(estate.hosts().get(0).services().shell().startPolicy()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "lockdownMode {0} is {1}")
    @CsvSource({"disabled, DISABLED", "NORMAL, NORMAL", "strict, STRICT", "lockdownDisabled, DISABLED",
            "LOCKDOWNNORMAL, NORMAL", "lockdownstrict, STRICT", "' lockdownStrict ', STRICT"})
    void lockdownModesAsTheFormatAndPowerCliWriteThem(String written, LockdownMode expected) throws IOException {
        Estate estate = load("lockdown.yaml", HEADER + "hosts: [{id: h1, hypervisor: {product: esxi}, lockdownMode: '"
                + written + "'}]\n");
        assertThat(estate.hosts().get(0).lockdownMode()).isEqualTo(expected);
    }

    @Test
    void connectedIsDerivedFromConnectionStateAndMustAgreeWithIt() throws IOException {
        Estate estate = load("state.yaml", HEADER + """
                hosts:
                  - {id: h1, hypervisor: {product: esxi}, connectionState: connected}
                  - {id: h2, hypervisor: {product: esxi}, connectionState: disconnected}
                  - {id: h3, hypervisor: {product: esxi}, connectionState: connected, connected: true}
                """);
        assertThat(estate.hosts()).extracting(Host::connected).containsExactly(true, false, true);
        assertThat(errors("disagree.yaml", HEADER + """
                hosts:
                  - {id: h1, hypervisor: {product: esxi}, connectionState: not-responding, connected: true}
                """)).containsExactly(
                "disagree.yaml:/hosts/0/connectionState: connectionState not-responding disagrees with connected: true");
    }

    @Test
    void managedByMustNameAManagerWhereTheDocumentHasManagers() throws IOException {
        assertThat(errors("refs.yaml", HEADER + """
                managers: [{id: vc01}]
                hosts: [{id: h1, hypervisor: {product: esxi}, managedBy: vc02}]
                """)).containsExactly("refs.yaml:/hosts/0/managedBy: unknown manager 'vc02' (no manager has this id)");
        Estate free = load("free.yaml", HEADER + "hosts: [{id: h1, hypervisor: {product: esxi}, managedBy: vc02}]\n");
        assertThat(free.hosts().get(0).managedBy()).as("without managers, free text").isEqualTo("vc02");
        Estate none = load("none.yaml", HEADER + "managers: []\nhosts: [{id: h1, hypervisor: {product: esxi}}]\n");
        assertThat(none.hosts().get(0).managedBy()).isNull();
    }

    @Test
    void theEstateCarriesItsManagersWithTheirSources() throws IOException {
        Estate estate = load("full.yaml", FULL_YAML);
        assertThat(estate.managers()).extracting(Manager::id).containsExactly("vc01.example.com", "scvmm01");
        assertThat(estate.sourceOf(estate.managers().get(1))).isNotNull();
        assertThat(estate.counts()).containsEntry("managers", 2);
        Estate none = load("plain.yaml", HEADER + "hosts: [{id: h1, hypervisor: {product: esxi}}]\n");
        assertThat(none.managers()).isEmpty();
        assertThat(none.counts()).doesNotContainKey("managers");
    }

    @Test
    void managersNeedUniqueIdsAndSensibleLicences() throws IOException {
        assertThat(errors("managers.yaml", HEADER + """
                managers:
                  - {id: vc01, licenses: [{total: -1, used: -2, expires: 0001-01-01}, ~]}
                  - {id: vc01}
                  - {name: nameless}
                """)).containsExactly(
                "managers.yaml:/managers/0/licenses/0/total: total is -1, must be at least 0",
                "managers.yaml:/managers/0/licenses/0/used: used is -2, must be at least 0",
                "managers.yaml:/managers/0/licenses/0/expires: expires is 0001-01-01T00:00:00Z, must be between the years 1900 and 9999",
                "managers.yaml:/managers/0/licenses/1: a licence entry is empty",
                "managers.yaml:/managers/1/id: duplicate id 'vc01' (first defined at managers.yaml:/managers/0)",
                "managers.yaml:/managers/2/id: id is required");
    }

    @Test
    void aPortGroupHasVlanOrVlanTrunkNotBoth() throws IOException {
        assertThat(errors("trunk.yaml", HEADER + """
                vlans: [{id: 10}]
                portGroups:
                  - {id: p1, vlan: 10, vlanTrunk: [10]}
                  - {id: p2, vlanTrunk: ["300-200", 4095, "5-5000"]}
                """)).containsExactly(
                "trunk.yaml:/portGroups/0/vlanTrunk: a port group has either vlan or vlanTrunk, not both (vlan is 10)",
                "trunk.yaml:/portGroups/1/vlanTrunk/0: VLAN range 300-200 is not within 0-4094 in ascending order",
                "trunk.yaml:/portGroups/1/vlanTrunk/1: VLAN range 4095 is not within 0-4094 in ascending order",
                "trunk.yaml:/portGroups/1/vlanTrunk/2: VLAN range 5-5000 is not within 0-4094 in ascending order");
    }

    @Test
    void aLunsProvisionedSpaceIsNotNegativeAndBlankSyslogTargetsAreRefused() throws IOException {
        assertThat(errors("lun.yaml", HEADER + """
                hosts: [{id: h1, hypervisor: {product: esxi}, syslogTargets: [" "]}]
                luns: [{id: l1, provisionedGb: -1}]
                """)).containsExactly(
                "lun.yaml:/hosts/0/syslogTargets/0: an entry is empty",
                "lun.yaml:/luns/0/provisionedGb: provisionedGb is -1.0, must be at least 0");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown start policy|services: {ssh: {startPolicy: sometimes}}|'sometimes'|/hosts/0/services/ssh/startPolicy|with-host, manual, with-ports",
            "unknown lockdown mode|lockdownMode: lockdownTotal|'lockdownTotal'|/hosts/0/lockdownMode|disabled, normal, strict",
            "unknown connection state|connectionState: maintenance|'maintenance'|/hosts/0/connectionState|connected, disconnected, not-responding",
            "a number for ntpRunning|ntpRunning: 1|/hosts/0/ntpRunning|true or false|ntpRunning",
            "text for syslogTargets|syslogTargets: udp://x|/hosts/0/syslogTargets|list|syslogTargets",
            "a bad certificate time|certificateExpires: 2027-02-30|/hosts/0/certificateExpires|February 2027|certificateExpires",
            "a start policy for running|services: {shell: {running: manual}}|/hosts/0/services/shell/running|'manual'|running"})
    void aBadHostValueIsRefusedAtItsPlace(String name, String field, String first, String second, String third)
            throws IOException {
        InputError e = error("bad.yaml", HEADER + "hosts:\n  - {id: h1, hypervisor: {product: esxi}, " + field + "}\n");
        assertThat(e.file()).isEqualTo("bad.yaml");
        assertThat(e.location()).as(name).startsWith("4:");
        assertThat(e.message()).as(name).contains(first, second, third);
    }

    @Test
    void unknownKeysOfTheNewObjectsAreRefusedWithASuggestion() throws IOException {
        InputError service = error("key.yaml", HEADER
                + "hosts:\n  - {id: h1, hypervisor: {product: esxi}, services: {ssh: {startPolicyy: manual}}}\n");
        assertThat(service.location()).startsWith("4:");
        assertThat(service.message()).contains("unknown key 'startPolicyy' at /hosts/0/services/ssh",
                "did you mean 'startPolicy'?");
        InputError security = error("sec.yaml", HEADER + "portGroups:\n  - {id: p1, security: {allowMacChange: true}}\n");
        assertThat(security.message()).contains("unknown key 'allowMacChange' at /portGroups/0/security",
                "did you mean 'allowMacChanges'?");
        InputError licence = error("lic.yaml", HEADER + "managers:\n  - {id: m1, licenses: [{name: x, expiry: never}]}\n");
        assertThat(licence.message()).contains("unknown key 'expiry' at /managers/0/licenses/0", "did you mean 'expires'?");
        InputError ha = error("ha.yaml", HEADER + "clusters:\n  - {id: c1, ha: {hostMonitorng: true}}\n");
        assertThat(ha.message()).contains("unknown key 'hostMonitorng' at /clusters/0/ha", "did you mean 'hostMonitoring'?");
    }

    @Test
    void badManagerAndPortGroupValuesAreRefusedAtTheirPlace() throws IOException {
        InputError product = error("product.yaml", HEADER + "managers:\n  - {id: m1, product: vcentre}\n");
        assertThat(product.location()).startsWith("4:");
        assertThat(product.message()).contains("'vcentre'", "/managers/0/product", "vcenter, scvmm, ovirt-engine, hmc, other");
        InputError total = error("total.yaml", HEADER + "managers:\n  - {id: m1, licenses: [{total: lots}]}\n");
        assertThat(total.message()).contains("'lots'", "/managers/0/licenses/0/total", "'unlimited'");
        InputError expires = error("expires.yaml", HEADER + "managers:\n  - {id: m1, licenses: [{expires: soon}]}\n");
        assertThat(expires.message()).contains("'soon'", "/managers/0/licenses/0/expires", "'never'");
        InputError binding = error("binding.yaml", HEADER + "portGroups:\n  - {id: p1, binding: late}\n");
        assertThat(binding.message()).contains("'late'", "/portGroups/0/binding", "static, ephemeral, dynamic");
        InputError range = error("range.yaml", HEADER + "portGroups:\n  - {id: p1, vlanTrunk: [\"100-x\"]}\n");
        assertThat(range.message()).contains("'100-x'", "/portGroups/0/vlanTrunk/0", "200-299");
        InputError protocol = error("protocol.yaml", HEADER + "luns:\n  - {id: l1, protocol: sata}\n");
        assertThat(protocol.message()).contains("'sata'", "nvmeof, sas");
        InputError provisioned = error("prov.yaml", HEADER + "luns:\n  - {id: l1, provisionedGb: lots}\n");
        assertThat(provisioned.message()).contains("/luns/0/provisionedGb");
        InputError monitoring = error("mon.yaml", HEADER + "clusters:\n  - {id: c1, ha: {hostMonitoring: enabled}}\n");
        assertThat(monitoring.message()).contains("'enabled'", "/clusters/0/ha/hostMonitoring", "true or false");
    }

    @Test
    void anEsxiBuildIsDigitsOnlyWhileOtherProductsTakeAnyText() throws IOException {
        assertThat(errors("build.yaml", HEADER + """
                hosts:
                  - {id: h1, hypervisor: {product: esxi, build: "8.0 U3e"}}
                """)).containsExactly(
                "build.yaml:/hosts/0/hypervisor/build: the build of an esxi host is its build number, digits only: '8.0 U3e'");
        Estate estate = load("builds.yaml", HEADER + """
                hosts:
                  - {id: h1, hypervisor: {product: esxi, build: 24674464}}
                  - {id: h2, hypervisor: {product: hyperv, build: "10.0.20348.2849"}}
                """);
        assertThat(estate.hosts()).extracting(h -> h.hypervisor().build()).containsExactly("24674464", "10.0.20348.2849");
    }

    @Test
    void aFirstEditionDocumentLeavesEveryAddedFieldUnknown() throws IOException {
        Estate estate = load("old.yaml", HEADER + """
                clusters: [{id: c1, ha: {enabled: true}}]
                hosts: [{id: h1, cluster: c1, managedBy: anything, hypervisor: {product: esxi, version: 8.0.2}}]
                luns: [{id: l1, protocol: fc}]
                portGroups: [{id: p1}]
                """);
        Host h1 = estate.hosts().get(0);
        assertThat(h1.hypervisor().build()).isNull();
        assertThat(h1).extracting(Host::connectionState, Host::ntpRunning, Host::services, Host::lockdownMode,
                Host::syslogTargets, Host::certificateExpires).containsOnlyNulls();
        assertThat(estate.clusters().get(0).ha().hostMonitoring()).isNull();
        assertThat(estate.luns().get(0).provisionedGb()).isNull();
        PortGroup p1 = estate.portGroups().get(0);
        assertThat(p1).extracting(PortGroup::vlanTrunk, PortGroup::security, PortGroup::binding)
                .containsOnlyNulls();
    }
}
