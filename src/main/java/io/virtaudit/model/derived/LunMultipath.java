package io.virtaudit.model.derived;

import io.virtaudit.model.Lun;
import io.virtaudit.model.MultipathConfig;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The multipath entries of one LUN, from every host that has one, gathered once per LUN: rules
 * that compare how hosts handle a LUN (STO-008) read them from this fact instead of collecting
 * them per LUN. Only LUNs with at least one entry have one.
 *
 * @param entries in the order of the estate
 */
public record LunMultipath(Lun lun, List<MultipathConfig> entries) {

    /** The path handling attributes STO-008 compares, in the order its findings name them. */
    static final List<String> ATTRIBUTES = List.of("policy", "satp", "alua");

    /** Two entries have different known values of one attribute: {@link #handlingDifferences()} without its maps. */
    public boolean handlingDiffers() {
        for (String attribute : ATTRIBUTES) {
            String known = null;
            for (MultipathConfig entry : entries) {
                String value = handling(entry, attribute);
                if (value != null && known != null && !value.equals(known)) {
                    return true;
                }
                if (known == null) {
                    known = value;
                }
            }
        }
        return false;
    }

    /** Per attribute whose known values differ across the entries, each host's value. */
    public HandlingDifferences handlingDifferences() {
        Map<String, TreeMap<String, String>> out = new LinkedHashMap<>();
        for (String attribute : ATTRIBUTES) {
            TreeMap<String, String> byHost = new TreeMap<>();
            Set<String> values = new HashSet<>();
            for (MultipathConfig entry : entries) {
                String value = handling(entry, attribute);
                if (value != null) {
                    byHost.put(entry.host(), value);
                    values.add(value);
                }
            }
            if (values.size() > 1) {
                out.put(attribute, byHost);
            }
        }
        return new HandlingDifferences(out);
    }

    /** An entry's value of an attribute as hosts are compared on it (SATPs case aside), or null when unknown. */
    static String handling(MultipathConfig entry, String attribute) {
        return switch (attribute) {
            case "policy" -> entry.policyName();
            case "satp" -> entry.satp() == null || entry.satp().isBlank() ? null
                    : entry.satp().strip().toUpperCase(Locale.ROOT);
            default -> entry.alua() == null ? null : String.valueOf(entry.alua());
        };
    }
}
