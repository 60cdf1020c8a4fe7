package io.virtaudit.model.derived;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the hosts that see one LUN handle it differently (STO-008): per attribute ({@code policy},
 * {@code satp}, {@code alua}) whose known values differ, each host's value.
 *
 * @param byAttribute attribute to host to value, attributes in that order, hosts sorted
 */
public record HandlingDifferences(Map<String, TreeMap<String, String>> byAttribute) {

    /** The attributes that differ, in the order policy, satp, alua. */
    public List<String> attributes() {
        return new ArrayList<>(byAttribute.keySet());
    }

    /** Each host's value of an attribute that differs, hosts sorted; null when the attribute does not differ. */
    public TreeMap<String, String> of(String attribute) {
        return byAttribute.get(attribute);
    }

    /**
     * The differences in words, an attribute's values each with the hosts that have it:
     * {@code policy fixed on h1; round-robin on h2, h3; satp VMW_SATP_AA on h1; VMW_SATP_ALUA on h2}.
     */
    public String describe() {
        List<String> parts = new ArrayList<>();
        byAttribute.forEach((attribute, byHost) -> {
            Map<String, List<String>> hostsByValue = new TreeMap<>();
            byHost.forEach((host, value) -> hostsByValue.computeIfAbsent(value, v -> new ArrayList<>()).add(host));
            List<String> values = new ArrayList<>();
            hostsByValue.forEach((value, hosts) -> values.add(value + " on " + String.join(", ", hosts)));
            parts.add(attribute + " " + String.join(", ", values));
        });
        return String.join("; ", parts);
    }
}
