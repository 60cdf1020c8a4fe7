package io.virtaudit.importer.rvtools;

import static io.virtaudit.importer.rvtools.Column.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.virtaudit.importer.ValueRange;
import io.virtaudit.importer.rvtools.EstateTree.Entry;
import io.virtaudit.importer.rvtools.Names.Kind;
import io.virtaudit.model.Host;
import java.time.Instant;

/** vCluster and vHost: clusters with their HA and DRS settings, hosts with hardware, version and NTP. */
final class ComputeMapping {

    private final Assembly asm;

    ComputeMapping(Assembly asm) {
        this.asm = asm;
    }

    void map() {
        asm.rows(Tab.VCLUSTER).forEach(this::cluster);
        asm.rows(Tab.VHOST).forEach(this::host);
    }

    private void cluster(Cells c) {
        String name = c.text(NAME);
        if (name == null) {
            return;
        }
        Entry entry = asm.define(asm.clusters, asm.id(Kind.CLUSTER, c, name), name, c, "cluster");
        if (entry == null) {
            return;
        }
        ObjectNode node = entry.node();
        Boolean enabled = c.bool(HA_ENABLED);
        Boolean admission = c.bool(ADMISSION_CONTROL);
        Integer failoverLevel = c.count(FAILOVER_LEVEL);
        if (enabled != null || admission != null) {
            ObjectNode ha = node.putObject("ha");
            if (enabled != null) {
                ha.put("enabled", enabled);
            }
            if (Boolean.FALSE.equals(admission)) {
                ha.put("admissionControl", "disabled");
            } else if (Boolean.TRUE.equals(admission)) {
                ha.put("admissionControl", "hosts");
                if (failoverLevel != null) {
                    ha.put("failoverHosts", failoverLevel);
                }
            }
        }
        Boolean hostMonitoring = hostMonitoring(c);
        if (hostMonitoring != null) {
            (node.has("ha") ? (ObjectNode) node.get("ha") : node.putObject("ha")).put("hostMonitoring", hostMonitoring);
        }
        Boolean drs = c.bool(DRS_ENABLED);
        if (drs != null) {
            node.put("drs", drs);
        }
    }

    private void host(Cells c) {
        String name = c.text(HOST);
        if (name == null) {
            return;
        }
        Entry entry = asm.define(asm.hosts, asm.id(Kind.HOST, c, name), name, c, "host");
        if (entry == null) {
            return;
        }
        ObjectNode node = entry.node();
        String cluster = c.text(CLUSTER);
        if (cluster != null) {
            String clusterId = asm.id(Kind.CLUSTER, c, cluster);
            asm.cluster(clusterId, c.ref());
            node.put("cluster", clusterId);
        }
        String server = c.text(SERVER);
        if (server != null && !asm.unmanaged.contains(server)) {
            asm.manager(server, c.ref());
            node.put("managedBy", server);
        }
        ObjectNode hypervisor = node.putObject("hypervisor").put("product", "esxi");
        String version = Spellings.esxVersion(c.text(ESX_VERSION));
        if (version != null) {
            hypervisor.put("version", version);
        }
        String build = Spellings.esxBuild(c.text(ESX_VERSION));
        if (build != null) {
            hypervisor.put("build", build);
        }
        cpu(c, node);
        putNumber(node, "memoryGb", c.gibFromMib(HOST_MEMORY));
        putInt(node, "nics", c.count(NICS));
        putInt(node, "hbas", c.count(HBAS));
        if (c.has(NTP)) {
            ArrayNode ntp = node.putArray("ntpServers");
            c.list(NTP).forEach(ntp::add);
        }
        Boolean ntpRunning = c.bool(NTPD_RUNNING);
        if (ntpRunning != null) {
            node.put("ntpRunning", ntpRunning);
        }
        Instant certificateExpires = c.time(CERTIFICATE_EXPIRES);
        if (certificateExpires != null) {
            node.put("certificateExpires", certificateExpires.toString());
        }
        if (Boolean.TRUE.equals(c.bool(MAINTENANCE))) {
            node.putObject("maintenance");
        }
        labels(c, node);
    }

    /** vCluster's Host monitoring: {@code enabled} or {@code disabled} (RVTools writes vSphere's words), or a boolean. */
    private static Boolean hostMonitoring(Cells c) {
        String text = c.text(HOST_MONITORING);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "enabled" -> Boolean.TRUE;
            case "disabled" -> Boolean.FALSE;
            default -> c.bool(HOST_MONITORING);
        };
    }

    private static void cpu(Cells c, ObjectNode host) {
        String model = c.text(CPU_MODEL);
        Integer sockets = c.integer(SOCKETS, ValueRange.of(Host.Cpu.class, "sockets"));
        Integer cores = c.integer(CORES_PER_CPU, ValueRange.of(Host.Cpu.class, "coresPerSocket"));
        if (model == null && sockets == null && cores == null) {
            return;
        }
        ObjectNode cpu = host.putObject("cpu");
        if (model != null) {
            cpu.put("model", model.replaceAll("\\s+", " "));
        }
        putInt(cpu, "sockets", sockets);
        putInt(cpu, "coresPerSocket", cores);
    }

    private static void labels(Cells c, ObjectNode host) {
        String vendor = c.text(VENDOR);
        String model = c.text(MODEL);
        if (vendor == null && model == null) {
            return;
        }
        ObjectNode labels = host.putObject("labels");
        if (vendor != null) {
            labels.put("hardwareVendor", vendor);
        }
        if (model != null) {
            labels.put("hardwareModel", model);
        }
    }

    static void putInt(ObjectNode node, String field, Integer value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    static void putNumber(ObjectNode node, String field, Double value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
