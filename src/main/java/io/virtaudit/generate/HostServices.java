package io.virtaudit.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * A host's hardening as an auditor reads it: its build, connection state, remote shells, lockdown
 * mode, syslog targets and certificate, with the slips of {@link Slips}. SSH, the ESXi Shell, lockdown
 * and builds are ESXi's words, so other platforms leave them unknown; syslog and the certificate
 * every platform has.
 */
final class HostServices {

    private HostServices() {
    }

    /** The ESXi build of the host's version (a patched one, or an older one by slip); null elsewhere. */
    static String build(Dice dice, HostPlan host) {
        if (!host.profile().esxi()) {
            return null;
        }
        boolean old = dice.chance("host.old-build", host.index(), Slips.OLD_BUILD);
        return switch (host.version()) {
            case "8.0.3" -> old ? "24022510" : "24674464";
            case "8.0.2" -> old ? "22088125" : "22380479";
            default -> old ? "20328353" : "21930508";
        };
    }

    static void write(JsonGenerator g, Dice dice, HostPlan host) throws IOException {
        int h = host.index();
        g.writeStringField("connectionState", host.connected() ? "connected"
                : dice.chance("host.not-responding", h, Slips.NOT_RESPONDING) ? "not-responding" : "disconnected");
        if (host.profile().esxi()) {
            g.writeObjectFieldStart("services");
            service(g, "ssh", dice.chance("host.ssh", h, Slips.SSH_RUNNING),
                    dice.chance("host.ssh-policy", h, Slips.SSH_WITH_HOST) ? "with-host" : "manual");
            service(g, "shell", dice.chance("host.shell", h, Slips.SHELL_RUNNING), "manual");
            g.writeEndObject();
            boolean legacyOpen = host.profile() == Profile.LEGACY && host.index() % Layout.HOSTS_PER_CLUSTER == 2;
            g.writeStringField("lockdownMode", legacyOpen || dice.chance("host.lockdown", h, Slips.LOCKDOWN_OFF)
                    ? "disabled" : dice.chance("host.strict", h, 0.05) ? "strict" : "normal");
        }
        g.writeArrayFieldStart("syslogTargets");
        if (!dice.chance("host.no-syslog", h, Slips.NO_SYSLOG)) {
            String server = "syslog." + Names.site(host.cluster()) + "." + Names.DOMAIN;
            g.writeString(host.profile().esxi() ? "ssl://" + server + ":1514" : "udp://" + server + ":514");
        }
        g.writeEndArray();
        g.writeStringField("certificateExpires", Plan.hoursAgo(-24L * certificateDays(dice, h)));
    }

    /** Days from collection to the certificate's expiry: negative when it has expired. */
    static int certificateDays(Dice dice, int h) {
        double roll = dice.roll("host.certificate", h);
        if (roll < Slips.CERT_EXPIRED) {
            return dice.between("host.certificate-days", h, -40, 13);
        }
        if (roll < Slips.CERT_EXPIRED + Slips.CERT_EXPIRING) {
            return dice.between("host.certificate-days", h, 15, 59);
        }
        return dice.between("host.certificate-days", h, 90, 1_000);
    }

    private static void service(JsonGenerator g, String name, boolean running, String policy) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeBooleanField("running", running);
        g.writeStringField("startPolicy", policy);
        g.writeEndObject();
    }
}
