package io.virtaudit.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** A physical host running a hypervisor or a container platform. */
public record Host(String id, String name, String cluster, String managedBy, Hypervisor hypervisor,
                   Os os, Cpu cpu, Double memoryGb, Integer nics, Integer hbas, Integer powerSupplies,
                   List<String> ntpServers, Maintenance maintenance, Boolean connected,
                   List<HostNetwork> networks, HostConnectionState connectionState, Boolean ntpRunning,
                   Services services, LockdownMode lockdownMode, List<String> syslogTargets,
                   Instant certificateExpires, Map<String, String> labels) implements NamedObject {

    /**
     * The hypervisor; the loader fills {@code virtualization} from the product when absent.
     *
     * @param build the build number (digits for esxi), compared as a number within a product and major.minor
     */
    public record Hypervisor(Product product, String version, String build, Virtualization virtualization) {
    }

    /** The remote access services of the host; each may be unknown. */
    public record Services(Service ssh, Service shell) {
    }

    /** Whether a service runs and when it starts. */
    public record Service(Boolean running, StartPolicy startPolicy) {
    }

    /** The host operating system, which containers on an os-level host must share. */
    public record Os(OsFamily family) {
    }

    /** CPU facts; the loader derives {@code vendor} from {@code model} when absent. */
    public record Cpu(String model, CpuVendor vendor, Integer sockets, Integer coresPerSocket,
                      Boolean vmExtensions) {
    }

    /** Present when the host is in maintenance mode. */
    public record Maintenance(Instant since) {
    }

    /**
     * A host-side interface: VMkernel port, management-OS vNIC or bridge.
     *
     * @param portGroup the port group it sits on (a {@code portGroups} id), whose purposes are the
     *                  interface's where known; null when unknown
     */
    public record HostNetwork(Integer vlan, Integer mtu, List<String> uplinks, Teaming teaming,
                              SwitchType switchType, Boolean iscsiPortBinding, String portGroup) {
    }

    public Product product() {
        return hypervisor == null ? null : hypervisor.product();
    }

    /** The virtualisation type, stated or implied by the product. */
    public Virtualization virtualization() {
        return hypervisor == null ? null : hypervisor.virtualization();
    }

    /** The product's wire name ({@code esxi}), for decision tables. */
    public String productName() {
        return product() == null ? null : product().wireName();
    }

    /** The hypervisor version as major.minor ({@code 8.0}), or null when unknown. */
    public String versionLine() {
        return hypervisor == null ? null : Versions.majorMinor(hypervisor.version());
    }

    /**
     * ESXi at major.minor or later (CMP-013: which virtual hardware the host can run); false when
     * the product is another or the version unknown.
     */
    public boolean esxiAtLeast(int major, int minor) {
        String line = versionLine();
        if (product() != Product.ESXI || line == null) {
            return false;
        }
        String[] parts = line.split("\\.");
        int hostMajor = Integer.parseInt(parts[0]);
        return hostMajor > major || hostMajor == major && Integer.parseInt(parts[1]) >= minor;
    }

    /**
     * The remote shells that are open or open at boot (SEC-013): {@code SSH} and {@code ESXi Shell},
     * each when it runs or starts with the host. Unknown services are not listed.
     */
    public List<String> openShells() {
        List<String> open = new ArrayList<>(2);
        if (services != null && open(services.ssh())) {
            open.add("SSH");
        }
        if (services != null && open(services.shell())) {
            open.add("ESXi Shell");
        }
        return open;
    }

    private static boolean open(Service service) {
        return service != null
                && (Boolean.TRUE.equals(service.running()) || service.startPolicy() == StartPolicy.WITH_HOST);
    }

    /**
     * Disconnected or not responding, by its connection state or {@code connected: false} (MGT-006):
     * every other fact about it is as old as the last contact.
     */
    public boolean unreachable() {
        return connectionState == HostConnectionState.DISCONNECTED
                || connectionState == HostConnectionState.NOT_RESPONDING || Boolean.FALSE.equals(connected);
    }

    /** In a cluster or under a management server: what lockdown mode needs (SEC-014). */
    public boolean centrallyManaged() {
        return cluster != null || managedBy != null && !managedBy.isBlank();
    }

    /** NTP servers are configured and the NTP service is known not to run (TIM-009, TIM-005). */
    public boolean ntpStopped() {
        return ntpServers != null && !ntpServers.isEmpty() && Boolean.FALSE.equals(ntpRunning);
    }

    public OsFamily osFamily() {
        return os == null ? null : os.family();
    }

    /** Physical cores (sockets × cores per socket), or null when either is unknown. */
    public Integer cores() {
        if (cpu == null || cpu.sockets() == null || cpu.coresPerSocket() == null) {
            return null;
        }
        return cpu.sockets() * cpu.coresPerSocket();
    }

    /**
     * The distinct NTP sources of the host, trimmed and lower-cased (host names are
     * case-insensitive), sorted; none when unknown.
     */
    public List<String> ntpSources() {
        TreeSet<String> sources = new TreeSet<>();
        if (ntpServers != null) {
            for (String server : ntpServers) {
                if (server != null && !server.isBlank()) {
                    sources.add(server.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return new ArrayList<>(sources);
    }

    /** How many distinct NTP sources the host has. */
    public int ntpSourceCount() {
        return ntpSources().size();
    }

    /** Fewer than two HBAs are known: one HBA failure cuts the host off its FC LUNs (STO-003). */
    public boolean singleHba() {
        return hbas != null && hbas < 2;
    }

    public boolean inMaintenance() {
        return maintenance != null;
    }

    /** ACTIVE(h) of the catalogue: not in maintenance, and not known to be disconnected. */
    public boolean active() {
        return !inMaintenance() && !Boolean.FALSE.equals(connected);
    }

    /** Memory that counts as capacity: none for a host in maintenance or disconnected. */
    public double activeMemoryGb() {
        return active() && memoryGb != null ? memoryGb : 0.0;
    }

    /** Cores that count as capacity: none for a host in maintenance or disconnected. */
    public int activeCores() {
        Integer cores = cores();
        return active() && cores != null ? cores : 0;
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.HOST;
    }

}
