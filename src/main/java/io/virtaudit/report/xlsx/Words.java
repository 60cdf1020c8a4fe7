package io.virtaudit.report.xlsx;

import io.virtaudit.model.SubjectType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The workbook's plain-words sentences: estate sizes and risks as a client reads them. */
final class Words {

    private Words() {
    }

    /** "5 clusters, 17 hosts, 157 VMs, …" from the estate's counts per collection. */
    static String estateCounts(Map<String, Integer> counts) {
        if (counts == null || counts.isEmpty()) {
            return "an estate of unknown size";
        }
        List<String> parts = new ArrayList<>();
        // port groups are told only where the estate has some: most documents describe none
        counts.forEach((collection, n) -> {
            if (n > 0 || !collection.equals("portGroups")) {
                parts.add(n + " " + collectionNoun(collection, n));
            }
        });
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** "Title: 3 hosts (a, b, c). What to do: …" for a rule with findings. */
    static String risk(Exposure.Planned p) {
        String affected = p.subjectType == SubjectType.ESTATE ? "the estate as a whole"
                : p.subjectCount() + " " + subjectNoun(p.subjectType, p.subjectCount()) + " (" + p.examples() + ")";
        String fix = p.remediation == null || p.remediation.isBlank() ? "" : " What to do: " + p.remediation.strip();
        return p.title + " (" + p.ruleId + "): " + affected + "." + fix;
    }

    static String subjectNoun(SubjectType type, int n) {
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
        };
    }

    private static String collectionNoun(String collection, int n) {
        boolean one = n == 1;
        return switch (collection) {
            case "clusters" -> one ? "cluster" : "clusters";
            case "hosts" -> one ? "host" : "hosts";
            case "vms" -> one ? "VM" : "VMs";
            case "luns" -> one ? "LUN or datastore" : "LUNs and datastores";
            case "multipath" -> one ? "multipath configuration" : "multipath configurations";
            case "vlans" -> one ? "VLAN" : "VLANs";
            case "portGroups" -> one ? "port group" : "port groups";
            default -> collection;
        };
    }
}
