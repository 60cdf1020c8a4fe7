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
            g.writeNumberField("provisionedGb", provisionedGb(plan.dice, lun));
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
                int free = plan.dice.between("lun.local-free", h, 200, 600);
                g.writeNumberField("freeGb", free);
                g.writeNumberField("provisionedGb", 800 - free);
                g.writeArrayFieldStart("hosts");
                g.writeString(host.id());
                g.writeEndArray();
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    /**
     * Space promised to the LUN's files: its used space and thin disks' headroom, 0.5 to 1.3 times
     * the capacity, or 1.5 to 2.4 times by slip (STO-013).
     */
    static int provisionedGb(Dice dice, LunPlan lun) {
        int used = lun.capacityGb() - lun.freeGb();
        if (dice.chance("lun.over-provisioned", lun.index(), Slips.OVER_PROVISIONED)) {
            return (int) Math.round(lun.capacityGb() * (1.5 + 0.9 * dice.roll("lun.provisioned", lun.index())));
        }
        return Math.max(used, (int) Math.round(lun.capacityGb() * (0.5 + 0.8 * dice.roll("lun.provisioned", lun.index()))));
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
