package io.virtaudit.importer.rvtools;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.virtaudit.importer.rvtools.EstateTree.Entry;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.VlanPurpose;
import io.virtaudit.model.Wire;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A VLAN or a port group being assembled (one per standard switch and host, one per distributed
 * port group): what it carries and the hosts it exists on, each with its source. Both are known
 * only once every tab is read, so they are written last.
 */
final class NetworkBuild {
    final Entry entry;
    final Map<String, SourceRef> purposes = new LinkedHashMap<>();
    final Map<String, SourceRef> hosts = new LinkedHashMap<>();
    boolean hostsUnknown;

    NetworkBuild(Entry entry) {
        this.entry = entry;
    }

    /** Adds hosts, each with the row that tells it; null hosts: the hosts are unknown. */
    void addHosts(Map<String, SourceRef> more) {
        if (more == null) {
            hostsUnknown = true;
        } else {
            more.forEach(hosts::putIfAbsent);
        }
    }

    /** Writes the purposes (unless told not to) and, where known, the hosts. */
    void write(boolean withPurposes) {
        if (withPurposes && !purposes.isEmpty()) {
            ArrayNode list = entry.node().putArray("purposes");
            List<String> ordered = purposes.keySet().stream()
                    .sorted(Comparator.comparing(p -> Wire.parse(VlanPurpose.class, p).ordinal())).toList();
            for (String purpose : ordered) {
                entry.from("/purposes/" + list.size(), purposes.get(purpose));
                list.add(purpose);
            }
        }
        if (!hostsUnknown && !hosts.isEmpty()) {
            ArrayNode list = entry.node().putArray("hosts");
            hosts.forEach((host, ref) -> {
                entry.from("/hosts/" + list.size(), ref);
                list.add(host);
            });
        }
    }
}
