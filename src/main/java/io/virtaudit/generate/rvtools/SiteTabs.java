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
    private static final java.time.format.DateTimeFormatter EXPIRY = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss", java.util.Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

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
        s.text("Expiration Date", n == 2 ? "2025-03-31 00:00:00" : n == 1 && plan.slips.licenseExpiring(site)
                ? EXPIRY.format(ExportPlan.EXPORTED.plusSeconds(86_400L * 30)) : "Never");
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

    /** The vHealth rows of one object: VMs first (indexes below the VM count), then hosts. */
    private Health[] healthOf(int object) {
        if (object < plan.vms) {
            int vm = object;
            return new Health[] {
                plan.cdConnected(vm) ? Health.CDROM : null,
                plan.slips.floppyConnected(vm) ? Health.FLOPPY : null,
                "toolsOld".equals(plan.toolsStatus(vm)) ? Health.TOOLS : null,
                plan.snapshots(vm) > 0 ? Health.SNAPSHOT : null,
            };
        }
        int host = object - plan.vms;
        return new Health[] {
            plan.slips.sshRunning(host) ? Health.SSH : null,
            plan.slips.shellRunning(host) ? Health.SHELL : null,
            plan.slips.ntpdStopped(host) ? Health.NTPD : null,
        };
    }

    /** vHealth messages as RVTools writes them: the message's start and its type. */
    private enum Health {
        CDROM("VM has a CDROM device connected! Path = ", "CDROM"),
        FLOPPY("VM has a Floppy device connected!", "Floppy"),
        TOOLS("VMware tools are out of date, not running or not installed!", "VM Tools"),
        SNAPSHOT("Snapshot(s) older than 14 days!", "Snapshot"),
        SSH("SSH service is running!", "Security"),
        SHELL("ESXi Shell service is running!", "Security"),
        NTPD("NTPD service is not running!", "NTPD");

        final String message;
        final String type;

        Health(String message, String type) {
            this.message = message;
            this.type = type;
        }
    }

    int health(int object) {
        int rows = 0;
        for (Health h : healthOf(object)) {
            rows += h == null ? 0 : 1;
        }
        return rows;
    }

    void vHealth(Sheet s, int object, int n) {
        Health kind = null;
        int seen = -1;
        for (Health h : healthOf(object)) {
            if (h != null && ++seen == n) {
                kind = h;
                break;
            }
        }
        boolean vm = object < plan.vms;
        ExportPlan.Site site = vm ? plan.siteOfVm(object) : plan.siteOfHost(object - plan.vms);
        s.text("Name", vm ? plan.vmName(object) : plan.host(object - plan.vms));
        s.text("Message", kind == Health.CDROM ? kind.message + "[" + plan.nfsDatastore(plan.clusterOfVm(object)) + "] iso/"
                : kind.message);
        s.text("Message type", kind.type);
        s.text("VI SDK Server", site.server()).text("VI SDK UUID", site.uuid());
        s.endRow();
    }
}
