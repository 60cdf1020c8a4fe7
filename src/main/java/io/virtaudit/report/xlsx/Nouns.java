package io.virtaudit.report.xlsx;

import io.virtaudit.model.SubjectType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the workbook calls the estate's objects, one or many, as a client reads them. */
final class Nouns {

    private Nouns() {
    }

    /** "5 clusters, 17 hosts, 157 VMs, …" from the estate's counts per collection. */
    static String estateSize(Map<String, Integer> counts) {
        if (counts == null || counts.isEmpty()) {
            return "an estate of unknown size";
        }
        List<String> parts = new ArrayList<>();
        // port groups are told only where the estate has some: most documents describe none
        counts.forEach((collection, n) -> {
            if (n > 0 || !collection.equals("portGroups")) {
                parts.add(n + " " + collection(collection, n));
            }
        });
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** "host" or "hosts": {@code n} subjects of the type. */
    static String subjects(SubjectType type, int n) {
        boolean one = n == 1;
        return switch (type) {
            case ESTATE -> "estate";
            case CLUSTER -> one ? "cluster" : "clusters";
            case HOST -> one ? "host" : "hosts";
            case VM -> one ? "VM" : "VMs";
            case LUN -> one ? "LUN or datastore" : "LUNs and datastores";
            case MULTIPATH -> one ? "multipath configuration" : "multipath configurations";
            case VLAN -> one ? "VLAN" : "VLANs";
            case PORT_GROUP -> one ? "port group" : "port groups";
            case MANAGER -> one ? "manager" : "managers";
        };
    }

    private static String collection(String collection, int n) {
        boolean one = n == 1;
        return switch (collection) {
            case "clusters" -> one ? "cluster" : "clusters";
            case "hosts" -> one ? "host" : "hosts";
            case "vms" -> one ? "VM" : "VMs";
            case "luns" -> one ? "LUN or datastore" : "LUNs and datastores";
            case "multipath" -> one ? "multipath configuration" : "multipath configurations";
            case "vlans" -> one ? "VLAN" : "VLANs";
            case "portGroups" -> one ? "port group" : "port groups";
            case "managers" -> one ? "manager" : "managers";
            default -> collection;
        };
    }
}
