package io.virtaudit.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes {@code managers}: every management server a host names in {@code managedBy} (so that the
 * references resolve), in the order the clusters first name them. vCenters carry their version,
 * build and licences; the second vCenter is still on 7.0 and the third holds a licence about to
 * expire, so that even a small estate shows both, and later vCenters draw the same slips.
 */
final class ManagerSection {

    private ManagerSection() {
    }

    static void write(JsonGenerator g, Plan plan) throws IOException {
        g.writeArrayFieldStart("managers");
        Set<String> written = new HashSet<>();
        int vcenters = 0;
        for (int c = 0; c < plan.layout.clusters; c++) {
            Profile p = Profile.of(c);
            String id = Names.manager(p, c);
            if (!written.add(id)) {
                continue;
            }
            g.writeStartObject();
            g.writeStringField("id", id);
            if (p.esxi()) {
                writeVcenter(g, plan.dice, vcenters++);
            } else {
                writeOther(g, p);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Whether the {@code n}-th vCenter runs 7.0 rather than 8.0. */
    static boolean oldVcenter(Dice dice, int n) {
        return n == 1 || dice.chance("manager.old", n, Slips.OLD_VCENTER);
    }

    /** Whether the {@code n}-th vCenter's vSphere licence expires within 60 days. */
    static boolean licenseExpiring(Dice dice, int n) {
        return n == 2 || dice.chance("manager.license", n, Slips.LICENSE_EXPIRING);
    }

    private static void writeVcenter(JsonGenerator g, Dice dice, int n) throws IOException {
        boolean old = oldVcenter(dice, n);
        String version = old ? "7.0.3" : "8.0.3";
        String build = old ? "21784236" : "24322831";
        String major = old ? "7" : "8";
        g.writeStringField("name", "VMware vCenter Server " + version + " build-" + build);
        g.writeStringField("product", "vcenter");
        g.writeStringField("version", version);
        g.writeStringField("build", build);
        g.writeArrayFieldStart("licenses");
        int used = 2 * dice.between("manager.hosts", n, 32, 640);
        int days = licenseExpiring(dice, n) ? dice.between("manager.expiry", n, 10, 55)
                : dice.between("manager.expiry", n, 120, 900);
        license(g, "vSphere " + major + " Enterprise Plus (Subscription)", used + 2 * dice.between("manager.spare", n, 0, 32),
                used, Plan.hoursAgo(-24L * days));
        license(g, "vCenter Server " + major + " Standard", 1, 1, "never");
        g.writeEndArray();
    }

    private static void license(JsonGenerator g, String name, int total, int used, String expires) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeNumberField("total", total);
        g.writeNumberField("used", used);
        g.writeStringField("expires", expires);
        g.writeEndObject();
    }

    private static void writeOther(JsonGenerator g, Profile p) throws IOException {
        String[] about = switch (p.product) {
            case "hyperv" -> new String[] {"System Center Virtual Machine Manager 2022", "scvmm", "2022", "10.22.1287.0"};
            case "ovirt" -> new String[] {"Red Hat Virtualization Manager 4.5", "ovirt-engine", "4.5.5", null};
            case "powervm" -> new String[] {"Hardware Management Console V10R2", "hmc", "10.2.1030", null};
            case "proxmox", "lxc" -> new String[] {"Proxmox Datacenter Manager", "other", "0.9", null};
            case "citrix" -> new String[] {"Xen Orchestra", "other", "5.98", null};
            default -> new String[] {"Ansible Automation Platform", "other", "2.4", null};
        };
        g.writeStringField("name", about[0]);
        g.writeStringField("product", about[1]);
        g.writeStringField("version", about[2]);
        if (about[3] != null) {
            g.writeStringField("build", about[3]);
        }
    }
}
