package io.virtaudit.generate.rvtools;

import java.time.Instant;

/**
 * The host tabs: vHost, vHBA, vNIC, vSwitch, vPort, vSC_VMK and vMultiPath. The first vCenter's
 * hosts reach their datastores over two Fibre Channel adapters, the second's over the software
 * iSCSI adapter; vMultiPath names only the adapter in each {@code Path n} cell, as RVTools 4.x does,
 * so four paths over one adapter repeat its name four times. Local disks sit behind a RAID
 * controller whose vHBA type RVTools leaves blank.
 */
final class HostTabs {

    private final ExportPlan plan;

    HostTabs(ExportPlan plan) {
        this.plan = plan;
    }

    private void placement(Sheet s, int host) {
        ExportPlan.Site site = plan.siteOfHost(host);
        s.text("Host", plan.host(host));
        s.text("Datacenter", site.datacenter());
        s.text("Cluster", plan.cluster(plan.clusterOfHost(host)));
        s.text("VI SDK Server", site.server());
        s.text("VI SDK UUID", site.uuid());
    }

    private boolean esxi8(int host) {
        return plan.siteOfHost(host).index() == 0;
    }

    void vHost(Sheet s, int host) {
        placement(s, host);
        int vms = Math.min(ExportPlan.VMS_PER_HOST, plan.siteOfHost(host).vms()
                - (host - plan.siteOfHost(host).hostFrom()) * ExportPlan.VMS_PER_HOST);
        s.text("Compliance Check State", "compliant");
        s.text("CPU Model", esxi8(host) ? "Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz"
                : "Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz");
        s.number("Speed", esxi8(host) ? 1_995 : 2_993).number("# CPU", 2).number("Cores per CPU", 32).number("# Cores", 64);
        s.number("CPU usage %", 10 + plan.dice.pick("hostCpu", host, 50)).number("# Memory", 1_048_063);
        s.text("Memory Tiering Type", "noTiering").number("Memory usage %", 30 + plan.dice.pick("hostMem", host, 50));
        s.number("Console", 0).number("# NICs", plan.hasBmcNic(host) ? 5 : 4).number("# HBAs", esxi8(host) ? 4 : 3);
        s.number("# VMs total", vms).number("# VMs", vms).number("VMs per Core", vms / 64.0);
        s.number("# vCPUs", vms * 4L).number("vCPUs per Core", vms * 4 / 64.0).number("vRAM", vms * 12_000L);
        s.number("VM Used memory", vms * 9_000L);
        s.text("Current EVC", "intel-icelake").text("Max EVC", "intel-icelake");
        s.text("Assigned License(s)", esxi8(host) ? "VMware vSphere 8 Enterprise Plus" : "VMware vSphere 7 Enterprise Plus");
        boolean old = plan.slips.oldBuild(host);
        s.text("ESX Version", esxi8(host) ? (old ? "VMware ESXi 8.0.1 build-21495797" : "VMware ESXi 8.0.2 build-22380479")
                : old ? "VMware ESXi 7.0.3 build-20328353" : "VMware ESXi 7.0.3 build-21930508");
        if (plan.slips.ntpdStopped(host)) {
            s.text("NTPD running", "False");
        }
        s.date("Boot time", ExportPlan.EXPORTED.minusSeconds(86_400L * (3 + plan.dice.pick("boot", host, 200))));
        s.text("DNS Servers", "10.0.0.53, 10.0.1.53").text("Domain", ExportPlan.DOMAIN);
        s.text("Domain List", ExportPlan.DOMAIN).text("DNS Search Order", ExportPlan.DOMAIN);
        String site = plan.siteOfHost(host).prefix();
        s.text("NTP Server(s)", plan.dice.chance("oneNtp", host, 0.05) ? "ntp1." + site + "." + ExportPlan.DOMAIN
                : "ntp1." + site + "." + ExportPlan.DOMAIN + ", ntp2." + site + "." + ExportPlan.DOMAIN);
        s.text("Vendor", esxi8(host) ? "Dell Inc." : "HPE").text("Model", esxi8(host) ? "PowerEdge R750" : "ProLiant DL380 Gen10");
        s.once("Serial number", plan.hex("serial", host, 7).toUpperCase(java.util.Locale.ROOT));
        s.once("Service tag", plan.hex("tag", host, 7).toUpperCase(java.util.Locale.ROOT));
        s.text("BIOS Vendor", esxi8(host) ? "Dell Inc." : "HPE").text("BIOS Version", esxi8(host) ? "1.12.1" : "U30");
        s.date("BIOS Date", Instant.parse("2024-03-11T00:00:00Z"));
        s.text("Certificate Issuer", "O=VMware, C=US, ST=California, L=Palo Alto, OU=VMware Engineering, CN=CA");
        int days = plan.slips.certificateDays(host);
        Instant expires = ExportPlan.EXPORTED.plusSeconds(86_400L * days + 3_600L * plan.dice.pick("certHour", host, 24));
        s.date("Certificate Start Date", expires.minusSeconds(86_400L * 730)).date("Certificate Expiry Date", expires);
        s.text("Certificate Status", days < 0 ? "expired" : days < 60 ? "expirationImminent" : "good");
        s.text("Certificate Subject", "CN=" + plan.host(host));
        s.text("Object ID", "host-" + (1_000 + host - plan.siteOfHost(host).hostFrom()));
        s.once("UUID", plan.uuid("hostUuid", host));
        s.endRow();
    }

    /** Adapters: a RAID controller, the AHCI controller, then two FC ports or the software iSCSI adapter. */
    int adapters(int host) {
        return esxi8(host) ? 4 : 3;
    }

    void vHba(Sheet s, int host, int n) {
        placement(s, host);
        switch (n) {
            case 0 -> s.text("Device", "vmhba0").text("Driver", "lsi_mr3")
                    .text("Model", "MegaRAID 12GSAS/PCIe Secure SAS39xx").text("Pci", "0000:65:00.0");
            case 1 -> s.text("Device", "vmhba1").text("Type", "Block SCSI").text("Driver", "vmw_ahci")
                    .text("Model", "Cannon Lake PCH-H AHCI Controller").text("Pci", "0000:00:17.0");
            default -> {
                if (esxi8(host)) {
                    s.text("Device", "vmhba" + n).text("Type", "Fibre Channel").text("Driver", "lpfc")
                            .text("Model", "Emulex LightPulse LPe35000-M2 32Gb FC").text("Pci", "0000:3b:00." + (n - 2));
                    s.once("WWN", "20:00:00:10:9b:" + wwn(host, n) + " 10:00:00:10:9b:" + wwn(host, n));
                } else {
                    s.text("Device", "vmhba64").text("Type", "iSCSI").text("Driver", "iscsi_vmk")
                            .text("Model", "iSCSI Software Adapter");
                    s.once("WWN", "iqn.1998-01.com.vmware:" + plan.host(host).substring(0, plan.host(host).indexOf('.'))
                            + "-" + plan.hex("iqn", host, 8));
                }
            }
        }
        s.text("Status", n < 2 ? "unknown" : "online").text("Bus", n < 2 ? "101" : "59");
        s.endRow();
    }

    private String wwn(int host, int n) {
        String h = plan.hex("wwn", host * 8L + n, 6);
        return h.substring(0, 2) + ":" + h.substring(2, 4) + ":" + h.substring(4, 6);
    }

    int nics(int host) {
        return plan.hasBmcNic(host) ? 5 : 4;
    }

    void vNic(Sheet s, int host, int n) {
        placement(s, host);
        if (n == 4) {
            s.text("Network Device", "vusb0").text("Driver", "cdce").text("Speed", "100").text("Duplex", "Full Duplex");
            s.text("Switch", "vSwitchBMC");
        } else {
            s.text("Network Device", "vmnic" + n).text("Driver", "i40en").text("Speed", "25000");
            s.text("Duplex", "Full Duplex").text("Switch", n < 2 ? "vSwitch0" : plan.dvSwitch(plan.clusterOfHost(host)));
            s.text("Uplink port", n < 2 ? null : "Uplink " + (n - 1)).text("PCI", "0000:31:00." + n);
        }
        s.once("MAC", plan.mac("hostMac", host * 8L + n).replace("00:50:56", "b4:96:91"));
        s.endRow();
    }

    int switches(int host) {
        return plan.hasBmcNic(host) ? 2 : 1;
    }

    void vSwitch(Sheet s, int host, int n) {
        placement(s, host);
        s.text("Switch", n == 0 ? "vSwitch0" : "vSwitchBMC");
        s.number("# Ports", n == 0 ? 2_560 : 128).number("Free Ports", n == 0 ? 2_545 : 125);
        if (n == 0 && plan.slips.switchMacChanges(host)) {
            s.text("Mac Changes", "True");
        }
        if (n == 0 && plan.slips.switchForged(host)) {
            s.text("Forged Transmits", "True");
        }
        s.endRow();
    }

    int portGroups(int host) {
        return plan.hasBmcNic(host) ? 3 : 2;
    }

    void vPort(Sheet s, int host, int n) {
        placement(s, host);
        int site = plan.siteOfHost(host).index();
        switch (n) {
            case 0 -> s.text("Port Group", "Management Network").text("Switch", "vSwitch0").number("VLAN", 10 + 10 * site);
            case 1 -> {
                s.text("Port Group", "VM Network").text("Switch", "vSwitch0").number("VLAN", 0);
                if (plan.slips.portPromiscuous(host)) {
                    s.text("Promiscuous Mode", "True"); // the port group's override; blank cells inherit
                }
            }
            default -> s.text("Port Group", "BMC_Network").text("Switch", "vSwitchBMC").number("VLAN", 0);
        }
        s.endRow();
    }

    void vScVmk(Sheet s, int host, int n) {
        placement(s, host);
        int cluster = plan.clusterOfHost(host);
        int local = host - plan.siteOfHost(host).hostFrom();
        int site = plan.siteOfHost(host).index();
        String[] groups = {"Management Network", "vMotion-" + plan.cluster(cluster).toLowerCase(java.util.Locale.ROOT),
                (plan.iscsi(host) ? "iSCSI-" : "NFS-") + plan.cluster(cluster).toLowerCase(java.util.Locale.ROOT)};
        s.text("Port Group", groups[n]).text("Device", "vmk" + n);
        s.once("Mac Address", plan.mac("vmkMac", host * 4L + n));
        s.once("IP Address", "172." + (16 + site * 8 + n) + "." + (local / 250) + "." + (local % 250 + 2));
        s.text("Subnet mask", "255.255.0.0");
        s.text("Gateway", n == 0 ? "172." + (16 + site * 8) + ".0.1" : null);
        s.number("MTU", n == 0 ? 1_500 : 9_000);
        s.endRow();
    }

    /** One row per shared VMFS datastore of the host's cluster, and one for its local disk. */
    int multipaths() {
        return ExportPlan.SHARED_DATASTORES + 1;
    }

    void vMultiPath(Sheet s, int host, int n) {
        placement(s, host);
        int cluster = plan.clusterOfHost(host);
        boolean local = n == ExportPlan.SHARED_DATASTORES;
        if (local) {
            s.text("Datastore", plan.localDatastore(host));
            s.once("Disk", "naa.6d09466" + plan.hex("localDisk", host, 25));
            s.text("Display name", "Local DELL Disk").text("Policy", "VMW_PSP_FIXED");
            s.text("Path 1", "vmhba0").text("Path 1 state", "Active");
            s.text("Vendor", "DELL").text("Model", "PERC H755 Front").text("Revision", "5.16");
            s.text("vStorage", "unknown").number("Queue depth", 892);
        } else {
            s.text("Datastore", plan.sharedDatastore(cluster, n));
            String naa = lunId(cluster, n);
            s.text("Disk", naa);
            boolean fc = !plan.iscsi(host);
            s.text("Display name", (fc ? "NETAPP Fibre Channel Disk (" : "PURE iSCSI Disk (") + naa + ")");
            s.text("Policy", "VMW_PSP_RR");
            boolean deadPath = plan.dice.chance("deadPath", host * 8L + n, 0.01);
            for (int p = 1; p <= 4; p++) {
                s.text("Path " + p, fc ? (p % 2 == 1 ? "vmhba2" : "vmhba3") : "vmhba64");
                s.text("Path " + p + " state", deadPath && p == 4 ? "Dead" : "Active");
            }
            s.text("Vendor", fc ? "NETAPP" : "PURE").text("Model", fc ? "LUN C-Mode" : "FlashArray");
            s.text("Revision", fc ? "9130" : "8888").text("vStorage", "supported").number("Queue depth", fc ? 64 : 256);
            s.text("Serial #", "unavailable");
        }
        s.text("Level", "SCSI-6");
        s.endRow();
    }

    String lunId(int cluster, int n) {
        return (plan.siteOfCluster(cluster).index() == 0 ? "naa.600a0980" : "naa.624a9370")
                + plan.hex("lun", cluster * 8L + n, 24);
    }
}
