package io.virtaudit.report.xlsx;

import io.virtaudit.model.BackupTime;
import io.virtaudit.ooxml.SharedStrings;
import io.virtaudit.model.Cluster;
import io.virtaudit.model.DiskMode;
import io.virtaudit.model.EstateObject;
import io.virtaudit.model.Host;
import io.virtaudit.model.Limit;
import io.virtaudit.model.Lun;
import io.virtaudit.model.Manager;
import io.virtaudit.model.MultipathConfig;
import io.virtaudit.model.PathState;
import io.virtaudit.model.PortGroup;
import io.virtaudit.model.RawMapping;
import io.virtaudit.model.SubjectType;
import io.virtaudit.model.Vlan;
import io.virtaudit.model.Vm;
import io.virtaudit.rules.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What an inventory sheet says of each object, apart from its finding counts: the identifying
 * columns, {@link #COUNTS} empty cells where {@link InventorySheets} puts the counts, then the
 * details.
 */
final class InventoryRows {

    /** The finding-count columns: worst severity, total, one per severity, waived. */
    static final int COUNTS = WorkbookLayout.FINDING_COUNTS.size();

    /** One inventory list: its sheet, the type of its subjects, its objects and each object's cells. */
    record Inventory(String sheet, SubjectType type, List<? extends EstateObject> objects,
            Function<EstateObject, Object[]> cells) {

        /** The first column of the finding counts. */
        int countsFrom() {
            return WorkbookLayout.findingCountsColumn(sheet);
        }
    }

    private final EstateIndex estate;
    /**
     * Each backup time as the VMs sheet spells it: an estate has few distinct ones (the importer
     * makes each once), so each is formatted once rather than once per VM.
     */
    private final Map<BackupTime, String> backupTexts = new HashMap<>();
    /** Hosts and VMs per cluster, counted once for all clusters (not one scan of the hosts per cluster). */
    private Map<String, int[]> clusterCounts;

    InventoryRows(EstateIndex estate) {
        this.estate = estate;
    }

    /**
     * The inventory lists, in the order their sheets are laid out: the six every report has, then
     * port groups and managers when the estate lists any (their sheets are left out otherwise).
     */
    List<Inventory> lists() {
        var e = estate.estate();
        List<Inventory> lists = new ArrayList<>(List.of(
                new Inventory(WorkbookLayout.HOSTS, SubjectType.HOST, e == null ? List.of() : e.hosts(),
                        o -> host((Host) o)),
                new Inventory(WorkbookLayout.DATASTORES, SubjectType.LUN, e == null ? List.of() : e.luns(),
                        o -> lun((Lun) o)),
                new Inventory(WorkbookLayout.VLANS, SubjectType.VLAN, e == null ? List.of() : e.vlans(),
                        o -> vlan((Vlan) o)),
                new Inventory(WorkbookLayout.CLUSTERS, SubjectType.CLUSTER, e == null ? List.of() : e.clusters(),
                        o -> cluster((Cluster) o)),
                new Inventory(WorkbookLayout.VMS, SubjectType.VM, e == null ? List.of() : e.vms(), o -> vm((Vm) o)),
                new Inventory(WorkbookLayout.MULTIPATH, SubjectType.MULTIPATH, e == null ? List.of() : e.multipath(),
                        o -> multipath((MultipathConfig) o))));
        if (e != null && !e.portGroups().isEmpty()) {
            lists.add(new Inventory(WorkbookLayout.PORT_GROUPS, SubjectType.PORT_GROUP, e.portGroups(),
                    o -> portGroup((PortGroup) o)));
        }
        if (e != null && !e.managers().isEmpty()) {
            lists.add(new Inventory(WorkbookLayout.MANAGERS, SubjectType.MANAGER, e.managers(),
                    o -> manager((Manager) o)));
        }
        return List.copyOf(lists);
    }

    /**
     * Adds to {@code table} the words the lists' repeated columns hold ({@link Column#repeated}),
     * each as its cell holds it, in an order the estate alone fixes: severities (of the finding
     * counts' worst), yes and no, cluster names, host, LUN and
     * VLAN ids, then what the hosts, VMs, LUNs and multipath entries say, object by object. A word
     * missed here is spelt out in its cell.
     */
    void words(SharedStrings table) {
        var e = estate.estate();
        if (e == null) {
            return;
        }
        for (Severity severity : Severity.values()) {
            table.add(CellValues.content(severity));
        }
        table.add(CellValues.text(true));
        table.add(CellValues.text(false));
        e.clusters().forEach(c -> table.add(estate.clusterName(c.id())));
        for (Host h : e.hosts()) {
            table.add(h.id());
            table.add(estate.clusterName(h.cluster()));
        }
        e.luns().forEach(l -> table.add(l.id()));
        e.vlans().forEach(v -> table.add(v.id() == null ? null : v.id().toString()));
        for (Host h : e.hosts()) {
            add(table, h.product());
            add(table, h.hypervisor() == null ? null : h.hypervisor().version());
            add(table, h.virtualization());
            add(table, h.cpu() == null ? null : h.cpu().model());
            add(table, h.managedBy());
        }
        for (Vm v : e.vms()) {
            add(table, v.powerState());
            add(table, v.guestOs());
            add(table, v.environment());
            add(table, v.criticality());
            add(table, v.tools());
            add(table, v.backupPolicy());
            if (v.backup() != null && v.backup().lastSuccess() != null) {
                add(table, backupTexts.computeIfAbsent(v.backup().lastSuccess(), BackupTime::toString));
            }
            add(table, v.owner());
        }
        for (Lun l : e.luns()) {
            add(table, l.protocol());
            add(table, l.arrayVendor());
            add(table, l.array() == null ? null : l.array().model());
            add(table, l.arrayMode());
        }
        for (MultipathConfig m : e.multipath()) {
            add(table, m.paths() == null ? null : fabrics(m.paths()));
            add(table, m.policy());
            add(table, m.satp());
        }
        // only where the estate lists them, so that an estate without keeps the table it had
        for (PortGroup g : e.portGroups()) {
            add(table, g.switchName());
            add(table, g.switchType());
            add(table, g.purposes());
            add(table, g.binding());
        }
        for (Manager m : e.managers()) {
            add(table, m.product());
            add(table, m.version());
        }
    }

    /** Adds a value's word, as its cell holds it (one value at a time: this runs for every object). */
    private static void add(SharedStrings table, Object value) {
        table.add(CellValues.content(value));
    }

    private Object[] host(Host h) {
        return row(Arrays.asList(h.id(), h.name(), estate.clusterName(h.cluster())), h.product(),
                h.hypervisor() == null ? null : h.hypervisor().version(), h.virtualization(),
                h.cpu() == null ? null : h.cpu().model(), h.cpu() == null ? null : h.cpu().sockets(),
                h.cpu() == null ? null : h.cpu().coresPerSocket(), h.memoryGb(), h.nics(), h.hbas(),
                h.powerSupplies(), h.ntpServers(), h.connected(),
                h.maintenance() == null ? null : h.maintenance().since() == null ? "yes" : h.maintenance().since(),
                estate.vmsOnHost(h.id()), h.managedBy(), h.hypervisor() == null ? null : h.hypervisor().build(),
                h.connectionState(), h.ntpRunning(), running(h, true), running(h, false), h.lockdownMode(),
                h.syslogTargets(), h.certificateExpires(), source(h));
    }

    /** Whether the host's SSH (or ESXi Shell) service runs, or null when unknown. */
    private static Boolean running(Host h, boolean ssh) {
        Host.Service service = h.services() == null ? null : ssh ? h.services().ssh() : h.services().shell();
        return service == null ? null : service.running();
    }

    private Object[] vm(Vm v) {
        String cluster = estate.clusterName(estate.clusterIdOfHost(v.host()));
        return row(Arrays.asList(v.id(), v.name(), v.host(), cluster), v.powerState(), v.template(), v.guestOs(),
                v.vcpus(), v.memoryGb(), v.environment(), v.criticality(), v.timingSensitive(), v.tools(),
                v.snapshots() == null ? null : v.snapshots().size(), v.datastores(), v.networks(), v.backupPolicy(),
                v.backup() == null || v.backup().lastSuccess() == null ? null
                        : backupTexts.computeIfAbsent(v.backup().lastSuccess(), BackupTime::toString),
                v.owner(), v.hardwareVersion() == null ? null : v.hardwareVersion().number(), v.connectionState(), v.consolidationNeeded(), v.latencySensitivity(),
                limit(v.cpuLimitMhz()), v.cpuReservationMhz(), limit(v.memoryLimitGb()), v.memoryReservationGb(),
                v.devices() == null ? null : v.devices().stream().filter(d -> Boolean.TRUE.equals(d.connected())).count(),
                v.disks() == null ? null : (long) v.disks().size(),
                v.disks() == null ? null : v.disks().stream().filter(d -> d.mode() == DiskMode.INDEPENDENT_PERSISTENT
                        || d.mode() == DiskMode.INDEPENDENT_NONPERSISTENT).count(),
                v.disks() == null ? null : v.disks().stream().filter(d -> d.raw() != null && d.raw() != RawMapping.NONE).count(),
                lowestFree(v.partitions()), v.portGroups(), v.agent(), attributes(v.customAttributes()), source(v));
    }

    /** Custom attributes as {@code key=value; …} in key order, or null when unknown. */
    private static String attributes(java.util.Map<String, String> attributes) {
        if (attributes == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        new java.util.TreeMap<>(attributes).forEach((k, v) -> text.append(text.length() == 0 ? "" : "; ").append(k).append('=').append(v));
        return text.toString();
    }

    /** A limit as a number, {@code none} when explicitly unlimited, or null when unknown. */
    private static Object limit(Limit limit) {
        return limit == null ? null : limit.none() ? Limit.NONE_WORD : limit.value();
    }

    /** The smallest free share among the partitions whose size and free space are known, or null. */
    private static Double lowestFree(List<Vm.Partition> partitions) {
        Double lowest = null;
        for (Vm.Partition p : partitions == null ? List.<Vm.Partition>of() : partitions) {
            if (p.capacityGb() != null && p.freeGb() != null && p.capacityGb() > 0) {
                double free = p.freeGb() / p.capacityGb();
                lowest = lowest == null ? free : Math.min(lowest, free);
            }
        }
        return lowest;
    }

    private Object[] lun(Lun l) {
        return row(Arrays.asList(l.id(), l.name()), l.protocol(), l.arrayVendor(),
                l.array() == null ? null : l.array().model(), l.arrayMode(), l.capacityGb(), l.freeGb(),
                l.usedFraction(), l.nfsExport(), l.hosts(), List.copyOf(estate.clustersOfHosts(l.hosts())), source(l));
    }

    private Object[] multipath(MultipathConfig m) {
        return row(Arrays.asList(m.host(), m.lun(), estate.clusterName(estate.clusterIdOfHost(m.host()))),
                m.pathCount(), m.paths() == null ? null : m.pathsIn(PathState.ACTIVE),
                m.paths() == null ? null : m.deadPaths(), m.paths() == null ? null : fabrics(m.paths()), m.policy(),
                m.satp(), m.alua(), m.rrIops(), source(m));
    }

    /**
     * The fabrics of the paths, sorted, each once: "A, B". An array rather than a sorted set: this
     * runs twice for every multipath row, and a set's nodes are garbage for every one of them.
     */
    static String fabrics(List<MultipathConfig.Path> paths) {
        String[] fabrics = new String[paths.size()];
        int count = 0;
        for (int i = 0; i < paths.size(); i++) {
            String fabric = paths.get(i).fabric();
            if (fabric != null && !among(fabrics, count, fabric)) {
                fabrics[count++] = fabric;
            }
        }
        Arrays.sort(fabrics, 0, count);
        if (count == 1) {
            return fabrics[0];
        }
        StringBuilder joined = new StringBuilder(count * 4);
        for (int i = 0; i < count; i++) {
            joined.append(i == 0 ? "" : ", ").append(fabrics[i]);
        }
        return joined.toString();
    }

    private static boolean among(String[] items, int count, String item) {
        for (int i = 0; i < count; i++) {
            if (items[i].equals(item)) {
                return true;
            }
        }
        return false;
    }

    /** A port group's facts; {@code uplink} absent is false, as the estate format defaults it. */
    private Object[] portGroup(PortGroup g) {
        PortGroup.Security security = g.security();
        return row(Arrays.asList(g.id(), g.name()), g.switchName(), g.switchType(), g.vlan(), g.vlanTrunk(),
                Boolean.TRUE.equals(g.uplink()), g.hosts(), g.purposes(),
                security == null ? null : security.allowPromiscuous(),
                security == null ? null : security.allowMacChanges(),
                security == null ? null : security.allowForgedTransmits(), g.binding(),
                estate.vmsOnPortGroup(g.id()), source(g));
    }

    private Object[] manager(Manager m) {
        return row(Arrays.asList(m.id(), m.name()), m.product(), m.version(), m.build(),
                estate.hostsManagedBy(m.id()).size(), Licences.summary(m.licenses()),
                Licences.earliestExpiry(m.licenses()), source(m));
    }

    private Object[] vlan(Vlan v) {
        return row(Arrays.asList(v.id(), v.name()), v.purposes(), v.mtu(), v.hosts(), source(v));
    }

    private Object[] cluster(Cluster c) {
        if (clusterCounts == null) {
            clusterCounts = new HashMap<>();
            for (var h : estate.estate().hosts()) {
                if (h.cluster() != null) {
                    int[] counts = clusterCounts.computeIfAbsent(h.cluster(), k -> new int[2]);
                    counts[0]++;
                    counts[1] += estate.vmsOnHost(h.id());
                }
            }
        }
        int[] counts = clusterCounts.getOrDefault(c.id(), new int[2]);
        Cluster.Ha ha = c.ha();
        return row(Arrays.asList(c.id(), c.name()), (long) counts[0], counts[1], ha == null ? null : ha.enabled(),
                ha == null ? null : ha.admissionControl(), ha == null ? null : ha.failoverHosts(),
                ha == null ? null : ha.cpuPercent(), ha == null ? null : ha.memoryPercent(), c.drs(), c.evcMode(),
                source(c));
    }

    /** The cells of a row: the identifying columns, the (empty) counts, the details, each as its cell holds it. */
    private static Object[] row(List<?> identity, Object... details) {
        Object[] cells = new Object[identity.size() + COUNTS + details.length];
        for (int i = 0; i < identity.size(); i++) {
            cells[i] = CellValues.content(identity.get(i));
        }
        int first = identity.size() + COUNTS;
        for (int i = 0; i < details.length; i++) {
            cells[first + i] = CellValues.content(details[i]);
        }
        return cells;
    }

    private String source(EstateObject object) {
        var source = estate.sourceOf(object);
        return source == null ? null : source.toString();
    }
}
