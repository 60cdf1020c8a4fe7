package io.virtaudit.generate;

import java.util.Locale;

/** Ids and words of the synthetic estate: sites, NTP sources, object ids padded to sort well. */
final class Names {

    static final String[] SITES = {"fra1", "fra2", "ams3", "dub1", "par2"};
    static final String DOMAIN = "corp.example";

    private final int clusterWidth;
    private final int vmWidth;
    private final int lunWidth;

    Names(Layout layout) {
        this.clusterWidth = Math.max(4, digits(layout.clusters));
        this.vmWidth = Math.max(5, digits(layout.vms));
        this.lunWidth = Math.max(5, digits(layout.luns));
    }

    private static int digits(int n) {
        return Integer.toString(Math.max(0, n - 1)).length();
    }

    static String pad(int n, int width) {
        String s = Integer.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    String cluster(int cluster) {
        return "cl-" + Profile.of(cluster).label.toLowerCase(Locale.ROOT) + "-" + pad(cluster, clusterWidth);
    }

    String host(Layout layout, int host) {
        int cluster = layout.clusterOfHost(host);
        return hostPrefix(Profile.of(cluster).product) + "-" + pad(cluster, clusterWidth) + "-"
                + pad(layout.position(host), 2);
    }

    String vm(String role, int vm) {
        return role + "-" + pad(vm, vmWidth);
    }

    String lun(String vendor, int lun) {
        return "ds-" + vendor + "-" + pad(lun, lunWidth);
    }

    static String site(int cluster) {
        return SITES[cluster % SITES.length];
    }

    static String ntp(int cluster, int n) {
        return "ntp" + n + "." + site(cluster) + "." + DOMAIN;
    }

    /** The management server of a cluster slot's hosts: a vCenter per forty clusters of a site, else one per site. */
    static String manager(Profile profile, int cluster) {
        String site = site(cluster) + "." + DOMAIN;
        return switch (profile.product) {
            case "esxi" -> "vc" + pad(cluster / 40 % 100 + 1, 2) + "." + site;
            case "hyperv" -> "scvmm01." + site;
            case "ovirt" -> "rhvm01." + site;
            case "powervm" -> "hmc01." + site;
            case "proxmox", "lxc" -> "pdm01." + site;
            case "citrix" -> "xoa01." + site;
            default -> "ansible01." + site;
        };
    }

    /** A vSphere Cluster Services VM's name, {@code vCLS-} and a UUID as vCenter makes them. */
    static String agent(Dice dice, int vm) {
        long hi = dice.bits("vm.agent-id", vm);
        long lo = dice.bits("vm.agent-id-lo", vm);
        return String.format(Locale.ROOT, "vCLS-%08x-%04x-%04x-%04x-%012x", hi >>> 32, hi >>> 16 & 0xffff,
                hi & 0x0fff | 0x4000, lo >>> 48 & 0x3fff | 0x8000, lo & 0xffffffffffffL);
    }

    private static String hostPrefix(String product) {
        return switch (product) {
            case "esxi" -> "esx";
            case "hyperv" -> "hv";
            case "proxmox" -> "pve";
            case "virtualbox" -> "vbox";
            case "ovirt" -> "rhvh";
            case "powervm" -> "p9";
            case "citrix" -> "xen";
            default -> product;
        };
    }
}
