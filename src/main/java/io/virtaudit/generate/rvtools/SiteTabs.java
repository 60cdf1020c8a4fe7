package io.virtaudit.generate.rvtools;

/**
 * What is written once per vCenter (vSource, vLicense, vMetaData) and vHealth, whose rows name VMs
 * and hosts alike.
 */
final class SiteTabs {

    private final ExportPlan plan;

    SiteTabs(ExportPlan plan) {
        this.plan = plan;
    }

    private static boolean eight(ExportPlan.Site site) {
        return site.index() == 0;
    }

    void vSource(Sheet s, ExportPlan.Site site) {
        String version = eight(site) ? "8.0.2" : "7.0.3";
        String build = eight(site) ? "22617221" : "21784236";
        s.text("Name", "VMware vCenter Server").text("OS type", "linux-x64").text("API type", "VirtualCenter");
        s.text("API version", version + ".0").text("Version", version).text("Patch level", eight(site) ? "00100" : "01700");
        s.text("Build", build).text("Fullname", "VMware vCenter Server " + version + " build-" + build);
        s.text("Product name", "VMware VirtualCenter Server").text("Product version", version + ".0");
        s.text("Product line", "vpx").text("Vendor", "VMware, Inc.");
        s.text("VI SDK Server", site.server()).text("VI SDK UUID", site.uuid());
        s.endRow();
    }

    static final int LICENSES = 3;

    void vLicense(Sheet s, ExportPlan.Site site, int n) {
        String major = eight(site) ? "8" : "7";
        String[] names = {"VMware vCenter Server " + major + " Standard", "VMware vSphere " + major + " Enterprise Plus",
            "VMware vSAN Enterprise"};
        String[] units = {"Instance", "CPU Package", "CPU Package"};
        s.text("Name", names[n]).once("Key", (plan.hex("key", site.index() * 8L + n, 25)
                .replaceAll("(.{5})(?!$)", "$1-")).toUpperCase(java.util.Locale.ROOT));
        s.text("Cost Unit", units[n]);
        int cpus = site.hosts() * 2;
        s.number("Total", n == 0 ? 1 : n == 1 ? cpus + 16 : 0).number("Used", n == 0 ? 1 : n == 1 ? cpus : 0);
        s.text("Expiration Date", n == 2 ? "2025-03-31 00:00:00" : "Never");
        s.text("Features", n == 0 ? "vCenter Server Standard" : n == 1 ? "vSphere HA, vMotion, DRS, Distributed Switch"
                : "vSAN");
        s.text("VI SDK Server", site.server()).text("VI SDK UUID", site.uuid());
        s.endRow();
    }

    void vMetaData(Sheet s, ExportPlan.Site site) {
        s.number("RVTools major version", 4).text("RVTools version", "4.7.1.4");
        s.date("xlsx creation datetime", ExportPlan.EXPORTED.plusSeconds(60L * site.index()));
        s.text("Server", site.server());
        s.endRow();
    }

    /** vHealth rows of one object: VMs first (indexes below the VM count), then hosts. */
    int health(int object) {
        if (object < plan.vms) {
            int vm = object;
            return (plan.cdConnected(vm) ? 1 : 0) + ("toolsOld".equals(plan.toolsStatus(vm)) ? 1 : 0)
                    + (plan.snapshots(vm) > 0 ? 1 : 0);
        }
        int host = object - plan.vms;
        return plan.dice.chance("ssh", host, 0.05) ? 1 : 0;
    }

    void vHealth(Sheet s, int object, int n) {
        if (object < plan.vms) {
            int vm = object;
            ExportPlan.Site site = plan.siteOfVm(vm);
            String name = plan.vmName(vm);
            int kind = 0;
            for (int k = 0, seen = -1; k < 3; k++) {
                boolean has = k == 0 ? plan.cdConnected(vm) : k == 1 ? "toolsOld".equals(plan.toolsStatus(vm))
                        : plan.snapshots(vm) > 0;
                if (has && ++seen == n) {
                    kind = k;
                    break;
                }
            }
            s.text("Name", name);
            switch (kind) {
                case 0 -> s.text("Message", "VM has a CDROM device connected! Path = [" + plan.nfsDatastore(
                        plan.clusterOfVm(vm)) + "] iso/").text("Message type", "CDROM");
                case 1 -> s.text("Message", "VMware tools are out of date, not running or not installed!")
                        .text("Message type", "VM Tools");
                default -> s.text("Message", "Snapshot(s) older than 14 days!").text("Message type", "Snapshot");
            }
            s.text("VI SDK Server", site.server()).text("VI SDK UUID", site.uuid());
        } else {
            int host = object - plan.vms;
            ExportPlan.Site site = plan.siteOfHost(host);
            s.text("Name", plan.host(host)).text("Message", "SSH service is running!").text("Message type", "Security");
            s.text("VI SDK Server", site.server()).text("VI SDK UUID", site.uuid());
        }
        s.endRow();
    }
}
