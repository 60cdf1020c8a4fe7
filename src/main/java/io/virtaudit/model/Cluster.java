package io.virtaudit.model;

import java.util.Map;

/** A cluster of hosts that share HA and load balancing. */
public record Cluster(String id, String name, Ha ha, Boolean drs, String evcMode,
                      Map<String, String> labels) implements NamedObject {

    /**
     * HA settings; every field may be unknown.
     *
     * @param hostMonitoring HA watches host heartbeats; false: it restarts nothing after a host failure
     */
    public record Ha(Boolean enabled, AdmissionControl admissionControl, Integer failoverHosts,
                     Integer cpuPercent, Integer memoryPercent, Boolean hostMonitoring) {
    }

    /** HA enabled: true, false, or null when unknown. */
    public Boolean haEnabled() {
        return ha == null ? null : ha.enabled();
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.CLUSTER;
    }

}
