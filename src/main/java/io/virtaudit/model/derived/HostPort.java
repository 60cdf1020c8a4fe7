package io.virtaudit.model.derived;

import io.virtaudit.model.SwitchType;
import io.virtaudit.model.Teaming;
import io.virtaudit.model.VlanPurpose;
import java.util.HashSet;
import java.util.List;

/**
 * A host network lifted out of its host so rules can join it by VLAN with an index.
 *
 * @param portGroup the port group it sits on, null when unknown
 * @param purposes  what the interface carries: its port group's purposes where known, else its
 *                  VLAN's, never untagged VLAN 0's (VLAN 0 on one switch is not VLAN 0 on another:
 *                  catalogue edge case 11); null when unknown
 */
public record HostPort(String host, Integer vlan, Integer mtu, List<String> uplinks, Teaming teaming,
                       SwitchType switchType, Boolean iscsiPortBinding, String portGroup,
                       List<VlanPurpose> purposes) {

    public boolean carries(VlanPurpose purpose) {
        return purposes != null && purposes.contains(purpose);
    }

    /** How many distinct uplinks the interface has; none when they are unknown. */
    public int distinctUplinks() {
        return uplinks == null ? 0 : new HashSet<>(uplinks).size();
    }

    /**
     * What is wrong with the interface's teaming (NET-007): LACP on a standard switch, or iSCSI port
     * binding with a teaming it does not support.
     */
    public String teamingProblem() {
        if (teaming == Teaming.LACP && switchType == SwitchType.STANDARD) {
            return "lacp on a standard switch";
        }
        return "iSCSI port binding with " + teaming.wireName() + " teaming";
    }

    /** How findings name the interface's network: {@code VLAN 120}, or its port group where known. */
    public String network() {
        return portGroup != null ? "port group " + portGroup + " (VLAN " + vlan + ")" : "VLAN " + vlan;
    }
}
