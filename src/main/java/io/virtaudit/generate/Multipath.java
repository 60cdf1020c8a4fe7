package io.virtaudit.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** One multipath entry: the platform's path handling, with dead paths and misconfigurations drawn. */
final class Multipath {

    private Multipath() {
    }

    static void write(JsonGenerator g, Dice dice, LunPlan lun, HostPlan host, long e) throws IOException {
        Profile p = host.profile();
        boolean alua = "alua".equals(lun.mode());
        boolean unaware = alua && dice.chance("mp.alua", e, 0.004);
        double policyRoll = dice.roll("mp.policy", e);
        String policy = policyRoll < 0.003 ? "fixed" : policyRoll < 0.006 ? "mru" : "round-robin";
        g.writeStartObject();
        g.writeStringField("host", host.id());
        g.writeStringField("lun", lun.id());
        g.writeStringField("policy", policy);
        if (p.esxi()) {
            g.writeStringField("satp", alua && !unaware ? "VMW_SATP_ALUA" : "VMW_SATP_DEFAULT_AA");
        } else if (p.product.equals("hyperv")) {
            g.writeStringField("satp", "MSDSM");
            g.writeBooleanField("alua", !unaware);
        } else if (p.product.equals("powervm")) {
            g.writeStringField("satp", "AIX_AAPCM");
            g.writeBooleanField("alua", !unaware);
        } else {
            g.writeBooleanField("alua", alua && !unaware);
        }
        if (policy.equals("round-robin")) {
            g.writeNumberField("rrIops", dice.chance("mp.rriops", e, 0.003) ? 1000 : lun.vendorRrIops());
        }
        writePaths(g, dice, lun, host, e);
        g.writeEndObject();
    }

    private static void writePaths(JsonGenerator g, Dice dice, LunPlan lun, HostPlan host, long e) throws IOException {
        boolean fc = lun.protocol().equals("fc");
        int count = lun.widePaths() ? 8 : fc ? 4 : 2;
        if (dice.chance("mp.single-path", e, 0.004)) {
            count = 1;
        }
        boolean oneFabric = host.hbas() == 1 || (fc && dice.chance("mp.one-fabric", e, 0.004));
        double deadRoll = dice.roll("mp.dead", e);
        int deadFrom = deadRoll < 0.001 ? 0 : deadRoll < 0.01 ? count - 1 : count;
        int lunNumber = lun.index() % 250 + 1;
        g.writeArrayFieldStart("paths");
        for (int i = 0; i < count; i++) {
            int side = oneFabric ? 0 : i % 2;
            String fabric = side == 0 ? "A" : "B";
            g.writeStartObject();
            g.writeStringField("name", fc ? "vmhba" + (2 + side) + ":C0:T" + (i / 2) + ":L" + lunNumber
                    : "iscsi-" + fabric.toLowerCase(java.util.Locale.ROOT) + (i / 2) + ":L" + lunNumber);
            g.writeStringField("state", i >= deadFrom ? "dead" : "active");
            g.writeStringField("fabric", fabric);
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
