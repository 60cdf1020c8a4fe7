package io.virtaudit.generate.rvtools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tabs of an RVTools 4.7 export in the order RVTools writes them, each with its full header row
 * in RVTools' column order (taken from published 4.7.x exports) and, per column, the value most
 * rows hold, so that a generated workbook is as wide and as full as a real one. A column written
 * {@code Header=value} has that default; {@code =#n} is a number; a column without one stays blank
 * unless a tab's writer fills it. The vCenter custom attributes sit between {@code Annotation} and
 * {@code Datacenter}, sorted by name, and are repeated in every VM tab as RVTools repeats them.
 */
final class Headers {

    /** Custom attributes defined for every object type, as vCenter (and Veeam) create them. */
    static final String GLOBAL_ATTRIBUTES = "Backup status|ClusterInvariantVMMId|Last backup";
    /** The VM tabs add the VM-only attribute a backup product writes. */
    static final String VM_ATTRIBUTES = GLOBAL_ATTRIBUTES + "|Rubrik_LastBackup";

    private static final String VM_TAIL = "Annotation|" + VM_ATTRIBUTES + "|Datacenter|Cluster|Host|Folder"
            + "|OS according to the configuration file|OS according to the VMware Tools";
    private static final String SDK = "VI SDK Server|VI SDK UUID";

    private static final Map<String, String> TABS = new LinkedHashMap<>();

    static {
        TABS.put("vInfo", "VM|Powerstate|Template=False|SRM Placeholder=False|Config status=green|DNS Name"
                + "|Connection state=connected|Guest state|Heartbeat|Consolidation Needed=False|PowerOn"
                + "|Suspended To Memory|Suspend time|Suspend Interval=#0|Creation date|Change Version|CPUs"
                + "|Overall Cpu Readiness=#0|Memory|Active Memory|NICs|Disks|Total disk capacity MiB"
                + "|Fixed Passthru HotPlug=False|min Required EVC Mode Key|Latency Sensitivity=normal"
                + "|Op Notification Timeout=#0|EnableUUID=False|CBT=True|Primary IP Address|Network #1|Network #2"
                + "|Network #3|Network #4|Network #5|Network #6|Network #7|Network #8|Num Monitors=#1"
                + "|Video Ram KiB=#8192|Resource pool|Folder ID|Folder|vApp|DAS protection=True"
                + "|FT State=notConfigured|FT Role|FT Latency=#-1|FT Bandwidth=#-1|FT Sec. Latency=#-1"
                + "|Vm Failover In Progress|Provisioned MiB|In Use MiB|Unshared MiB"
                + "|HA Restart Priority=clusterRestartPriority|HA Isolation Response=clusterIsolationResponse"
                + "|HA VM Monitoring=vmMonitoringDisabled|Cluster rule(s)|Cluster rule name(s)|Boot Required=False"
                + "|Boot delay=#0|Boot retry delay=#10000|Boot retry enabled=False|Boot BIOS setup=False"
                + "|Reboot PowerOff=False|EFI Secure boot|Firmware|HW version|HW upgrade status=none"
                + "|HW upgrade policy=never|HW target|Path|Log directory|Snapshot directory|Suspend directory|"
                + VM_TAIL.replace("|Folder|", "|") + "|Customization Info|Guest Detailed Data|VM ID|SMBIOS UUID"
                + "|VM UUID|VI SDK Server type|VI SDK API Version|" + SDK);
        TABS.put("vCPU", "VM|Powerstate|Template=False|SRM Placeholder=False|CPUs|Sockets|Cores p/s|Max|Overall"
                + "|Level=normal|Shares|Reservation=#0|Entitlement|DRS Entitlement|Limit=#-1|Hot Add=False"
                + "|Hot Remove=False|Numa Hotadd Exposed=False|" + VM_TAIL + "|VM ID|VM UUID|" + SDK);
        TABS.put("vMemory", "VM|Powerstate|Template=False|SRM Placeholder=False|Size MiB"
                + "|Memory Reservation Locked To Max=False|Overhead|Max|Consumed|Consumed Overhead|Private|Shared"
                + "|Swapped=#0|Ballooned=#0|Active|Entitlement|DRS Entitlement|Level=normal|Shares|Reservation=#0"
                + "|Limit=#-1|Hot Add=False|" + VM_TAIL + "|VM ID|VM UUID|" + SDK);
        TABS.put("vDisk", "VM|Powerstate|Template=False|SRM Placeholder=False|Disk|Disk Key|Disk UUID|Disk Path"
                + "|Capacity MiB|Raw=False|Disk Mode=persistent|Sharing mode=sharingNone|Thin|Eagerly Scrub=False"
                + "|Split=False|Write Through=False|Level=normal|Shares=#1000|Reservation=#0|Limit=#-1|Controller"
                + "|Label|SCSI Unit #|Unit #|Shared Bus=noSharing|Path|Raw LUN ID|Raw Comp. Mode"
                + "|Internal Sort Column|" + VM_TAIL + "|VM ID|VM UUID|" + SDK);
        TABS.put("vPartition", "VM|Powerstate|Template=False|SRM Placeholder=False|Disk Key|Disk|Capacity MiB"
                + "|Consumed MiB|Free MiB|Free %|Internal Sort Column|" + VM_TAIL + "|VM ID|VM UUID|" + SDK);
        TABS.put("vNetwork", "VM|Powerstate|Template=False|SRM Placeholder=False|NIC label|Adapter=Vmxnet3"
                + "|Network|Switch|Connected|Starts Connected=True|Mac Address|Type=assigned|IPv4 Address"
                + "|IPv6 Address|Direct Path IO=False|Internal Sort Column|" + VM_TAIL + "|VM ID|VM UUID|" + SDK);
        TABS.put("vCD", "VM|Powerstate|Template=False|SRM Placeholder=False|Device Node|Connected"
                + "|Starts Connected=False|Device Type|" + VM_TAIL + "|VMRef|VM ID|VM UUID|" + SDK);
        TABS.put("vUSB", "VM|Powerstate|Template=False|SRM Placeholder=False|Device Node|Device Type|Connected"
                + "|Family|Speed|EHCI enabled|Auto connect|Bus number|Unit number|" + VM_TAIL.replace(
                        "VMware Tools", "VMware tools") + "|VMRef|VM ID|VM UUID|" + SDK);
        TABS.put("vSnapshot", "VM|Powerstate|Name|Description|Date / time|Filename|Size MiB (vmsn)"
                + "|Size MiB (total)|Quiesced|State|" + VM_TAIL + "|VM ID|VM UUID|" + SDK);
        TABS.put("vTools", "VM|Powerstate|Template=False|SRM Placeholder=False|VM Version|Tools|Tools Version"
                + "|Required Version|Upgradeable|Upgrade Policy=manual|Sync time=False|App status"
                + "|Heartbeat status|Kernel Crash state|Operation Ready|State change support|Interactive Guest|"
                + VM_TAIL + "|VMRef|VM ID|VM UUID|" + SDK);
        TABS.put("vSource", "Name|OS type|API type|API version|Version|Patch level|Build|Fullname|Product name"
                + "|Product version|Product line|Vendor|" + SDK);
        TABS.put("vRP", "Resource Pool name|Resource Pool path|Status=green|# VMs total|# VMs|# vCPUs"
                + "|CPU limit=#-1|CPU overheadLimit|CPU reservation=#0|CPU level=normal|CPU shares=#4000"
                + "|CPU expandableReservation=True|CPU maxUsage|CPU overallUsage|CPU reservationUsed"
                + "|CPU reservationUsedForVm|CPU unreservedForPool|CPU unreservedForVm|Mem Configured"
                + "|Mem limit=#-1|Mem overheadLimit|Mem reservation=#0|Mem level=normal|Mem shares=#163840"
                + "|Mem expandableReservation=True|Mem maxUsage|Mem overallUsage|Mem reservationUsed"
                + "|Mem reservationUsedForVm|Mem unreservedForPool|Mem unreservedForVm|QS overallCpuDemand"
                + "|QS overallCpuUsage|QS staticCpuEntitlement|QS distributedCpuEntitlement|QS balloonedMemory=#0"
                + "|QS compressedMemory=#0|QS consumedOverheadMemory|QS distributedMemoryEntitlement"
                + "|QS guestMemoryUsage|QS hostMemoryUsage|QS overheadMemory|QS privateMemory|QS sharedMemory"
                + "|QS staticMemoryEntitlement|QS swappedMemory=#0|Object ID|" + SDK);
        TABS.put("vCluster", "Name|Config status=green|OverallStatus=green|NumHosts|numEffectiveHosts|TotalCpu"
                + "|NumCpuCores|NumCpuThreads|Effective Cpu|TotalMemory|Effective Memory|Num VMotions"
                + "|HA enabled=True|Failover Level=#1|AdmissionControlEnabled=True|Host monitoring=enabled"
                + "|HB Datastore Candidate Policy=allFeasibleDsWithUserPreference|Isolation Response=none"
                + "|Restart Priority=medium|Cluster Settings|Max Failures=#3|Max Failure Window=#-1"
                + "|Failure Interval=#30|Min Up Time=#120|VM Monitoring=vmMonitoringDisabled|DRS enabled=True"
                + "|DRS default VM behavior=fullyAutomated|DRS vmotion rate=#3|DPM enabled=False"
                + "|DPM default behavior=automated|DPM Host Power Action Rate=#3|Object ID|" + GLOBAL_ATTRIBUTES
                + "|com.vmware.vcenter.cluster.edrs.upgradeHostAdded|" + SDK);
        TABS.put("vHost", "Host|Datacenter|Cluster|Config status=green|Compliance Check State|in Maintenance Mode"
                + "=False|in Quarantine Mode=False|vSAN Fault Domain Name|CPU Model|Speed|HT Available=True"
                + "|HT Active=True|# CPU|Cores per CPU|# Cores|CPU usage %|# Memory|Memory Tiering Type"
                + "|Memory usage %|Console|# NICs|# HBAs|# VMs total|# VMs|VMs per Core|# vCPUs|vCPUs per Core|vRAM"
                + "|VM Used memory|VM Memory Swapped=#0|VM Memory Ballooned=#0|VMotion support=True"
                + "|Storage VMotion support=True|Current EVC|Max EVC|Assigned License(s)|ATS Heartbeat=True"
                + "|ATS Locking=True|Current CPU power man. policy=Balanced|Supported CPU power man.="
                + "ACPI P-states, ACPI C-states|Host Power Policy=Balanced|ESX Version|Boot time|DNS Servers"
                + "|DHCP=False|Domain|Domain List|DNS Search Order|NTP Server(s)|NTPD running=True|Time Zone=UTC"
                + "|Time Zone Name=UTC|GMT Offset=#0|Vendor|Model|Serial number|Service tag|OEM specific string"
                + "|BIOS Vendor|BIOS Version|BIOS Date|Certificate Issuer|Certificate Start Date"
                + "|Certificate Expiry Date|Certificate Status=good|Certificate Subject|Object ID"
                + "|AutoDeploy.MachineIdentity|" + GLOBAL_ATTRIBUTES + "|UUID|" + SDK);
        TABS.put("vHBA", "Host|Datacenter|Cluster|Device|Type|Status|Bus|Pci|Driver|Model|WWN|" + SDK);
        TABS.put("vNIC", "Host|Datacenter|Cluster|Network Device|Driver|Speed|Duplex|MAC|Switch|Uplink port|PCI"
                + "|WakeOn=False|" + SDK);
        TABS.put("vSwitch", "Host|Datacenter|Cluster|Switch|# Ports|Free Ports|Promiscuous Mode=False"
                + "|Mac Changes=False|Forged Transmits=False|Traffic Shaping=False|Width|Peak|Burst"
                + "|Policy=loadbalance_srcid|Reverse Policy=True|Notify Switch=True|Rolling Order=False"
                + "|Offload=False|TSO=True|Zero Copy Xmit=True|MTU=#1500|" + SDK);
        TABS.put("vPort", "Host|Datacenter|Cluster|Port Group|Switch|VLAN|Promiscuous Mode|Mac Changes"
                + "|Forged Transmits|Traffic Shaping|Width|Peak|Burst|Policy|Reverse Policy|Notify Switch"
                + "|Rolling Order|Offload|TSO|Zero Copy Xmit|" + SDK);
        TABS.put("dvSwitch", "Switch|Datacenter|Name|Vendor=VMware, Inc.|Version=8.0.0|Description|Created"
                + "|Host members|Max Ports=#2147483647|# Ports|# VMs|In Traffic Shaping=False|In Avg|In Peak"
                + "|In Burst|Out Traffic Shaping=False|Out Avg|Out Peak|Out Burst|CDP Type=cdp|CDP Operation=listen"
                + "|LACP Name|LACP Mode|LACP Load Balance Alg.|Max MTU=#9000|Contact|Admin Name|Object ID|"
                + GLOBAL_ATTRIBUTES + "|" + SDK);
        TABS.put("dvPort", "Port|Switch|Type=earlyBinding|# Ports|VLAN|Speed|Full Duplex|Blocked=False"
                + "|Allow Promiscuous=False|Mac Changes=False|Active Uplink|Standby Uplink|Policy=loadbalance_srcid"
                + "|Forged Transmits=False|In Traffic Shaping=False|In Avg|In Peak|In Burst|Out Traffic Shaping=False"
                + "|Out Avg|Out Peak|Out Burst|Reverse Policy=True|Notify Switch=True|Rolling Order=False"
                + "|Check Beacon=False|Live Port Moving=False|Check Duplex=False|Check Error %=False"
                + "|Check Speed=minimum|Percentage=#0|Block Override=True|Config Reset=False"
                + "|Shaping Override=False|Vendor Config Override=False|Sec. Policy Override=False"
                + "|Teaming Override=False|Vlan Override=False|Object ID|" + SDK);
        TABS.put("vSC_VMK", "Host|Datacenter|Cluster|Port Group|Device|Mac Address|DHCP=False|IP Address"
                + "|IP 6 Address|Subnet mask|Gateway|IP 6 Gateway|MTU|" + SDK);
        TABS.put("vDatastore", "Name|Config status=green|Address|Accessible=True|Type|# VMs total|# VMs"
                + "|Capacity MiB|Provisioned MiB|In Use MiB|Free MiB|Free %|SIOC enabled=False|SIOC Threshold=#30"
                + "|# Hosts|Hosts|Cluster name|Cluster capacity MiB|Cluster free space MiB|Block size|Max Blocks"
                + "|# Extents|Major Version|Version|VMFS Upgradeable=False|MHA|URL|Object ID|" + GLOBAL_ATTRIBUTES
                + "|" + SDK);
        TABS.put("vMultiPath", "Host|Cluster|Datacenter|Datastore|Disk|Display name|Policy|Oper. State=ok"
                + "|Path 1|Path 1 state|Path 2|Path 2 state|Path 3|Path 3 state|Path 4|Path 4 state|Path 5"
                + "|Path 5 state|Path 6|Path 6 state|Path 7|Path 7 state|Path 8|Path 8 state|vStorage"
                + "|Queue depth|Vendor|Model|Revision|Level|Serial #|UUID|Object ID|" + SDK);
        TABS.put("vLicense", "Name|Key|Labels|Cost Unit|Total|Used|Expiration Date|Features|" + SDK);
        TABS.put("vFileInfo", "Friendly Path Name|File Name|File Type|File Size in bytes|Path"
                + "|Internal Sort Column|" + SDK);
        TABS.put("vHealth", "Name|Message|Message type|" + SDK);
        TABS.put("vMetaData", "RVTools major version|RVTools version|xlsx creation datetime|Server");
    }

    /** One column: its header and the value a row holds unless its writer says otherwise. */
    record Column(String header, String text, Double number) {
    }

    private Headers() {
    }

    /** The tabs in RVTools' order. */
    static List<String> tabs() {
        return List.copyOf(TABS.keySet());
    }

    /** The tab's columns in order. */
    static List<Column> columns(String tab) {
        List<Column> columns = new ArrayList<>();
        for (String spec : TABS.get(tab).split("\\|")) {
            int eq = spec.indexOf('=');
            if (eq < 0) {
                columns.add(new Column(spec, null, null));
            } else if (spec.charAt(eq + 1) == '#') {
                columns.add(new Column(spec.substring(0, eq), null, Double.parseDouble(spec.substring(eq + 2))));
            } else {
                columns.add(new Column(spec.substring(0, eq), spec.substring(eq + 1), null));
            }
        }
        return columns;
    }
}
