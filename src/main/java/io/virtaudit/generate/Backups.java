package io.virtaudit.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** A VM's backup policy and last success: daily for production, weekly for the rest, some slips. */
final class Backups {

    private Backups() {
    }

    static void write(JsonGenerator g, Dice dice, Guest guest, int v) throws IOException {
        String policy = policy(dice, guest, v);
        g.writeObjectFieldStart("backup");
        g.writeStringField("policy", policy);
        if (!policy.equals("none")) {
            boolean daily = policy.endsWith("daily");
            double roll = dice.roll("vm.backup-slip", v);
            if (roll < 0.005) {
                g.writeStringField("lastSuccess", "never");
            } else if (roll < 0.025) {
                g.writeStringField("lastSuccess", Plan.hoursAgo(daily
                        ? dice.between("vm.backup-age", v, 30, 200) : dice.between("vm.backup-age", v, 200, 800)));
            } else {
                g.writeStringField("lastSuccess", Plan.hoursAgo(daily
                        ? dice.between("vm.backup-age", v, 1, 20) : dice.between("vm.backup-age", v, 24, 150)));
            }
        }
        g.writeEndObject();
    }

    private static String policy(Dice dice, Guest guest, int v) {
        if (guest.productionOrCritical() && dice.chance("vm.no-backup", v, 0.015)) {
            return "none";
        }
        if ("critical".equals(guest.criticality()) || "high".equals(guest.criticality())) {
            return "veeam-gold-daily";
        }
        String environment = guest.environment() == null ? "other" : guest.environment();
        return switch (environment) {
            case "production", "dr" -> "veeam-silver-daily";
            case "development" -> dice.chance("vm.dev-backup", v, 0.5) ? "none" : "veeam-bronze-weekly";
            default -> "veeam-bronze-weekly";
        };
    }
}
