package io.virtaudit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.TestEstates;
import io.virtaudit.model.BusSharing;
import io.virtaudit.model.ConnectionState;
import io.virtaudit.model.DeviceBacking;
import io.virtaudit.model.DeviceType;
import io.virtaudit.model.DiskMode;
import io.virtaudit.model.DiskSharing;
import io.virtaudit.model.Estate;
import io.virtaudit.model.Host;
import io.virtaudit.model.HostConnectionState;
import io.virtaudit.model.LatencySensitivity;
import io.virtaudit.model.LockdownMode;
import io.virtaudit.model.Lun;
import io.virtaudit.model.Manager;
import io.virtaudit.model.PortBinding;
import io.virtaudit.model.PortGroup;
import io.virtaudit.model.PowerState;
import io.virtaudit.model.Product;
import io.virtaudit.model.RawMapping;
import io.virtaudit.model.StartPolicy;
import io.virtaudit.model.SwitchType;
import io.virtaudit.model.Vm;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second-edition data of a generated estate, read back through the loader: every field is
 * there, valid, and the slips that the new rules look for occur at the rates {@link Slips} plans.
 */
class SecondEditionDataTest {

    private static final int VMS = 20_000;
    private static final Instant COLLECTED = Instant.parse("2026-11-20T08:00:00Z");

    @TempDir
    static Path dir;

    private static Estate estate;
    private static List<Host> esxiHosts;
    private static List<Vm> vsphereVms;

    @BeforeAll
    static void load() throws IOException {
        Path file = dir.resolve("estate.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            new EstateGenerator(VMS, 5).write(out, false);
        }
        estate = TestEstates.load(file);
        esxiHosts = estate.hosts().stream().filter(h -> h.hypervisor().product() == Product.ESXI).toList();
        Set<String> esxi = esxiHosts.stream().map(Host::id).collect(Collectors.toSet());
        vsphereVms = estate.vms().stream().filter(vm -> esxi.contains(vm.host()) && !vm.isAgent()).toList();
    }

    /** The count is within four standard deviations (and two) of the planned rate. */
    private static <T> void hasRate(List<T> population, Predicate<T> slip, double rate, String what) {
        long count = population.stream().filter(slip).count();
        double expected = population.size() * rate;
        double tolerance = 4 * Math.sqrt(expected * (1 - rate)) + 2;
        assertThat((double) count).as("%s: %d of %d, planned %.1f", what, count, population.size(), expected)
                .isBetween(expected - tolerance, expected + tolerance);
        assertThat(count).as("%s occurs", what).isPositive();
    }

    @Test
    void managersResolveEveryManagedByAndVcentersCarryLicences() {
        Map<String, Manager> managers = estate.managers().stream().collect(Collectors.toMap(Manager::id, Function.identity()));
        assertThat(estate.hosts().stream().map(Host::managedBy).filter(m -> m != null)).allMatch(managers::containsKey);
        List<Manager> vcenters = managers.values().stream().filter(m -> m.id().startsWith("vc")).toList();
        assertThat(vcenters).isNotEmpty().allSatisfy(vc -> {
            assertThat(vc.build()).matches("\\d+");
            assertThat(vc.version()).isIn("8.0.3", "7.0.3");
            assertThat(vc.licenses()).hasSize(2);
        });
        // the second vCenter is still on 7.0 (SEC-017), the third's licence runs out within 60 days (MGT-007)
        List<Manager> inOrder = estate.managers().stream().filter(m -> m.id().startsWith("vc")).toList();
        assertThat(inOrder.get(1).version()).isEqualTo("7.0.3");
        assertThat(inOrder.get(2).licenses().get(0).expires().at()).isBetween(COLLECTED, COLLECTED.plus(Duration.ofDays(60)));
        assertThat(inOrder.get(0).licenses().get(1).expires().never()).isTrue();
    }

    @Test
    void hostsCarryTheirHardeningWithSlips() {
        assertThat(esxiHosts).hasSizeGreaterThan(800).allSatisfy(h -> {
            assertThat(h.hypervisor().build()).matches("\\d{8}");
            assertThat(h.services().ssh().startPolicy()).isNotNull();
            assertThat(h.services().shell().running()).isNotNull();
            assertThat(h.lockdownMode()).isNotNull();
        });
        assertThat(estate.hosts()).allSatisfy(h -> {
            assertThat(h.connectionState()).isNotNull();
            assertThat(h.connected()).isEqualTo(h.connectionState() == HostConnectionState.CONNECTED);
            assertThat(h.syslogTargets()).isNotNull();
            assertThat(h.certificateExpires()).isNotNull();
        });
        assertThat(estate.hosts().stream().filter(h -> h.hypervisor().product() != Product.ESXI))
                .allMatch(h -> h.services() == null && h.lockdownMode() == null && h.hypervisor().build() == null);
        hasRate(esxiHosts, h -> Boolean.TRUE.equals(h.services().ssh().running()), Slips.SSH_RUNNING, "SSH running");
        hasRate(esxiHosts, h -> h.services().ssh().startPolicy() == StartPolicy.WITH_HOST, Slips.SSH_WITH_HOST,
                "SSH starts with the host");
        hasRate(esxiHosts, h -> Boolean.TRUE.equals(h.services().shell().running()), Slips.SHELL_RUNNING, "shell running");
        hasRate(esxiHosts, h -> h.lockdownMode() == LockdownMode.DISABLED, Slips.LOCKDOWN_OFF, "lockdown disabled");
        hasRate(esxiHosts, h -> !h.hypervisor().build().equals(currentBuild(h)), Slips.OLD_BUILD, "older build");
        List<Host> ntp = estate.hosts().stream().filter(h -> h.ntpServers() != null && !h.ntpServers().isEmpty()).toList();
        hasRate(ntp, h -> Boolean.FALSE.equals(h.ntpRunning()), Slips.NTP_STOPPED, "NTP configured, not running");
        hasRate(estate.hosts(), h -> h.syslogTargets().isEmpty(), Slips.NO_SYSLOG, "no syslog");
        hasRate(estate.hosts(), h -> h.certificateExpires().isBefore(COLLECTED.plus(Duration.ofDays(60))),
                Slips.CERT_EXPIRING + Slips.CERT_EXPIRED, "certificate expiring");
        assertThat(estate.hosts()).anyMatch(h -> h.certificateExpires().isBefore(COLLECTED));
        assertThat(estate.hosts()).anyMatch(h -> h.connectionState() == HostConnectionState.NOT_RESPONDING);
        assertThat(estate.hosts().stream().filter(h -> h.id().endsWith("-06") && !Boolean.TRUE.equals(h.connected())))
                .as("the legacy clusters' lost host").hasSizeGreaterThanOrEqualTo(6);
    }

    private static String currentBuild(Host h) {
        return switch (h.hypervisor().version()) {
            case "8.0.3" -> "24674464";
            case "8.0.2" -> "22380479";
            default -> "21930508";
        };
    }

    @Test
    void clustersAndLunsCarryHostMonitoringAndProvisionedSpace() {
        assertThat(estate.clusters().stream().filter(c -> Boolean.TRUE.equals(c.ha().enabled())))
                .allMatch(c -> c.ha().hostMonitoring() != null)
                .anyMatch(c -> !c.ha().hostMonitoring() && c.id().startsWith("cl-old-esx"))
                .anyMatch(c -> !c.ha().hostMonitoring() && !c.id().startsWith("cl-old-esx"));
        List<Lun> luns = estate.luns();
        assertThat(luns).allMatch(l -> l.provisionedGb() != null && l.provisionedGb() >= l.capacityGb() - l.freeGb());
        hasRate(luns.stream().filter(l -> !l.id().startsWith("ds-local-")).toList(),
                l -> l.provisionedGb() >= 1.5 * l.capacityGb(), Slips.OVER_PROVISIONED, "over-provisioned");
    }

    @Test
    void portGroupsOfEveryKindWithSlips() {
        List<PortGroup> all = estate.portGroups();
        List<PortGroup> standard = all.stream().filter(p -> p.switchType() == SwitchType.STANDARD).toList();
        assertThat(standard).hasSameSizeAs(esxiHosts).allSatisfy(p -> {
            assertThat(p.id()).isEqualTo(p.hosts().get(0) + "/vSwitch0/Management Network");
            assertThat(p.vlan()).isEqualTo(10);
            assertThat(p.binding()).isNull();
            assertThat(p.security().allowMacChanges()).isNotNull();
        });
        List<PortGroup> uplinks = all.stream().filter(p -> Boolean.TRUE.equals(p.uplink())).toList();
        assertThat(uplinks).isNotEmpty().allSatisfy(p -> {
            assertThat(p.vlan()).isNull();
            assertThat(p.vlanTrunk()).hasSize(1);
            assertThat(p.vlanTrunk().get(0).toString()).isEqualTo("0-4094");
        });
        assertThat(all).anyMatch(p -> p.id().endsWith("/pg-trunk") && p.vlanTrunk().size() == 3
                && p.binding() == PortBinding.EPHEMERAL);
        List<PortGroup> vmGroups = all.stream().filter(p -> p.name().startsWith("pg-vm-")).toList();
        hasRate(vmGroups, p -> p.binding() != PortBinding.STATIC, Slips.EPHEMERAL + Slips.DYNAMIC,
                "ephemeral or dynamic binding");
        assertThat(all).anyMatch(p -> p.name().equals("pg-old-dmz") && p.binding() == PortBinding.DYNAMIC);
        // the legacy clusters' first two hosts keep vSwitch0's old defaults in every estate
        Set<String> legacy = estate.hosts().stream().filter(h -> h.cluster() != null && h.cluster().startsWith("cl-old-esx"))
                .map(Host::id).collect(Collectors.toSet());
        assertThat(standard.stream().filter(p -> legacy.contains(p.hosts().get(0))
                && p.security().allowMacChanges() && p.security().allowForgedTransmits())).hasSize(2 * 6);
        assertThat(all.stream().filter(p -> p.name().startsWith("pg-vm-") && legacy.contains(p.hosts().get(0))))
                .anyMatch(p -> p.hosts().size() == Layout.HOSTS_PER_CLUSTER - 1);
        List<PortGroup> judged = all.stream().filter(p -> p.name().startsWith("pg-vm-")
                || p.switchType() == SwitchType.STANDARD && !legacy.contains(p.hosts().get(0))).toList();
        hasRate(judged, p -> p.security().allowPromiscuous(), Slips.PROMISCUOUS, "promiscuous");
        hasRate(judged, p -> p.security().allowMacChanges(), Slips.MAC_CHANGES, "MAC changes");
        hasRate(judged, p -> p.security().allowForgedTransmits(), Slips.FORGED_TRANSMITS, "forged transmits");
        // a VM port group missing on a cluster's last host (NET-009): one host fewer than its sibling
        Map<String, List<PortGroup>> bySwitch = vmGroups.stream().collect(Collectors.groupingBy(PortGroup::switchName));
        assertThat(bySwitch.values()).anyMatch(pair -> pair.size() == 2
                && pair.get(0).hosts().size() == pair.get(1).hosts().size() - 1);
        // every vSphere VM connects to its cluster's port group of its VLAN; hosts' interfaces name theirs
        Map<String, PortGroup> byId = all.stream().collect(Collectors.toMap(PortGroup::id, Function.identity()));
        assertThat(vsphereVms).allSatisfy(vm -> {
            assertThat(vm.portGroups()).hasSize(1);
            assertThat(byId.get(vm.portGroups().get(0)).vlan()).isEqualTo(vm.networks().get(0));
        });
        assertThat(esxiHosts).allSatisfy(h -> assertThat(byId).containsKey(h.networks().get(0).portGroup()));
    }

    @Test
    void vsphereVmsCarryTheirConfigurationWithSlips() {
        assertThat(vsphereVms).hasSizeGreaterThan(8_000).allSatisfy(vm -> {
            assertThat(vm.hardwareVersion()).isNotNull();
            assertThat(vm.connectionState()).isNotNull();
            assertThat(vm.consolidationNeeded()).isNotNull();
            assertThat(vm.latencySensitivity()).isNotNull();
            assertThat(vm.cpuLimitMhz()).isNotNull();
            assertThat(vm.memoryLimitGb()).isNotNull();
            assertThat(vm.cpuReservationMhz()).isNotNull();
            assertThat(vm.devices()).extracting(Vm.Device::type).contains(DeviceType.CDROM);
            assertThat(vm.disks()).isNotEmpty().allMatch(d -> d.datastore() != null && vm.datastores().contains(d.datastore()));
            assertThat(vm.customAttributes()).containsKey("CostCenter");
        });
        hasRate(vsphereVms, vm -> vm.hardwareVersion().below(16), Slips.OLD_HARDWARE + Slips.ANCIENT_HARDWARE,
                "old hardware");
        hasRate(vsphereVms, vm -> vm.hardwareVersion().below(9), Slips.ANCIENT_HARDWARE, "hardware below 9");
        hasRate(vsphereVms, vm -> Set.of(ConnectionState.ORPHANED, ConnectionState.INACCESSIBLE, ConnectionState.INVALID)
                .contains(vm.connectionState()), Slips.BROKEN, "orphaned, inaccessible or invalid");
        hasRate(vsphereVms, Vm::consolidationNeeded, Slips.CONSOLIDATION, "consolidation needed");
        hasRate(vsphereVms, vm -> vm.disks().get(0).snapshotDelta(), Slips.ORPHAN_DELTA, "delta disk");
        hasRate(vsphereVms, vm -> !vm.cpuLimitMhz().none(), Slips.CPU_LIMIT, "CPU limit");
        hasRate(vsphereVms, vm -> vm.memoryLimitGb().below(vm.memoryGb()), Slips.MEMORY_LIMIT, "memory limit below memory");
        assertThat(vsphereVms).anyMatch(vm -> !vm.memoryLimitGb().none() && !vm.memoryLimitGb().below(vm.memoryGb()));
        List<Vm> latency = vsphereVms.stream().filter(vm -> vm.latencySensitivity() == LatencySensitivity.HIGH).toList();
        assertThat(latency).isNotEmpty().allMatch(Vm::timingSensitive);
        assertThat(latency).anyMatch(vm -> vm.memoryReservationGb() < vm.memoryGb())
                .anyMatch(vm -> vm.memoryReservationGb().equals(vm.memoryGb()) && vm.cpuReservationMhz() > 0);
    }

    @Test
    void devicesDisksAndPartitionsWithSlips() {
        hasRate(vsphereVms, vm -> hasDevice(vm, DeviceType.CDROM, DeviceBacking.ISO, true), Slips.CD_CONNECTED,
                "ISO connected");
        hasRate(vsphereVms, vm -> vm.devices().stream().anyMatch(d -> d.type() == DeviceType.CDROM && d.startConnected()),
                Slips.CD_AT_POWER_ON, "CD connects at power-on");
        hasRate(vsphereVms, vm -> hasDevice(vm, DeviceType.USB, DeviceBacking.HOST_DEVICE, true), Slips.USB, "USB");
        hasRate(vsphereVms, vm -> vm.devices().stream().anyMatch(d -> d.type() == DeviceType.FLOPPY && d.startConnected()),
                Slips.FLOPPY, "floppy");
        hasRate(vsphereVms, vm -> disk2(vm, d -> d.mode() == DiskMode.INDEPENDENT_PERSISTENT && d.raw() == RawMapping.NONE
                && d.sharing() == DiskSharing.NONE), Slips.INDEPENDENT, "independent disk");
        hasRate(vsphereVms, vm -> disk2(vm, d -> d.mode() == DiskMode.NONPERSISTENT
                || d.mode() == DiskMode.INDEPENDENT_NONPERSISTENT), Slips.NONPERSISTENT, "non-persistent disk");
        hasRate(vsphereVms, vm -> disk2(vm, d -> d.raw() == RawMapping.PHYSICAL), Slips.PHYSICAL_RDM, "physical RDM");
        assertThat(vsphereVms).anyMatch(vm -> disk2(vm, d -> d.raw() == RawMapping.PHYSICAL
                && d.sharedBus() == BusSharing.PHYSICAL));
        hasRate(vsphereVms, vm -> disk2(vm, d -> d.sharing() == DiskSharing.MULTI_WRITER), Slips.MULTI_WRITER,
                "multi-writer");
        hasRate(vsphereVms, vm -> vm.disks().size() == 2, 0.5 + (Slips.INDEPENDENT + Slips.NONPERSISTENT
                + Slips.PHYSICAL_RDM + Slips.MULTI_WRITER) / 2, "data disk");

        // partitions: running guests whose tools answer; none known for the others
        assertThat(vsphereVms.stream().filter(vm -> vm.powerState() != PowerState.ON)).allMatch(vm -> vm.partitions() == null);
        List<Vm> reporting = vsphereVms.stream().filter(vm -> vm.partitions() != null).toList();
        assertThat(reporting).hasSizeGreaterThan(7_000).allSatisfy(vm -> assertThat(vm.partitions())
                .isNotEmpty().allMatch(p -> p.capacityGb() >= 1 && p.freeGb() < p.capacityGb()));
        hasRate(reporting, vm -> minFree(vm) < 0.05, Slips.PARTITION_FULL, "partition below 5 %");
        hasRate(reporting, vm -> minFree(vm) >= 0.05 && minFree(vm) < 0.10, Slips.PARTITION_LOW, "partition below 10 %");
        assertThat(reporting).anyMatch(vm -> vm.partitions().get(0).path().equals("C:\\"))
                .anyMatch(vm -> vm.partitions().stream().anyMatch(p -> p.path().equals("/")));
        hasRate(vsphereVms, vm -> vm.customAttributes().containsKey("Notes"), Slips.PASSWORD_NOTE, "password note");
    }

    private static boolean hasDevice(Vm vm, DeviceType type, DeviceBacking backing, boolean connected) {
        return vm.devices().stream().anyMatch(d -> d.type() == type && d.backing() == backing && d.connected() == connected);
    }

    private static boolean disk2(Vm vm, Predicate<Vm.Disk> test) {
        return vm.disks().size() == 2 && test.test(vm.disks().get(1));
    }

    private static double minFree(Vm vm) {
        return vm.partitions().stream().mapToDouble(p -> p.freeGb() / p.capacityGb()).min().orElse(1);
    }

    @Test
    void twoVclsAgentsPerVsphereCluster() {
        List<Vm> agents = estate.vms().stream().filter(Vm::isAgent).toList();
        long esxiClusters = estate.clusters().stream().filter(c -> c.id().contains("-esx-")).count();
        assertThat(agents).hasSize((int) esxiClusters * 2).allSatisfy(vm -> {
            assertThat(vm.id()).matches("vCLS-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            assertThat(vm.memoryGb()).isEqualTo(0.125);
            assertThat(vm.portGroups()).isEmpty();
        });
        // non-vSphere VMs keep the second-edition fields unknown
        assertThat(estate.vms().stream().filter(vm -> vm.host().startsWith("hv-")))
                .allMatch(vm -> vm.hardwareVersion() == null && vm.disks() == null && vm.portGroups() == null);
    }
}
