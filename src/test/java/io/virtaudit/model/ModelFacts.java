package io.virtaudit.model;

import java.time.Instant;
import java.util.List;

/** Small model records for unit tests of model methods and derived facts: only the fields a test names. */
public final class ModelFacts {

    private ModelFacts() {
    }

    public static Host host(String id, Integer sockets, Integer coresPerSocket, Double memoryGb) {
        return new Host(id, null, null, null, new Host.Hypervisor(Product.ESXI, "8.0", null, Virtualization.PARA), null,
                new Host.Cpu(null, null, sockets, coresPerSocket, true), memoryGb, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    public static Host hostWithHbas(String id, Integer hbas) {
        return new Host(id, null, null, null, null, null, null, null, null, hbas, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    public static Host hostWithNtp(String id, List<String> ntpServers) {
        return new Host(id, null, null, null, null, null, null, null, null, null, null, ntpServers, null, null, null,
                null, null, null, null, null, null, null);
    }

    public static Host hostWithState(String id, Product product, String version, String cluster, String managedBy,
                                     Boolean connected, HostConnectionState state, Host.Services services) {
        return new Host(id, null, cluster, managedBy, new Host.Hypervisor(product, version, null, null), null, null, null,
                null, null, null, null, null, connected, null, state, null, services, null, null, null, null);
    }

    public static Vm vm(String id, Integer vcpus, Double memoryGb) {
        return new Vm(id, null, "h1", null, null, vcpus, memoryGb, PowerState.ON, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static Vm vmWithSnapshots(String id, List<Vm.Snapshot> snapshots) {
        return new Vm(id, null, "h1", null, null, null, null, PowerState.ON, null, null, null, null, null, null,
                snapshots, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static Vm vmWithBackup(String id, Environment environment, PowerState power, Instant poweredOffSince,
                                  Vm.Backup backup) {
        return new Vm(id, null, "h1", null, null, null, null, power, poweredOffSince, null, environment, null, null,
                null, null, null, null, backup, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static Lun lun(String id, Protocol protocol, Double capacityGb, Double freeGb) {
        return new Lun(id, null, protocol, null, capacityGb, freeGb, null, null, null, null);
    }
}
