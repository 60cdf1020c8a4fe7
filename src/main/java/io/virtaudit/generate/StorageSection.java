package io.virtaudit.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes {@code luns} and {@code multipath}: one LUN per five VMs on the arrays of its cluster's
 * platform, presented to the whole cluster, with multipath entries from four or five hosts each.
 */
final class StorageSection {

    private StorageSection() {
    }

    static String localDatastoreOf(HostPlan host) {
        return "ds-local-" + host.id();
    }

    static void writeLuns(JsonGenerator g, Plan plan) throws IOException {
        g.writeArrayFieldStart("luns");
        for (int l = 0; l < plan.layout.luns; l++) {
            LunPlan lun = plan.lun(l);
            g.writeStartObject();
            g.writeStringField("id", lun.id());
            g.writeStringField("protocol", lun.protocol());
            if (lun.vendor() != null) {
                g.writeObjectFieldStart("array");
                g.writeStringField("vendor", lun.vendor());
                g.writeStringField("model", lun.model());
                g.writeStringField("mode", lun.mode());
                g.writeEndObject();
            }
            g.writeNumberField("capacityGb", lun.capacityGb());
            g.writeNumberField("freeGb", lun.freeGb());
            writeHosts(g, plan, lun);
            g.writeEndObject();
        }
        for (int h = 0; h < plan.layout.hosts; h++) {
            HostPlan host = plan.host(h);
            if (host.localDatastore()) {
                g.writeStartObject();
                g.writeStringField("id", localDatastoreOf(host));
                g.writeStringField("protocol", "local");
                g.writeNumberField("capacityGb", 800);
                g.writeNumberField("freeGb", plan.dice.between("lun.local-free", h, 200, 600));
                g.writeArrayFieldStart("hosts");
                g.writeString(host.id());
                g.writeEndArray();
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private static void writeHosts(JsonGenerator g, Plan plan, LunPlan lun) throws IOException {
        g.writeArrayFieldStart("hosts");
        for (int h : lun.hosts()) {
            g.writeString(plan.names.host(plan.layout, h));
        }
        g.writeEndArray();
    }

    static void writeMultipath(JsonGenerator g, Plan plan) throws IOException {
        g.writeArrayFieldStart("multipath");
        for (int l = 0; l < plan.layout.luns; l++) {
            LunPlan lun = plan.lun(l);
            for (int k = 0; k < lun.pathHosts().size(); k++) {
                HostPlan host = HostPlan.of(plan.layout, plan.names, plan.dice, lun.pathHosts().get(k));
                Multipath.write(g, plan.dice, lun, host, (long) l * Layout.PATH_KEYS + k);
            }
        }
        g.writeEndArray();
    }
}
