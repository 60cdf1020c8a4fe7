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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The estate's objects, one sheet per collection, each object with the findings about it, so a
 * reader can go from a finding to its subject and see which objects carry the most risk.
 */
final class InventorySheets {

    private final EstateIndex estate;
    private final Exposure exposure;
    private final Map<String, String> locations = new HashMap<>();

    InventorySheets(EstateIndex estate, Exposure exposure) {
        this.estate = estate;
        this.exposure = exposure;
    }

    /** The row of a subject on its inventory sheet, as a hyperlink location, or null. */
    String locationOf(SubjectType type, String id) {
        return locations.get(type.name() + "/" + id);
    }

    void write(Sheets sheets) {
        var e = estate.estate();
        write(sheets.list(WorkbookLayout.HOSTS), e == null ? List.<Host>of() : e.hosts(), this::host);
        write(sheets.list(WorkbookLayout.VMS), e == null ? List.<Vm>of() : e.vms(), this::vm);
        write(sheets.list(WorkbookLayout.DATASTORES), e == null ? List.<Lun>of() : e.luns(), this::lun);
        write(sheets.list(WorkbookLayout.MULTIPATH), e == null ? List.<MultipathConfig>of() : e.multipath(),
                this::multipath);
        write(sheets.list(WorkbookLayout.VLANS), e == null ? List.<Vlan>of() : e.vlans(), this::vlan);
        write(sheets.list(WorkbookLayout.CLUSTERS), e == null ? List.<Cluster>of() : e.clusters(), this::cluster);
    }

    private <T extends EstateObject> void write(ListSheet sheet, List<T> objects, Function<T, List<Object>> row) {
        for (T object : objects) {
            ListSheet.Position at = sheet.append(row.apply(object));
            locations.put(object.subjectType().name() + "/" + object.subjectId(), at.location());
        }
        sheet.finish();
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
        String fabrics = m.paths() == null ? null : m.paths().stream().map(MultipathConfig.Path::fabric)
                .filter(Objects::nonNull).distinct().sorted().collect(Collectors.joining(", "));
        row.addAll(Arrays.asList(m.pathCount(), m.paths() == null ? null : m.pathsIn(PathState.ACTIVE),
                m.paths() == null ? null : m.deadPaths(), fabrics, m.policy(), m.satp(), m.alua(), m.rrIops(),
                source(m)));
        return row;
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
