package io.virtaudit.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes {@code clusters}: HA (host monitoring included) and DRS settings by profile, with the slips of some profiles. */
final class ClusterSection {

    private ClusterSection() {
    }

    static void write(JsonGenerator g, Plan plan) throws IOException {
        g.writeArrayFieldStart("clusters");
        for (int c = 0; c < plan.layout.clusters; c++) {
            Profile p = Profile.of(c);
            g.writeStartObject();
            g.writeStringField("id", plan.names.cluster(c));
            g.writeStringField("name", p.label + "-" + Names.pad(c, 4) + " (" + Names.site(c) + ")");
            g.writeObjectFieldStart("ha");
            g.writeBooleanField("enabled", p.ha);
            if (p.ha) {
                writeAdmissionControl(g, p);
                g.writeBooleanField("hostMonitoring", hostMonitoring(plan.dice, c));
            }
            g.writeEndObject();
            g.writeBooleanField("drs", p.ha);
            if (p.esxi()) {
                g.writeStringField("evcMode", p == Profile.LEGACY ? "intel-cascadelake" : "intel-sapphirerapids");
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** HA watches host heartbeats, except in the legacy profile's clusters and by slip. */
    static boolean hostMonitoring(Dice dice, int cluster) {
        return Profile.of(cluster) != Profile.LEGACY && !dice.chance("cluster.no-host-monitoring", cluster,
                Slips.NO_HOST_MONITORING);
    }

    private static void writeAdmissionControl(JsonGenerator g, Profile p) throws IOException {
        if (p == Profile.AC_DISABLED) {
            g.writeStringField("admissionControl", "disabled");
        } else if (p.esxi()) {
            g.writeStringField("admissionControl", "percent");
            g.writeNumberField("cpuPercent", 25);
            g.writeNumberField("memoryPercent", 25);
        } else {
            g.writeStringField("admissionControl", "hosts");
            g.writeNumberField("failoverHosts", 1);
        }
    }
}
