package io.virtaudit.importer;

import io.virtaudit.model.Cluster;
import io.virtaudit.model.ConnectionState;
import io.virtaudit.model.Estate;
import io.virtaudit.model.EstateInfo;
import io.virtaudit.model.Host;
import io.virtaudit.model.HostConnectionState;
import io.virtaudit.model.Lun;
import io.virtaudit.model.Manager;
import io.virtaudit.model.MultipathConfig;
import io.virtaudit.model.PortGroup;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.SubjectType;
import io.virtaudit.model.Vlan;
import io.virtaudit.model.VlanRange;
import io.virtaudit.model.Vm;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Checks a document against the format's rules (required fields, ranges, unique ids, references
 * that resolve) and applies its derivations, giving the immutable {@link Estate} the rules see.
 */
public final class EstateAssembler {

    public static final int FORMAT_VERSION = 1;

    private final Clock clock;

    public EstateAssembler(Clock clock) {
        this.clock = clock;
    }

    /** Cross-checks and derives; every problem found is reported together. */
    public Estate assemble(SourcedDocument sourced) {
        EstateDocument doc = sourced.document();
        Problems problems = new Problems(sourced.locator());
        if (doc.formatVersion() == null) {
            problems.add("/formatVersion", "formatVersion is required (this virtaudit reads version " + FORMAT_VERSION + ")");
        } else if (doc.formatVersion() != FORMAT_VERSION) {
            problems.add("/formatVersion", "unsupported formatVersion " + doc.formatVersion()
                    + " (this virtaudit reads version " + FORMAT_VERSION + ")");
        }
        if (doc.estate() == null || doc.estate().name() == null || doc.estate().name().isBlank()) {
            problems.add("/estate/name", "estate.name is required");
        }
        if (doc.estate() != null) {
            problems.time("/estate", "collectedAt", doc.estate().collectedAt());
            checkSources(doc.estate().sources(), problems);
        }
        List<Cluster> clusters = nonNull(doc.clusters());
        List<Host> hosts = nonNull(doc.hosts());
        List<Vm> vms = nonNull(doc.vms());
        List<Lun> luns = nonNull(doc.luns());
        List<MultipathConfig> multipath = nonNull(doc.multipath());
        List<Vlan> vlans = nonNull(doc.vlans());
        List<PortGroup> portGroups = nonNull(doc.portGroups());

        ObjectSources sources = new ObjectSources();
        Set<String> managerIds = doc.managers() == null ? null : managers(doc.managers(), sourced, problems, sources);
        Set<String> clusterIds = ids("clusters", SubjectType.CLUSTER, clusters, Cluster::id, sourced, problems, sources);
        Set<String> hostIds = ids("hosts", SubjectType.HOST, hosts, Host::id, sourced, problems, sources);
        ids("vms", SubjectType.VM, vms, Vm::id, sourced, problems, sources);
        Set<String> lunIds = ids("luns", SubjectType.LUN, luns, Lun::id, sourced, problems, sources);
        Set<String> vlanIds = ids("vlans", SubjectType.VLAN, vlans, v -> v.id() == null ? null : String.valueOf(v.id()),
                sourced, problems, sources);
        multipathIds(multipath, sourced, problems, sources);
        Set<String> portGroupIds = ids("portGroups", SubjectType.PORT_GROUP, portGroups, PortGroup::id, sourced,
                problems, sources);

        References refs = new References(problems, clusterIds, hostIds, lunIds, vlanIds, portGroupIds, managerIds);
        for (int i = 0; i < clusters.size(); i++) {
            checkCluster(clusters.get(i), pointer("clusters", i), problems);
        }
        for (int i = 0; i < hosts.size(); i++) {
            checkHost(hosts.get(i), pointer("hosts", i), problems, refs);
        }
        for (int i = 0; i < vms.size(); i++) {
            checkVm(vms.get(i), pointer("vms", i), problems, refs);
        }
        for (int i = 0; i < luns.size(); i++) {
            checkLun(luns.get(i), pointer("luns", i), problems, refs);
        }
        for (int i = 0; i < multipath.size(); i++) {
            checkMultipath(multipath.get(i), pointer("multipath", i), problems, refs);
        }
        for (int i = 0; i < vlans.size(); i++) {
            checkVlan(vlans.get(i), pointer("vlans", i), problems, refs);
        }
        for (int i = 0; i < portGroups.size(); i++) {
            checkPortGroup(portGroups.get(i), pointer("portGroups", i), problems, refs);
        }
        problems.throwIfAny();

        EstateInfo info = doc.estate();
        Instant collectedAt = info.collectedAt() != null ? info.collectedAt() : info.latestSourceTime();
        Set<String> disconnected = hostsOfDisconnectedVms(vms);
        Map<String, PortGroup> portGroupsById = new HashMap<>();
        portGroups.forEach(g -> portGroupsById.putIfAbsent(g.id(), g));
        List<Vm> derivedVms = vms.stream().map(v -> deriveVm(v, portGroupsById)).toList();
        return new Estate(info, collectedAt != null ? collectedAt : clock.instant(), collectedAt == null,
                List.copyOf(clusters), hosts.stream().map(h -> deriveHost(h, disconnected)).toList(),
                derivedVms,
                deriveLunHosts(luns, multipath, derivedVms), List.copyOf(multipath),
                deriveVlanHosts(vlans, hosts, derivedVms), List.copyOf(portGroups),
                List.copyOf(nonNull(doc.managers())), sources, List.copyOf(sourced.inputs()));
    }

    /** Each source needs an id, unique among them, and every skipped row says where and why. */
    private static void checkSources(List<EstateInfo.Source> sources, Problems problems) {
        if (sources == null) {
            return;
        }
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            EstateInfo.Source source = sources.get(i);
            String at = "/estate/sources/" + i;
            if (source == null) {
                problems.add(at, "an entry of estate.sources is empty");
                continue;
            }
            if (source.id() == null || source.id().isBlank()) {
                problems.add(at + "/id", "id is required");
            } else if (!ids.add(source.id())) {
                problems.add(at + "/id", "duplicate source id '" + source.id() + "'");
            }
            problems.time(at, "collectedAt", source.collectedAt());
            List<EstateInfo.SkippedRow> skipped = source.skipped() == null ? List.of() : source.skipped();
            for (int k = 0; k < skipped.size(); k++) {
                EstateInfo.SkippedRow row = skipped.get(k);
                if (row == null || row.at() == null || row.at().isBlank() || row.reason() == null || row.reason().isBlank()) {
                    problems.add(at + "/skipped/" + k, "a skipped row needs both at and reason");
                }
            }
        }
    }

    /**
     * Checks the managers (ids required and unique, licence counts and times in range) and gives
     * their ids, recording where each is defined since a finding can be about a manager.
     */
    private static Set<String> managers(List<Manager> managers, SourcedDocument sourced, Problems problems,
                                        ObjectSources sources) {
        Map<String, String> seen = new HashMap<>();
        Map<String, SourceRef> located = new HashMap<>();
        for (int i = 0; i < managers.size(); i++) {
            Manager m = managers.get(i);
            String at = pointer("managers", i);
            if (m == null) {
                problems.add(at, "an entry of managers is empty");
                continue;
            }
            if (m.id() == null || m.id().isBlank()) {
                problems.add(at + "/id", "id is required");
            } else if (seen.putIfAbsent(m.id(), at) == null) {
                located.put(m.id(), sourced.locator().locate(at));
            } else {
                problems.add(at + "/id", "duplicate id '" + m.id() + "' (first defined at "
                        + problems.where(seen.get(m.id())) + ")");
            }
            List<Manager.License> licenses = m.licenses() == null ? List.of() : m.licenses();
            for (int k = 0; k < licenses.size(); k++) {
                Manager.License license = licenses.get(k);
                String where = at + "/licenses/" + k;
                if (license == null) {
                    problems.add(where, "a licence entry is empty");
                    continue;
                }
                if (license.total() != null && !license.total().unlimited()) {
                    problems.range(where, "total", license.total().count(), 0, Double.MAX_VALUE);
                }
                problems.range(where, Manager.License.class, "used", license.used());
                if (license.expires() != null) {
                    problems.time(where, "expires", license.expires().at());
                }
            }
        }
        sources.add(SubjectType.MANAGER, located);
        return seen.keySet();
    }

    private static String pointer(String collection, int index) {
        return "/" + collection + "/" + index;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Checks the ids of a collection and records the source of each object under its id. */
    private static <T> Set<String> ids(String collection, SubjectType type, List<T> objects, Function<T, String> id,
                                       SourcedDocument sourced, Problems problems, ObjectSources sources) {
        Map<String, SourceRef> seen = new HashMap<>(2 * objects.size());
        for (int i = 0; i < objects.size(); i++) {
            T object = objects.get(i);
            String location = pointer(collection, i);
            if (object == null) {
                problems.add(location, "an entry of " + collection + " is empty");
                continue;
            }
            String key = id.apply(object);
            if (key == null || key.isBlank()) {
                problems.add(location + "/id", "id is required");
                continue;
            }
            SourceRef first = seen.putIfAbsent(key, sourced.locator().locate(location));
            if (first != null) {
                problems.add(location + "/id", "duplicate id '" + key + "' (first defined at " + first + ")");
            }
        }
        sources.add(type, seen);
        return seen.keySet();
    }

    private static void multipathIds(List<MultipathConfig> entries, SourcedDocument sourced, Problems problems,
                                     ObjectSources sources) {
        Map<String, SourceRef> seen = new HashMap<>(2 * entries.size());
        for (int i = 0; i < entries.size(); i++) {
            MultipathConfig entry = entries.get(i);
            String location = pointer("multipath", i);
            if (entry == null) {
                problems.add(location, "an entry of multipath is empty");
                continue;
            }
            if (entry.host() == null || entry.lun() == null) {
                problems.add(location, "a multipath entry needs both host and lun");
                continue;
            }
            String id = entry.id();
            SourceRef first = seen.putIfAbsent(id, sourced.locator().locate(location));
            if (first != null) {
                problems.add(location, "duplicate multipath entry '" + id + "' (first defined at " + first + ")");
            }
        }
        sources.add(SubjectType.MULTIPATH, seen);
    }

    /**
     * Resolves references against the ids defined in the document. A reference is named by the
     * pointer of its object, its field and, in a list, its index: the pointer of the reference
     * itself is only written out for an error.
     */
    private record References(Problems problems, Set<String> clusters, Set<String> hosts, Set<String> luns,
                              Set<String> vlans, Set<String> portGroups, Set<String> managers) {
        /** A manager reference: free text where the document has no managers. */
        void manager(String at, String field, String id) {
            if (managers != null) {
                check(at, field, -1, id, managers, "manager");
            }
        }

        void portGroup(String at, String field, String id) {
            check(at, field, -1, id, portGroups, "port group");
        }

        void cluster(String at, String field, String id) {
            check(at, field, -1, id, clusters, "cluster");
        }

        void host(String at, String field, String id) {
            check(at, field, -1, id, hosts, "host");
        }

        void lun(String at, String field, String id) {
            check(at, field, -1, id, luns, "lun");
        }

        void hosts(String at, String field, List<String> ids) {
            for (int i = 0; i < ids.size(); i++) {
                check(at, field, i, ids.get(i), hosts, "host");
            }
        }

        void portGroups(String at, String field, List<String> ids) {
            for (int i = 0; i < ids.size(); i++) {
                check(at, field, i, ids.get(i), portGroups, "port group");
            }
        }

        void luns(String at, String field, List<String> ids) {
            for (int i = 0; i < ids.size(); i++) {
                check(at, field, i, ids.get(i), luns, "lun");
            }
        }

        void vlans(String at, String field, List<Integer> ids) {
            for (int i = 0; i < ids.size(); i++) {
                vlan(at, field, i, ids.get(i));
            }
        }

        void vlan(String at, String field, int index, Integer id) {
            if (id == null) {
                problems.add(location(at, field, index), "a VLAN reference is empty");
            } else if (id < 0 || id > 4095) {
                problems.add(location(at, field, index), "VLAN " + id + " is out of range 0-4095");
            } else {
                check(at, field, index, String.valueOf(id), vlans, "vlan");
            }
        }

        private void check(String at, String field, int index, String id, Set<String> known, String kind) {
            if (id != null && !known.contains(id)) {
                problems.add(location(at, field, index), "unknown " + kind + " '" + id + "' (no " + kind + " has this id)");
            }
        }

        /** The pointer of the field of the object at {@code at}, or of its item {@code index} (not negative). */
        private static String location(String at, String field, int index) {
            return index < 0 ? at + field : at + field + "/" + index;
        }
    }

    private static void checkCluster(Cluster c, String at, Problems p) {
        if (c == null || c.ha() == null) {
            return;
        }
        p.range(at + "/ha", Cluster.Ha.class, "failoverHosts", c.ha().failoverHosts());
        p.range(at + "/ha", Cluster.Ha.class, "cpuPercent", c.ha().cpuPercent());
        p.range(at + "/ha", Cluster.Ha.class, "memoryPercent", c.ha().memoryPercent());
    }

    /** An ESXi build number as vSphere reports it ({@code 24674464}); rules compare builds as numbers. */
    private static final java.util.regex.Pattern ESXI_BUILD = java.util.regex.Pattern.compile("\\s*\\d{1,18}\\s*");

    private static void checkHost(Host h, String at, Problems p, References refs) {
        if (h == null) {
            return;
        }
        refs.cluster(at, "/cluster", h.cluster());
        refs.manager(at, "/managedBy", h.managedBy());
        if (h.connected() != null && h.connectionState() != null
                && h.connected() != (h.connectionState() == HostConnectionState.CONNECTED)) {
            p.add(at + "/connectionState", "connectionState " + h.connectionState().wireName()
                    + " disagrees with connected: " + h.connected());
        }
        p.time(at, "certificateExpires", h.certificateExpires());
        blankItems(h.syslogTargets(), at + "/syslogTargets", p);
        if (h.hypervisor() == null || h.hypervisor().product() == null) {
            p.add(at + "/hypervisor/product", "hypervisor.product is required");
        }
        if (h.hypervisor() != null && h.hypervisor().product() == io.virtaudit.model.Product.ESXI
                && h.hypervisor().build() != null && !ESXI_BUILD.matcher(h.hypervisor().build()).matches()) {
            p.add(at + "/hypervisor/build", "the build of an esxi host is its build number, digits only: '"
                    + h.hypervisor().build() + "'");
        }
        if (h.cpu() != null) {
            p.range(at + "/cpu", Host.Cpu.class, "sockets", h.cpu().sockets());
            p.range(at + "/cpu", Host.Cpu.class, "coresPerSocket", h.cpu().coresPerSocket());
        }
        p.range(at, Host.class, "memoryGb", h.memoryGb());
        p.range(at, Host.class, "nics", h.nics());
        p.range(at, Host.class, "hbas", h.hbas());
        p.range(at, Host.class, "powerSupplies", h.powerSupplies());
        if (h.maintenance() != null) {
            p.time(at + "/maintenance", "since", h.maintenance().since());
        }
        blankItems(h.ntpServers(), at + "/ntpServers", p);
        List<Host.HostNetwork> networks = h.networks() == null ? List.of() : h.networks();
        for (int i = 0; i < networks.size(); i++) {
            Host.HostNetwork n = networks.get(i);
            String where = at + "/networks/" + i;
            if (n == null) {
                p.add(where, "a host network is empty");
                continue;
            }
            refs.vlan(where, "/vlan", -1, n.vlan());
            refs.portGroup(where, "/portGroup", n.portGroup());
            p.range(where, Host.HostNetwork.class, "mtu", n.mtu());
        }
    }

    private static void checkVm(Vm v, String at, Problems p, References refs) {
        if (v == null) {
            return;
        }
        if (v.host() == null) {
            p.add(at + "/host", "host is required");
        }
        refs.host(at, "/host", v.host());
        p.range(at, Vm.class, "vcpus", v.vcpus());
        p.range(at, Vm.class, "memoryGb", v.memoryGb());
        p.time(at, "poweredOffSince", v.poweredOffSince());
        p.time(at, "createdAt", v.createdAt());
        if (v.backup() != null && v.backup().lastSuccess() != null) {
            p.time(at + "/backup", "lastSuccess", v.backup().lastSuccess().at());
        }
        refs.luns(at, "/datastores", v.datastores() == null ? List.of() : v.datastores());
        refs.vlans(at, "/networks", v.networks() == null ? List.of() : v.networks());
        blankItems(v.portGroups(), at + "/portGroups", p);
        refs.portGroups(at, "/portGroups", v.portGroups() == null ? List.of() : v.portGroups());
        checkVmResources(v, at, p);
        checkDevices(v.devices(), at + "/devices", p);
        checkDisks(v.disks(), at + "/disks", p, refs);
        checkPartitions(v.partitions(), at + "/partitions", p);
        if (v.snapshots() != null) {
            for (int i = 0; i < v.snapshots().size(); i++) {
                if (v.snapshots().get(i) == null) {
                    p.add(at + "/snapshots/" + i, "a snapshot entry is empty");
                } else {
                    p.time(at + "/snapshots/" + i, "createdAt", v.snapshots().get(i).createdAt());
                }
            }
        }
    }

    private static void checkVmResources(Vm v, String at, Problems p) {
        p.range(at, Vm.class, "hardwareVersion", v.hardwareVersion() == null ? null : v.hardwareVersion().number());
        p.range(at, Vm.class, "cpuLimitMhz", v.cpuLimitMhz() == null ? null : v.cpuLimitMhz().value());
        p.range(at, Vm.class, "cpuReservationMhz", v.cpuReservationMhz());
        p.range(at, Vm.class, "memoryLimitGb", v.memoryLimitGb() == null ? null : v.memoryLimitGb().value());
        p.range(at, Vm.class, "memoryReservationGb", v.memoryReservationGb());
    }

    private static void checkDevices(List<Vm.Device> devices, String at, Problems p) {
        for (int i = 0; devices != null && i < devices.size(); i++) {
            Vm.Device d = devices.get(i);
            if (d == null) {
                p.add(at + "/" + i, "a device entry is empty");
            } else if (d.type() == null) {
                p.add(at + "/" + i + "/type", "type is required");
            }
        }
    }

    private static void checkDisks(List<Vm.Disk> disks, String at, Problems p, References refs) {
        for (int i = 0; disks != null && i < disks.size(); i++) {
            Vm.Disk d = disks.get(i);
            String where = at + "/" + i;
            if (d == null) {
                p.add(where, "a disk entry is empty");
                continue;
            }
            p.range(where, Vm.Disk.class, "capacityGb", d.capacityGb());
            refs.lun(where, "/datastore", d.datastore());
        }
    }

    private static void checkPartitions(List<Vm.Partition> partitions, String at, Problems p) {
        for (int i = 0; partitions != null && i < partitions.size(); i++) {
            Vm.Partition part = partitions.get(i);
            String where = at + "/" + i;
            if (part == null) {
                p.add(where, "a partition entry is empty");
                continue;
            }
            if (part.path() == null || part.path().isBlank()) {
                p.add(where + "/path", "path is required");
            }
            p.range(where, Vm.Partition.class, "capacityGb", part.capacityGb());
            p.range(where, Vm.Partition.class, "freeGb", part.freeGb());
            if (part.capacityGb() != null && part.freeGb() != null && part.freeGb() > part.capacityGb()) {
                p.add(where + "/freeGb", "freeGb " + part.freeGb() + " exceeds capacityGb " + part.capacityGb());
            }
        }
    }

    private static void checkLun(Lun l, String at, Problems p, References refs) {
        if (l == null) {
            return;
        }
        p.range(at, Lun.class, "capacityGb", l.capacityGb());
        p.range(at, Lun.class, "freeGb", l.freeGb());
        p.range(at, Lun.class, "provisionedGb", l.provisionedGb());
        if (l.capacityGb() != null && l.freeGb() != null && l.freeGb() > l.capacityGb()) {
            p.add(at + "/freeGb", "freeGb " + l.freeGb() + " exceeds capacityGb " + l.capacityGb());
        }
        refs.hosts(at, "/hosts", l.hosts() == null ? List.of() : l.hosts());
    }

    private static void checkMultipath(MultipathConfig m, String at, Problems p, References refs) {
        if (m == null) {
            return;
        }
        refs.host(at, "/host", m.host());
        refs.lun(at, "/lun", m.lun());
        p.range(at, MultipathConfig.class, "rrIops", m.rrIops());
        if (m.paths() != null) {
            for (int i = 0; i < m.paths().size(); i++) {
                if (m.paths().get(i) == null) {
                    p.add(at + "/paths/" + i, "a path entry is empty");
                }
            }
        }
    }

    private static void checkVlan(Vlan v, String at, Problems p, References refs) {
        if (v == null) {
            return;
        }
        if (v.id() != null) {
            p.range(at, Vlan.class, "id", v.id());
        }
        p.range(at, Vlan.class, "mtu", v.mtu());
        refs.hosts(at, "/hosts", v.hosts() == null ? List.of() : v.hosts());
    }

    private static void checkPortGroup(PortGroup g, String at, Problems p, References refs) {
        if (g == null) {
            return;
        }
        if (g.vlan() != null) {
            refs.vlan(at, "/vlan", -1, g.vlan());
        }
        if (g.vlanTrunk() != null) {
            if (g.vlan() != null) {
                p.add(at + "/vlanTrunk", "a port group has either vlan or vlanTrunk, not both (vlan is " + g.vlan() + ")");
            }
            for (int i = 0; i < g.vlanTrunk().size(); i++) {
                VlanRange range = g.vlanTrunk().get(i);
                if (range == null) {
                    p.add(at + "/vlanTrunk/" + i, "a VLAN range is empty");
                } else if (range.first() < 0 || range.last() > 4094 || range.first() > range.last()) {
                    p.add(at + "/vlanTrunk/" + i, "VLAN range " + range + " is not within 0-4094 in ascending order");
                }
            }
        }
        refs.hosts(at, "/hosts", g.hosts() == null ? List.of() : g.hosts());
    }

    private static void blankItems(List<String> items, String at, Problems p) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null || items.get(i).isBlank()) {
                p.add(at + "/" + i, "an entry is empty");
            }
        }
    }

    /** The hosts of VMs whose connection state is disconnected: a VM is disconnected when its host is. */
    private static Set<String> hostsOfDisconnectedVms(List<Vm> vms) {
        Set<String> hosts = new HashSet<>();
        for (Vm v : vms) {
            if (v.connectionState() == ConnectionState.DISCONNECTED && v.host() != null) {
                hosts.add(v.host());
            }
        }
        return hosts;
    }

    /**
     * Fills what a host implies: the virtualization of its product, the vendor of its CPU model, and
     * {@code connected} where it has no value: from its connectionState, else false when one of its
     * VMs is disconnected.
     */
    private static Host deriveHost(Host h, Set<String> disconnected) {
        Host.Hypervisor hv = h.hypervisor();
        if (hv.virtualization() == null && hv.product().impliedVirtualization() != null) {
            hv = new Host.Hypervisor(hv.product(), hv.version(), hv.build(), hv.product().impliedVirtualization());
        }
        Host.Cpu cpu = h.cpu();
        if (cpu != null && cpu.vendor() == null && cpu.model() != null) {
            cpu = new Host.Cpu(cpu.model(), Derivations.cpuVendor(cpu.model()), cpu.sockets(),
                    cpu.coresPerSocket(), cpu.vmExtensions());
        }
        Boolean connected = h.connected() != null ? h.connected()
                : h.connectionState() != null ? Boolean.valueOf(h.connectionState() == HostConnectionState.CONNECTED)
                : disconnected.contains(h.id()) ? Boolean.FALSE : null;
        return new Host(h.id(), h.name(), h.cluster(), h.managedBy(), hv, h.os(), cpu, h.memoryGb(), h.nics(),
                h.hbas(), h.powerSupplies(), h.ntpServers(), h.maintenance(), connected, h.networks(),
                h.connectionState(), h.ntpRunning(), h.services(), h.lockdownMode(), h.syslogTargets(),
                h.certificateExpires(), h.labels());
    }

    /**
     * Fills what a VM implies: its guest family from its guest OS, its datastores from its disks and
     * its networks from its port groups' VLANs, each only where the VM leaves it unknown.
     */
    private static Vm deriveVm(Vm v, Map<String, PortGroup> portGroups) {
        boolean family = v.guestFamily() == null && v.guestOs() != null;
        boolean datastores = v.datastores() == null && v.disks() != null;
        boolean networks = v.networks() == null && v.portGroups() != null;
        if (!family && !datastores && !networks) {
            return v;
        }
        return new Vm(v.id(), v.name(), v.host(), v.guestOs(),
                family ? Derivations.guestFamily(v.guestOs()) : v.guestFamily(), v.vcpus(),
                v.memoryGb(), v.powerState(), v.poweredOffSince(), v.template(), v.environment(), v.criticality(),
                v.timingSensitive(), v.tools(), v.snapshots(),
                datastores ? Derivations.datastores(v.disks()) : v.datastores(),
                networks ? Derivations.networks(v.portGroups(), portGroups) : v.networks(), v.backup(), v.owner(),
                v.createdAt(), v.labels(), v.agent(), v.connectionState(), v.customAttributes(), v.hardwareVersion(),
                v.consolidationNeeded(), v.latencySensitivity(), v.cpuLimitMhz(), v.cpuReservationMhz(),
                v.memoryLimitGb(), v.memoryReservationGb(), v.devices(), v.disks(), v.partitions(), v.portGroups());
    }

    private static List<Lun> deriveLunHosts(List<Lun> luns, List<MultipathConfig> multipath, List<Vm> vms) {
        if (luns.stream().allMatch(l -> l.hosts() != null)) {
            return List.copyOf(luns);
        }
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        for (MultipathConfig m : multipath) {
            seen.computeIfAbsent(m.lun(), k -> new TreeSet<>()).add(m.host());
        }
        for (Vm v : vms) {
            if (v.datastores() != null) {
                v.datastores().forEach(d -> seen.computeIfAbsent(d, k -> new TreeSet<>()).add(v.host()));
            }
        }
        List<Lun> out = new ArrayList<>(luns.size());
        for (Lun l : luns) {
            out.add(l.hosts() != null ? l : new Lun(l.id(), l.name(), l.protocol(), l.array(), l.capacityGb(),
                    l.freeGb(), l.provisionedGb(), l.nfsExport(), List.copyOf(seen.getOrDefault(l.id(), Set.of())), l.labels()));
        }
        return List.copyOf(out);
    }

    private static List<Vlan> deriveVlanHosts(List<Vlan> vlans, List<Host> hosts, List<Vm> vms) {
        if (vlans.stream().allMatch(v -> v.hosts() != null)) {
            return List.copyOf(vlans);
        }
        Map<Integer, Set<String>> seen = new HashMap<>();
        for (Host h : hosts) {
            if (h.networks() != null) {
                h.networks().forEach(n -> seen.computeIfAbsent(n.vlan(), k -> new TreeSet<>()).add(h.id()));
            }
        }
        for (Vm v : vms) {
            if (v.networks() != null) {
                v.networks().forEach(n -> seen.computeIfAbsent(n, k -> new TreeSet<>()).add(v.host()));
            }
        }
        List<Vlan> out = new ArrayList<>(vlans.size());
        for (Vlan v : vlans) {
            out.add(v.hosts() != null ? v : new Vlan(v.id(), v.name(), v.purposes(), v.mtu(),
                    List.copyOf(seen.getOrDefault(v.id(), Set.of())), v.labels()));
        }
        return List.copyOf(out);
    }
}
