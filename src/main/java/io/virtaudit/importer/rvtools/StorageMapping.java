package io.virtaudit.importer.rvtools;

import static io.virtaudit.importer.rvtools.Column.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.virtaudit.importer.rvtools.EstateTree.Entry;
import io.virtaudit.importer.rvtools.Names.Kind;
import io.virtaudit.model.SourceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * vDatastore, vMultiPath and vHBA: datastores as LUNs, and each host's paths to them. A VMFS
 * datastore's protocol is that of the adapters its paths leave from (vmhba2 of
 * {@code vmhba2:C0:T0:L1}, typed in vHBA): fc, iscsi or nvmeof; local when only one host sees it
 * through local adapters. A datastore that spans several disks (extents) gets one multipath entry
 * per host with the paths of all its disks. vMultiPath rows without a datastore (RDMs, unused
 * LUNs) are not read: the estate's LUNs are datastores.
 */
final class StorageMapping {

    private static final List<String> PROTOCOL_PREFERENCE = List.of("fc", "iscsi", "nvmeof");

    /** A datastore's VMFS-ness and host count from vDatastore, for the protocol. */
    private record DatastoreFacts(boolean maybeVmfs, int hostCount) {
    }

    /** One path as seen from one host: the adapter it leaves from. */
    private record PathUse(String host, String name) {
    }

    private final Assembly asm;
    private final Map<String, DatastoreFacts> facts = new HashMap<>();
    private final Map<String, List<PathUse>> paths = new LinkedHashMap<>();
    private final Map<String, Set<String>> seenBy = new HashMap<>();
    private final Map<String, SourceRef> pathRows = new HashMap<>();
    /** The protocol of each adapter, by host and device ({@code vmhba2}). */
    private final Map<String, String> adapterProtocols = new HashMap<>();

    StorageMapping(Assembly asm) {
        this.asm = asm;
    }

    void map() {
        asm.rows(Tab.VDATASTORE).forEach(this::datastore);
        for (Cells c : asm.rows(Tab.VHBA)) {
            String host = c.text(HOST);
            String protocol = Spellings.adapterProtocol(c.text(TYPE), c.text(DRIVER), c.text(MODEL));
            if (host != null && c.text(DEVICE) != null && protocol != null) {
                adapterProtocols.putIfAbsent(asm.id(Kind.HOST, c, host) + "\0" + c.text(DEVICE), protocol);
            }
        }
        asm.rows(Tab.VMULTIPATH).forEach(this::multipath);
        asm.luns.byId().forEach(this::protocol);
    }

    private void datastore(Cells c) {
        String name = c.text(NAME);
        if (name == null) {
            return;
        }
        String id = asm.id(Kind.LUN, c, name);
        Entry entry = asm.define(asm.luns, id, name, c, "datastore");
        if (entry == null) {
            return;
        }
        ObjectNode node = entry.node();
        String type = c.text(TYPE);
        String protocol = Spellings.fileProtocol(type);
        if (protocol != null) {
            node.put("protocol", protocol);
        }
        ComputeMapping.putNumber(node, "capacityGb", c.gibFromMib(CAPACITY));
        ComputeMapping.putNumber(node, "freeGb", c.gibFromMib(FREE));
        ComputeMapping.putNumber(node, "provisionedGb", c.gibFromMib(PROVISIONED));
        String address = c.text(ADDRESS);
        if (protocol != null && protocol.startsWith("nfs") && address != null) {
            node.put("nfsExport", Spellings.nfsExport(address));
        }
        Integer count = c.count(HOST_COUNT);
        if (c.has(HOSTS)) {
            ArrayNode hosts = node.putArray("hosts");
            for (String host : c.list(HOSTS)) {
                String hostId = asm.id(Kind.HOST, c, host);
                asm.host(hostId, c.ref(), null);
                hosts.add(hostId);
            }
            count = count == null ? hosts.size() : Math.max(count, hosts.size());
        }
        facts.put(id, new DatastoreFacts(type == null || Spellings.vmfs(type), count == null ? 0 : count));
    }

    private void multipath(Cells c) {
        String hostName = c.text(HOST);
        String datastore = c.text(DATASTORE);
        if (hostName == null || datastore == null) {
            return;
        }
        String host = asm.id(Kind.HOST, c, hostName);
        String lun = asm.id(Kind.LUN, c, datastore);
        asm.host(host, c.ref(), null);
        Entry lunEntry = asm.lun(lun, c.ref());
        array(c, lunEntry);
        seenBy.computeIfAbsent(lun, k -> new LinkedHashSet<>()).add(host);
        pathRows.putIfAbsent(lun, c.ref());
        String key = host + ":" + lun;
        Entry entry = asm.multipath.get(key);
        if (entry == null) {
            entry = asm.multipath.add(key, c.ref());
            entry.node().put("host", host).put("lun", lun);
            String policy = Spellings.pathPolicy(c.text(POLICY));
            if (policy != null) {
                entry.node().put("policy", policy);
            }
        }
        if (PATHS.stream().anyMatch(c::has)) {
            addPaths(c, entry, host, lun);
        }
    }

    private void addPaths(Cells c, Entry entry, String host, String lun) {
        ObjectNode node = entry.node();
        ArrayNode list = node.has("paths") ? (ArrayNode) node.get("paths") : node.putArray("paths");
        // Names of earlier rows (another extent of the datastore) are not counted again; within a row
        // every cell is a path, repeated names included: exports that write the adapter alone
        // (vmhba3) repeat it once per path.
        Set<String> earlier = new HashSet<>();
        list.forEach(p -> earlier.add(p.get("name").asText()));
        for (int i = 0; i < PATHS.size(); i++) {
            String name = c.text(PATHS.get(i));
            if (name == null || earlier.contains(name)) {
                continue;
            }
            ObjectNode path = list.addObject().put("name", name);
            String state = Spellings.pathState(c.text(PATH_STATES.get(i)));
            if (state != null) {
                path.put("state", state);
            }
            entry.from("/paths/" + (list.size() - 1), c.ref());
            paths.computeIfAbsent(lun, k -> new ArrayList<>()).add(new PathUse(host, name));
        }
    }

    private static void array(Cells c, Entry lun) {
        if (lun.node().has("array")) {
            return;
        }
        String vendor = Spellings.arrayVendor(c.text(VENDOR));
        String model = c.text(MODEL);
        if (vendor == null && model == null) {
            return;
        }
        if (vendor != null) {
            lun.node().putObject("array").put("vendor", vendor);
            lun.from("/array", c.ref());
        }
        if (model != null) {
            // The SCSI model a host sees (LUN C-Mode) is not the array model a storage team names
            // (AFF A400): kept as a label so that merging the storage team's luns.csv does not conflict.
            ObjectNode labels = lun.node().has("labels") ? (ObjectNode) lun.node().get("labels") : lun.node().putObject("labels");
            labels.put(io.virtaudit.model.Lun.SCSI_MODEL_LABEL, model);
            lun.from("/labels", c.ref());
        }
    }

    private void protocol(String lun, Entry entry) {
        DatastoreFacts known = facts.get(lun);
        if (entry.node().has("protocol") || known != null && !known.maybeVmfs()) {
            return;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (PathUse use : paths.getOrDefault(lun, List.of())) {
            String protocol = protocolOfPath(use);
            if (protocol != null) {
                counts.merge(protocol, 1, Integer::sum);
            }
        }
        String protocol = null;
        for (String candidate : PROTOCOL_PREFERENCE) {
            if (counts.getOrDefault(candidate, 0) > (protocol == null ? 0 : counts.get(protocol))) {
                protocol = candidate;
            }
        }
        int hosts = Math.max(seenBy.getOrDefault(lun, Set.of()).size(), known == null ? 0 : known.hostCount());
        if (protocol == null && counts.containsKey("local") && hosts <= 1) {
            protocol = "local";
        }
        if (protocol == null) {
            return;
        }
        entry.node().put("protocol", protocol);
        entry.from("/protocol", pathRows.getOrDefault(lun, entry.ref()));
        if (protocol.equals("local")) {
            entry.node().remove("array");
            entry.forget("/array");
        }
    }

    /** The protocol of the adapter a path leaves from, by vHBA's type or the path's transport prefix. */
    private String protocolOfPath(PathUse use) {
        String name = use.name();
        int colon = name.indexOf(':');
        // vmhba2:C0:T0:L1, or the adapter alone (vmhba3) as real 4.x exports write it
        String protocol = adapterProtocols.get(use.host() + "\0" + (colon > 0 ? name.substring(0, colon) : name));
        if (protocol != null) {
            return protocol;
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("fc.")) {
            return "fc";
        }
        if (lower.startsWith("iqn.") || lower.startsWith("eui.") && lower.contains("iscsi")) {
            return "iscsi";
        }
        if (lower.startsWith("sas.") || lower.startsWith("sata.") || lower.startsWith("pscsi.")) {
            return "local";
        }
        return null;
    }
}
