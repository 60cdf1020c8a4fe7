package io.virtaudit.importer.rvtools;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The ids of VMs, hosts, clusters and datastores in an export that may merge several vCenters.
 * A name stays the id unless the same name appears under two different {@code VI SDK Server}s;
 * then each of them becomes {@code server/name}.
 */
final class Names {

    /** The collections whose ids are names. */
    enum Kind {
        VM, HOST, CLUSTER, LUN,
        /** A distributed port group, {@code SWITCH/NAME}: two vCenters may each have one of that name. */
        PORT_GROUP
    }

    private final Map<Kind, Map<String, String>> firstServer = new EnumMap<>(Kind.class);
    private final Map<Kind, Set<String>> shared = new EnumMap<>(Kind.class);

    Names() {
        for (Kind kind : Kind.values()) {
            firstServer.put(kind, new HashMap<>());
            shared.put(kind, new HashSet<>());
        }
    }

    /** Notes that a name occurs under a server (null when the tab has no VI SDK Server column). */
    void see(Kind kind, String server, String name) {
        if (name == null || server == null) {
            return;
        }
        String first = firstServer.get(kind).putIfAbsent(name, server);
        if (first != null && !first.equals(server)) {
            shared.get(kind).add(name);
        }
    }

    /** The id of a name seen under a server: the name, or {@code server/name} when the name is shared. */
    String id(Kind kind, String server, String name) {
        if (name == null) {
            return null;
        }
        return server != null && shared.get(kind).contains(name) ? server + "/" + name : name;
    }
}
