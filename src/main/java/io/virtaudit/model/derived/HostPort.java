package io.virtaudit.model.derived;

import io.virtaudit.model.SwitchType;
import io.virtaudit.model.Teaming;
import java.util.List;

/** A host network lifted out of its host so rules can join it by VLAN with an index. */
public record HostPort(String host, Integer vlan, Integer mtu, List<String> uplinks, Teaming teaming,
                       SwitchType switchType, Boolean iscsiPortBinding) {
}
