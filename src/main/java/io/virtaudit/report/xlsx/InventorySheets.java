package io.virtaudit.report.xlsx;

import io.virtaudit.model.Cluster;
import io.virtaudit.model.EstateObject;
import io.virtaudit.model.Host;
import io.virtaudit.model.Lun;
import io.virtaudit.model.MultipathConfig;
import io.virtaudit.model.PathState;
import io.virtaudit.model.SubjectType;
import io.virtaudit.model.Vlan;
import io.virtaudit.model.Vm;
import io.virtaudit.rules.Severity;
import io.virtaudit.report.Uninterruptibles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * The estate's objects, one sheet per collection, each object with the findings about it, so a
 * reader can go from a finding to its subject and see which objects carry the most risk. The VMs
 * and the multipath entries, the largest lists, are written on a thread of their own beside the
 * other lists.
 */
final class InventorySheets implements AutoCloseable {

    private final EstateIndex estate;
    private final Exposure exposure;
    /** Each collection's objects by id, to their place in its list. */
    private final Map<SubjectType, Map<String, Integer>> ordinals = new EnumMap<>(SubjectType.class);
    private final Map<SubjectType, ListSheet> lists = new EnumMap<>(SubjectType.class);
    /** The VMs' and multipath entries' rows, written beside the other lists. */
    private FutureTask<Void> beside;

    InventorySheets(EstateIndex estate, Exposure exposure) {
        this.estate = estate;
        this.exposure = exposure;
    }

    /** The row of a subject on its inventory sheet, as a hyperlink location, or null. */
    String locationOf(SubjectType type, String id) {
        Integer ordinal = ordinals.getOrDefault(type, Map.of()).get(id);
        return ordinal == null ? null : lists.get(type).positionOf(ordinal).location();
    }

    /**
     * Lays out the six inventory sheets, starts the VMs' and multipath entries' rows on a thread
     * of their own (about half the cells, and the findings are left for this thread) and writes
     * the other lists; {@link #finish} waits for them.
     */
    void write(Sheets sheets) {
        var e = estate.estate();
        List<Host> hostList = e == null ? List.of() : e.hosts();
        List<Vm> vms = e == null ? List.of() : e.vms();
        List<Lun> lunList = e == null ? List.of() : e.luns();
        List<MultipathConfig> entries = e == null ? List.of() : e.multipath();
        List<Vlan> vlanList = e == null ? List.of() : e.vlans();
        List<Cluster> clusterList = e == null ? List.of() : e.clusters();
        ListSheet hosts = layOut(sheets, WorkbookLayout.HOSTS, SubjectType.HOST, hostList);
        ListSheet vmSheet = layOut(sheets, WorkbookLayout.VMS, SubjectType.VM, vms);
        ListSheet luns = layOut(sheets, WorkbookLayout.DATASTORES, SubjectType.LUN, lunList);
        ListSheet multipath = layOut(sheets, WorkbookLayout.MULTIPATH, SubjectType.MULTIPATH, entries);
        ListSheet vlans = layOut(sheets, WorkbookLayout.VLANS, SubjectType.VLAN, vlanList);
        ListSheet clusters = layOut(sheets, WorkbookLayout.CLUSTERS, SubjectType.CLUSTER, clusterList);
        beside = new FutureTask<>(() -> {
            rows(vmSheet, vms, this::vm);
            rows(multipath, entries, this::multipath);
            return null;
        });
        Thread thread = new Thread(beside, "virtaudit-inventory-rows");
        thread.setDaemon(true);
        thread.start();
        rows(hosts, hostList, this::host);
        rows(luns, lunList, this::lun);
        rows(vlans, vlanList, this::vlan);
        rows(clusters, clusterList, this::cluster);
        for (ListSheet list : List.of(hosts, luns, vlans, clusters)) {
            list.finish();
        }
    }

    /** Waits for the rows written beside and finishes their sheets. */
    void finish() {
        Uninterruptibles.get(beside);
        lists.get(SubjectType.VM).finish();
        lists.get(SubjectType.MULTIPATH).finish();
    }

    /** Stops the rows written beside when the workbook is abandoned half-way. */
    @Override
    public void close() {
        if (beside != null) {
            beside.cancel(true);
        }
    }

    private <T extends EstateObject> ListSheet layOut(Sheets sheets, String name, SubjectType type, List<T> objects) {
        Map<String, Integer> byId = new HashMap<>(objects.size() * 4 / 3 + 1);
        for (int i = 0; i < objects.size(); i++) {
            byId.putIfAbsent(objects.get(i).subjectId(), i);
        }
        ordinals.put(type, byId);
        ListSheet list = sheets.list(name, objects.size());
        lists.put(type, list);
        return list;
    }

    private static <T> void rows(ListSheet sheet, List<T> objects, Function<T, List<Object>> row) {
        for (T object : objects) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("the workbook was abandoned");
            }
            sheet.append(row.apply(object));
        }
    }

    private List<Object> host(Host h) {
        List<Object> row = identity(h, h.id(), h.name(), estate.clusterName(h.cluster()));
        row.addAll(Arrays.asList(h.product(), h.hypervisor() == null ? null : h.hypervisor().version(),
                h.virtualization(), h.cpu() == null ? null : h.cpu().model(),
                h.cpu() == null ? null : h.cpu().sockets(), h.cpu() == null ? null : h.cpu().coresPerSocket(),
                h.memoryGb(), h.nics(), h.hbas(), h.powerSupplies(), h.ntpServers(), h.connected(),
                h.maintenance() == null ? null : h.maintenance().since() == null ? "yes" : h.maintenance().since(),
                estate.vmsOnHost(h.id()), h.managedBy(), source(h)));
        return row;
    }

    private List<Object> vm(Vm v) {
        String cluster = estate.clusterName(estate.clusterIdOfHost(v.host()));
        List<Object> row = identity(v, v.id(), v.name(), v.host(), cluster);
        row.addAll(Arrays.asList(v.powerState(), v.template(), v.guestOs(), v.vcpus(), v.memoryGb(),
                v.environment(), v.criticality(), v.timingSensitive(), v.tools(),
                v.snapshots() == null ? null : v.snapshots().size(), v.datastores(), v.networks(), v.backupPolicy(),
                v.backup() == null || v.backup().lastSuccess() == null ? null : v.backup().lastSuccess().toString(),
                v.owner(), source(v)));
        return row;
    }

    private List<Object> lun(Lun l) {
        List<Object> row = identity(l, l.id(), l.name());
        row.addAll(Arrays.asList(l.protocol(), l.arrayVendor(), l.array() == null ? null : l.array().model(),
                l.arrayMode(), l.capacityGb(), l.freeGb(), l.usedFraction(), l.nfsExport(), l.hosts(),
                List.copyOf(estate.clustersOfHosts(l.hosts())), source(l)));
        return row;
    }

    private List<Object> multipath(MultipathConfig m) {
        List<Object> row = identity(m, m.host(), m.lun(), estate.clusterName(estate.clusterIdOfHost(m.host())));
        String fabrics = m.paths() == null ? null : fabrics(m.paths());
        row.addAll(Arrays.asList(m.pathCount(), m.paths() == null ? null : m.pathsIn(PathState.ACTIVE),
                m.paths() == null ? null : m.deadPaths(), fabrics, m.policy(), m.satp(), m.alua(), m.rrIops(),
                source(m)));
        return row;
    }

    /** The fabrics of the paths, sorted, each once: "A, B" (a loop, as this runs for every multipath row). */
    private static String fabrics(List<MultipathConfig.Path> paths) {
        TreeSet<String> fabrics = new TreeSet<>();
        for (MultipathConfig.Path path : paths) {
            if (path.fabric() != null) {
                fabrics.add(path.fabric());
            }
        }
        return String.join(", ", fabrics);
    }

    private List<Object> vlan(Vlan v) {
        List<Object> row = identity(v, v.id(), v.name());
        row.addAll(Arrays.asList(v.purposes(), v.mtu(), v.hosts(), source(v)));
        return row;
    }

    /** Hosts and VMs per cluster, counted once for all clusters (not one scan of the hosts per cluster). */
    private java.util.Map<String, int[]> clusterCounts;

    private List<Object> cluster(Cluster c) {
        List<Object> row = identity(c, c.id(), c.name());
        if (clusterCounts == null) {
            clusterCounts = new java.util.HashMap<>();
            for (var h : estate.estate().hosts()) {
                if (h.cluster() != null) {
                    int[] counts = clusterCounts.computeIfAbsent(h.cluster(), k -> new int[2]);
                    counts[0]++;
                    counts[1] += estate.vmsOnHost(h.id());
                }
            }
        }
        int[] counts = clusterCounts.getOrDefault(c.id(), new int[2]);
        long hosts = counts[0];
        int vms = counts[1];
        Cluster.Ha ha = c.ha();
        row.addAll(Arrays.asList(hosts, vms, ha == null ? null : ha.enabled(),
                ha == null ? null : ha.admissionControl(), ha == null ? null : ha.failoverHosts(),
                ha == null ? null : ha.cpuPercent(), ha == null ? null : ha.memoryPercent(), c.drs(), c.evcMode(),
                source(c)));
        return row;
    }

    /** The object's identifying columns, then its worst severity and its finding counts. */
    private List<Object> identity(EstateObject object, Object... columns) {
        List<Object> row = new ArrayList<>(Arrays.asList(columns));
        Exposure.Tally tally = exposure.of(object.subjectType(), object.subjectId());
        row.add(tally.worst());
        row.add(tally.total);
        for (Severity severity : Severity.values()) {
            row.add(tally.bySeverity[severity.ordinal()]);
        }
        row.add(tally.waived);
        return row;
    }

    private String source(EstateObject object) {
        var source = estate.sourceOf(object);
        return source == null ? null : source.toString();
    }
}
