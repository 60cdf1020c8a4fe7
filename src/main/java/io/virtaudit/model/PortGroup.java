package io.virtaudit.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A virtual switch port group: the network VMs and VMkernel ports connect to. A standard switch's
 * port group exists once per host, a distributed one once for its switch. Port groups are what
 * tell two untagged (VLAN 0) networks apart: VLAN 0 on one switch is not VLAN 0 on another.
 *
 * @param switchName the virtual switch ({@code vSwitch0}, {@code DS_Prod}); {@code switch} in documents
 * @param vlan      the VLAN it tags; 0 = untagged; null for a trunk or when unknown
 * @param uplink    the distributed switch's uplink port group (holds the physical NICs, not VMs)
 * @param purposes  what it carries; null when unknown
 * @param vlanTrunk a trunk's VLANs passed to the guest (ids and ranges); null when not a trunk or unknown
 * @param security  the effective security policy (its own, else its switch's)
 * @param binding   a distributed port group's port binding
 */
public record PortGroup(String id, String name, @JsonProperty("switch") String switchName, SwitchType switchType, Integer vlan,
                        List<VlanRange> vlanTrunk, Boolean uplink, List<String> hosts, List<VlanPurpose> purposes,
                        Security security, PortBinding binding, Map<String, String> labels) implements NamedObject {

    /** What the port group lets a guest do; true = Accept. */
    public record Security(Boolean allowPromiscuous, Boolean allowMacChanges, Boolean allowForgedTransmits) {
    }

    public boolean carries(VlanPurpose purpose) {
        return purposes != null && purposes.contains(purpose);
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.PORT_GROUP;
    }

}
