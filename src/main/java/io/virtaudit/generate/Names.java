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
