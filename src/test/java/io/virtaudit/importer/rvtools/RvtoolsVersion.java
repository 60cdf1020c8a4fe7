package io.virtaudit.importer.rvtools;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The RVTools versions the spec names (3.x, 4.4.3, 4.7.1.4) as test fixtures see them: each tab's
 * header row as that version writes it and the value spellings that differ, so that one small
 * estate can be written in each version's shape ({@link VersionedExport}) and every field checked
 * per version: its value where the version has the column, unknown where it has not.
 *
 * <p>Column names are given in each version's own spelling; {@link #spell} turns the current
 * (4.7.1.4) name into it. In the VM tabs, {@link Constants#ATTRIBUTES} stands where RVTools puts the
 * vCenter's custom attribute columns (between {@code Annotation} and {@code Datacenter}).
 *
 * <h2>Where the header rows come from</h2>
 * Each {@link Header} says whether its row was seen in public material ({@code seen}) or
 * reconstructed ({@code reconstructed}: the nearest version's row with this version's unit
 * spellings, because no row of it was found). Sources, all public GitHub code read through the
 * project's reference search (December 2026):
 * <ul>
 * <li>RVTools 4.7.x: the header rows of a real export ({@code RVTOOLEX.xlsx}, 27 sheets) as copied
 *     into {@code Yoobuu/Kylow} {@code vmware_rvtools_exporter} (its compatibility module and
 *     {@code out/compare/report.md}, which also shows that vDisk's {@code Path} is filled for every
 *     disk, not only raw ones). vHost there has {@code Memory Tiering Type} (vSphere 8.0 U3, June
 *     2024) and the {@code Certificate …} columns; vMetaData starts with {@code RVTools major
 *     version}. The same rows appear in two RVTools-like generators (an RVTools CSV data
 *     generator and a PowerShell exporter), which adds no evidence but no contradiction.</li>
 * <li>RVTools 4.4.3: no header row of it was found. It is modelled as 4.7.1.4 without the columns
 *     RVTools added later: vHost's {@code Certificate …} columns (the spec: "RVTools 4.7 and
 *     later") and {@code Memory Tiering Type} (a vSphere feature newer than 4.4.3), vMetaData's
 *     {@code RVTools major version}. Its Services-less vSC_VMK is already covered by
 *     RvtoolsRealWorldVariantsTest.</li>
 * <li>RVTools 3.x: vInfo is the header of a real {@code RVTools_tabvInfo.csv} of January 2018 (3.9
 *     or 3.10, Windows locale: {@code "16,384"}, {@code HW version} {@code 8}, no {@code Latency
 *     Sensitivity}, no {@code Creation date}, {@code Provisioned MB}) kept as a fixture in the
 *     Spock specification of a migration tool's ETL processor. vHost, vCluster, vDatastore, vDisk,
 *     vPartition and vNetwork follow the column lists of a 3.x import in a Brazilian
 *     administration's inventory system (C# entities of {@code ;}-separated RVTools CSV files):
 *     vHost without {@code in Maintenance Mode} and certificate columns but with {@code NTPD
 *     running} and {@code VI SDK Server}; vCluster with {@code Host monitoring}; vDatastore in
 *     {@code MB}; vDisk with {@code Capacity MB}, {@code Raw}, {@code Disk Mode}, {@code Thin},
 *     {@code Path} and {@code Raw Comp. Mode} but neither {@code Sharing mode}, {@code Shared Bus}
 *     nor {@code Disk Path}. vCPU, vMemory, vCD, vFloppy, vUSB, vHealth and the switch tabs are
 *     reconstructed. 3.x has no vSource tab (managers come from vInfo's {@code VI SDK Server
 *     type}, as the spec says); no vLicense header of 3.x was found, so this model has none and
 *     licences stay unknown.</li>
 * <li>Older 3.x (3.8 and before, about 2015–2016): NetWorker scripts reading
 *     {@code RVTools3.8/RVTools_tabvInfo.csv} and {@code RVTools_tabvHost.csv} quote their header
 *     rows: vInfo ends {@code …, Datacenter, Cluster, Host, OS, VM Version, UUID, Object ID} (no VI
 *     SDK columns), vHost has neither {@code NTPD running} nor {@code VI SDK Server}, and the boot
 *     time is written {@code 3/15/2016 7:47:54 AM}. That shape is {@link #RVTOOLS_3_8_VINFO} and
 *     {@link #RVTOOLS_3_8_VHOST}, tested apart.</li>
 * <li>Not modelled: exports written with the command-line option {@code -DBColumnNames}, whose
 *     headers are RVTools' database names ({@code vInfoVMName}, {@code vInfoPowerstate}, seen in
 *     PowerBI and pandas scripts). virtaudit does not read them yet.</li>
 * </ul>
 */
enum RvtoolsVersion {

    /** RVTools 3.9–3.10: sizes in {@code MB}, per-tab CSV in the Windows locale's digit groups. */
    RVTOOLS_3("3.10.0", true, "VMware vCenter Server 6.0.0 build-3634793", "6.0.0", "3634793",
            "VMware ESXi 6.0.0 build-3620759", 11, Map.ofEntries(
            seen("vInfo", "VM,Powerstate,Template,Config status,DNS Name,Connection state,Guest state,Heartbeat,"
                    + "Consolidation Needed,PowerOn,Suspend time,Change Version,CPUs,Memory,NICs,Disks,Network #1,"
                    + "Network #2,Network #3,Network #4,Num Monitors,Video Ram KB,Resource pool,Folder,vApp,"
                    + "DAS protection,FT State,FT Latency,FT Bandwidth,FT Sec. Latency,Provisioned MB,In Use MB,"
                    + "Unshared MB,HA Restart Priority,HA Isolation Response,HA VM Monitoring,Cluster rule(s),"
                    + "Cluster rule name(s),Boot Required,Boot delay,Boot retry delay,Boot retry enabled,"
                    + "Boot BIOS setup,Firmware,HW version,HW upgrade status,HW upgrade policy,HW target,Path,"
                    + "Annotation," + Constants.ATTRIBUTES + ",Datacenter,Cluster,Host,"
                    + "OS according to the configuration file,OS according to the VMware Tools,VM ID,VM UUID,"
                    + "VI SDK Server type,VI SDK API Version,VI SDK Server,VI SDK UUID"),
            reconstructed("vCPU", "VM,Powerstate,Template,CPUs,Max,Overall,Level,Shares,Reservation,Entitlement,"
                    + "DRS Entitlement,Limit,Hot Add,Hot Remove," + Constants.VM_TAIL),
            reconstructed("vMemory", "VM,Powerstate,Template,Size MB,Overhead,Max,Consumed,Consumed Overhead,"
                    + "Private,Shared,Swapped,Ballooned,Active,Entitlement,DRS Entitlement,Level,Shares,Reservation,"
                    + "Limit,Hot Add," + Constants.VM_TAIL),
            seen("vDisk", "VM,Powerstate,Template,Disk,Capacity MB,Raw,Disk Mode,Thin,Eagerly Scrub,Split,"
                    + "Write Through,Level,Shares,Reservation,Limit,Controller,Unit #,Path,Raw LUN ID,Raw Comp. Mode,"
                    + Constants.VM_TAIL),
            seen("vPartition", "VM,Powerstate,Template,Disk,Capacity MB,Free MB,Free %," + Constants.VM_TAIL),
            seen("vNetwork", "VM,Powerstate,Template,Adapter,Network,Switch,Connected,Starts Connected,"
                    + "Mac Address,Type,IP Address,Folder,Annotation," + Constants.ATTRIBUTES + ",Datacenter,Cluster,"
                    + "Host,OS according to the configuration file,OS according to the VMware Tools,VM ID,VM UUID,"
                    + "VI SDK Server,VI SDK UUID"),
            reconstructed("vCD", "VM,Powerstate,Template,Device Node,Connected,Starts Connected,Device Type,"
                    + Constants.VM_TAIL),
            reconstructed("vFloppy", "VM,Powerstate,Template,Device Node,Connected,Starts Connected,Device Type,"
                    + Constants.VM_TAIL),
            reconstructed("vUSB", "VM,Powerstate,Template,Device Node,Device Type,Connected,Family,Speed,"
                    + "EHCI enabled,Auto connect,Bus number,Unit number," + Constants.VM_TAIL),
            seen("vHost", "Host,Datacenter,Cluster,Config status,CPU Model,Speed,HT Available,HT Active,# CPU,"
                    + "Cores per CPU,# Cores,CPU usage %,# Memory,Memory usage %,Console,# NICs,# HBAs,# VMs,"
                    + "VMs per Core,# vCPUs,vCPUs per Core,vRAM,VM Used memory,VM Memory Swapped,VM Memory Ballooned,"
                    + "VMotion support,Storage VMotion support,Current EVC,Max EVC,ESX Version,Boot time,DNS Servers,"
                    + "DHCP,Domain,DNS Search Order,NTP Server(s),NTPD running,Time Zone,Time Zone Name,GMT Offset,"
                    + "Vendor,Model,Service tag,OEM specific string,BIOS Version,BIOS Date,Object ID,VI SDK Server,"
                    + "VI SDK UUID"),
            seen("vCluster", "Name,Config status,OverallStatus,NumHosts,numEffectiveHosts,TotalCpu,NumCpuCores,"
                    + "NumCpuThreads,Effective Cpu,TotalMemory,Effective Memory,Num VMotions,HA enabled,"
                    + "Failover Level,AdmissionControlEnabled,Host monitoring,HB Datastore Candidate Policy,"
                    + "Isolation Response,Restart Priority,Cluster Settings,Max Failures,Max Failure Window,"
                    + "Failure Interval,Min Up Time,VM Monitoring,DRS enabled,DRS default VM behavior,"
                    + "DRS vmotion rate,DPM enabled,DPM default behavior,DPM Host Power Action Rate,VI SDK Server,"
                    + "VI SDK UUID"),
            seen("vDatastore", "Name,Config status,Address,Accessible,Type,# VMs,Capacity MB,Provisioned MB,"
                    + "In Use MB,Free MB,Free %,SIOC enabled,SIOC Threshold,# Hosts,Hosts,Block size,Max Blocks,"
                    + "# Extents,Major Version,Version,VMFS Upgradeable,MHA,URL,VI SDK Server,VI SDK UUID"),
            reconstructed("vSwitch", Constants.VSWITCH),
            reconstructed("vPort", Constants.VPORT),
            reconstructed("dvSwitch", Constants.DVSWITCH),
            reconstructed("dvPort", Constants.DVPORT),
            reconstructed("vHealth", "Name,Message,Message type,VI SDK Server,VI SDK UUID"),
            reconstructed("vMetaData", "RVTools version,xlsx creation datetime,Server"))),

    /** RVTools 4.4.3 (2023): MiB everywhere, vSource and vLicense, no host certificate columns yet. */
    RVTOOLS_4_4_3("4.4.3.0", false, "VMware vCenter Server 7.0.3 build-21477706", "7.0.3", "21477706",
            "VMware ESXi 7.0.3 build-21424296", 19, Constants.current(false)),

    /** RVTools 4.7.1.4 (2025): the shape the other tests use. */
    RVTOOLS_4_7_1_4("4.7.1.4", false, "VMware vCenter Server 8.0.3 build-24322831", "8.0.3", "24322831",
            "VMware ESXi 8.0.3 build-24280767", 21, Constants.current(true));

    /** vInfo as RVTools 3.8 and before wrote it (a NetWorker script's copy of the header row). */
    static final List<String> RVTOOLS_3_8_VINFO = columns("VM,DNS Name,Powerstate,Connection state,Guest state,"
            + "Heartbeat,Consolidation Needed,PowerOn,Suspend time,CPUs,Memory,NICs,Disks,Network #1,Network #2,"
            + "Network #3,Network #4,Resource pool,Folder,vApp,DAS protection,FT State,FT Latency,FT Bandwidth,"
            + "FT Sec. Latency,Boot Required,Provisioned MB,In Use MB,Unshared MB,HA Restart Priority,"
            + "HA Isolation Response,Cluster rule(s),Cluster rule name(s),Path,Annotation," + Constants.ATTRIBUTES
            + ",Datacenter,Cluster,Host,OS,VM Version,UUID,Object ID");

    /** vHost as RVTools 3.8 and before wrote it (the same scripts). */
    static final List<String> RVTOOLS_3_8_VHOST = columns("Host,Datacenter,Cluster,CPU Model,Speed,HT Available,"
            + "HT Active,# CPU,Cores per CPU,# Cores,CPU usage %,# Memory,Memory usage %,Console,# NICs,# HBAs,# VMs,"
            + "VMs per Core,# vCPUs,vCPUs per Core,vRAM,VM Used memory,VM Memory Swapped,VM Memory Ballooned,"
            + "VMotion support,Storage VMotion support,Current EVC,Max EVC,ESX Version,Boot time,DNS Servers,DHCP,"
            + "Domain,DNS Search Order,NTP Server(s),Time Zone,Time Zone Name,GMT Offset,Vendor,Model,BIOS Version,"
            + "BIOS Date,Object ID");

    /** Where a version's header row came from. */
    enum Evidence { SEEN, RECONSTRUCTED }

    /** One tab's header row in a version, and whether it was seen or reconstructed. */
    record Header(List<String> columns, Evidence evidence) {
    }

    private final String metadataVersion;
    private final boolean oldUnits;
    private final String vcenterType;
    private final String vcenterVersion;
    private final String vcenterBuild;
    private final String esxVersion;
    private final int hardwareVersion;
    private final Map<String, Header> tabs;

    RvtoolsVersion(String metadataVersion, boolean oldUnits, String vcenterType, String vcenterVersion,
                   String vcenterBuild, String esxVersion, int hardwareVersion, Map<String, Header> tabs) {
        this.metadataVersion = metadataVersion;
        this.oldUnits = oldUnits;
        this.vcenterType = vcenterType;
        this.vcenterVersion = vcenterVersion;
        this.vcenterBuild = vcenterBuild;
        this.esxVersion = esxVersion;
        this.hardwareVersion = hardwareVersion;
        this.tabs = tabs;
    }

    /** What vMetaData's {@code RVTools version} holds. */
    String metadataVersion() {
        return metadataVersion;
    }

    /**
     * Whether its per-tab CSV files group digits as the Windows locale does ({@code "16,384"}), as the
     * 3.x CSV above does; 4.x CSV is written here with plain digits, the other habit seen.
     */
    boolean groupsDigitsInCsv() {
        return oldUnits;
    }

    /** The vCenter of the era, as vInfo's {@code VI SDK Server type} and vSource's {@code Fullname} spell it. */
    String vcenterType() {
        return vcenterType;
    }

    String vcenterVersion() {
        return vcenterVersion;
    }

    String vcenterBuild() {
        return vcenterBuild;
    }

    /** vHost's {@code ESX Version} of the era. */
    String esxVersion() {
        return esxVersion;
    }

    /** The newest virtual hardware of the era, a VM's {@code HW version}. */
    int hardwareVersion() {
        return hardwareVersion;
    }

    /** A tab's header row, empty when the version has no such tab. */
    Optional<Header> header(String tab) {
        return Optional.ofNullable(tabs.get(tab));
    }

    /** The version's spelling of a column named as RVTools 4.7.1.4 names it: {@code Capacity MiB} → {@code Capacity MB} in 3.x. */
    String spell(String column) {
        return oldUnits ? column.replace(" MiB", " MB").replace(" KiB", " KB") : column;
    }

    /** Whether the version's tab has the column (named as 4.7.1.4 names it). */
    boolean has(String tab, String column) {
        return header(tab).map(h -> h.columns().contains(spell(column))).orElse(false);
    }

    @Override
    public String toString() {
        return "RVTools " + metadataVersion;
    }

    private static List<String> columns(String commaSeparated) {
        return List.of(commaSeparated.split(","));
    }

    private static Map.Entry<String, Header> seen(String tab, String header) {
        return Map.entry(tab, new Header(columns(header), Evidence.SEEN));
    }

    private static Map.Entry<String, Header> reconstructed(String tab, String header) {
        return Map.entry(tab, new Header(columns(header), Evidence.RECONSTRUCTED));
    }

    /** Header parts shared by several versions (an enum's constants cannot reach its static fields). */
    static final class Constants {
        /** Stands for the custom attribute columns; {@link VersionedExport} writes the estate's there. */
        static final String ATTRIBUTES = "{custom attributes}";
        /** How VM tabs end, in 3.x as in 4.x (vCD and vUSB add VMRef before VM ID in 4.x). */
        static final String VM_TAIL = "Annotation," + ATTRIBUTES + ",Datacenter,Cluster,Host,Folder,"
                + "OS according to the configuration file,OS according to the VMware Tools,VM ID,VM UUID,"
                + "VI SDK Server,VI SDK UUID";
        static final String VSWITCH = "Host,Datacenter,Cluster,Switch,# Ports,Free Ports,Promiscuous Mode,Mac Changes,"
                + "Forged Transmits,Traffic Shaping,Width,Peak,Burst,Policy,Reverse Policy,Notify Switch,Rolling Order,"
                + "Offload,TSO,Zero Copy Xmit,MTU,VI SDK Server,VI SDK UUID";
        static final String VPORT = "Host,Datacenter,Cluster,Port Group,Switch,VLAN,Promiscuous Mode,Mac Changes,"
                + "Forged Transmits,Traffic Shaping,Width,Peak,Burst,Policy,Reverse Policy,Notify Switch,Rolling Order,"
                + "Offload,TSO,Zero Copy Xmit,VI SDK Server,VI SDK UUID";
        static final String DVSWITCH = "Switch,Datacenter,Name,Vendor,Version,Description,Created,Host members,"
                + "Max Ports,# Ports,# VMs,In Traffic Shaping,In Avg,In Peak,In Burst,Out Traffic Shaping,Out Avg,"
                + "Out Peak,Out Burst,CDP Type,CDP Operation,LACP Name,LACP Mode,LACP Load Balance Alg.,Max MTU,"
                + "Contact,Admin Name,Object ID,VI SDK Server,VI SDK UUID";
        static final String DVPORT = "Port,Switch,Type,# Ports,VLAN,Speed,Full Duplex,Blocked,Allow Promiscuous,"
                + "Mac Changes,Active Uplink,Standby Uplink,Policy,Forged Transmits,In Traffic Shaping,In Avg,In Peak,"
                + "In Burst,Out Traffic Shaping,Out Avg,Out Peak,Out Burst,Reverse Policy,Notify Switch,Rolling Order,"
                + "Check Beacon,Live Port Moving,Check Duplex,Check Error %,Check Speed,Percentage,Block Override,"
                + "Config Reset,Shaping Override,Vendor Config Override,Sec. Policy Override,Teaming Override,"
                + "Vlan Override,Object ID,VI SDK Server,VI SDK UUID";

        private Constants() {
        }

        /** The 4.x rows (4.7.1.4's export); 4.4.3 lacks the columns named in the class comment. */
        static Map<String, Header> current(boolean v47) {
            Map<String, Header> tabs = new LinkedHashMap<>();
            put(tabs, "vInfo", "VM,Powerstate,Template,SRM Placeholder,Config status,DNS Name,Connection state,"
                    + "Guest state,Heartbeat,Consolidation Needed,PowerOn,Suspended To Memory,Suspend time,"
                    + "Suspend Interval,Creation date,Change Version,CPUs,Overall Cpu Readiness,Memory,Active Memory,"
                    + "NICs,Disks,Total disk capacity MiB,Fixed Passthru HotPlug,min Required EVC Mode Key,"
                    + "Latency Sensitivity,Op Notification Timeout,EnableUUID,CBT,Primary IP Address,Network #1,"
                    + "Network #2,Network #3,Network #4,Network #5,Network #6,Network #7,Network #8,Num Monitors,"
                    + "Video Ram KiB,Resource pool,Folder ID,Folder,vApp,DAS protection,FT State,FT Role,FT Latency,"
                    + "FT Bandwidth,FT Sec. Latency,Vm Failover In Progress,Provisioned MiB,In Use MiB,Unshared MiB,"
                    + "HA Restart Priority,HA Isolation Response,HA VM Monitoring,Cluster rule(s),Cluster rule name(s),"
                    + "Boot Required,Boot delay,Boot retry delay,Boot retry enabled,Boot BIOS setup,Reboot PowerOff,"
                    + "EFI Secure boot,Firmware,HW version,HW upgrade status,HW upgrade policy,HW target,Path,"
                    + "Log directory,Snapshot directory,Suspend directory,Annotation," + ATTRIBUTES + ",Datacenter,"
                    + "Cluster,Host,OS according to the configuration file,OS according to the VMware Tools,"
                    + "Customization Info,Guest Detailed Data,VM ID,SMBIOS UUID,VM UUID,VI SDK Server type,"
                    + "VI SDK API Version,VI SDK Server,VI SDK UUID");
            put(tabs, "vCPU", "VM,Powerstate,Template,SRM Placeholder,CPUs,Sockets,Cores p/s,Max,Overall,Level,"
                    + "Shares,Reservation,Entitlement,DRS Entitlement,Limit,Hot Add,Hot Remove,Numa Hotadd Exposed,"
                    + VM_TAIL);
            put(tabs, "vMemory", "VM,Powerstate,Template,SRM Placeholder,Size MiB,Memory Reservation Locked To Max,"
                    + "Overhead,Max,Consumed,Consumed Overhead,Private,Shared,Swapped,Ballooned,Active,Entitlement,"
                    + "DRS Entitlement,Level,Shares,Reservation,Limit,Hot Add," + VM_TAIL);
            put(tabs, "vDisk", "VM,Powerstate,Template,SRM Placeholder,Disk,Disk Key,Disk UUID,Disk Path,"
                    + "Capacity MiB,Raw,Disk Mode,Sharing mode,Thin,Eagerly Scrub,Split,Write Through,Level,Shares,"
                    + "Reservation,Limit,Controller,Label,SCSI Unit #,Unit #,Shared Bus,Path,Raw LUN ID,Raw Comp. Mode,"
                    + "Internal Sort Column," + VM_TAIL);
            put(tabs, "vPartition", "VM,Powerstate,Template,SRM Placeholder,Disk Key,Disk,Capacity MiB,Consumed MiB,"
                    + "Free MiB,Free %,Internal Sort Column," + VM_TAIL);
            put(tabs, "vNetwork", "VM,Powerstate,Template,SRM Placeholder,NIC label,Adapter,Network,Switch,Connected,"
                    + "Starts Connected,Mac Address,Type,IPv4 Address,IPv6 Address,Direct Path IO,Internal Sort Column,"
                    + VM_TAIL);
            put(tabs, "vCD", "VM,Powerstate,Template,SRM Placeholder,Device Node,Connected,Starts Connected,"
                    + "Device Type," + VM_TAIL.replace("VM ID,", "VMRef,VM ID,"));
            put(tabs, "vUSB", "VM,Powerstate,Template,SRM Placeholder,Device Node,Device Type,Connected,Family,Speed,"
                    + "EHCI enabled,Auto connect,Bus number,Unit number," + VM_TAIL.replace("VM ID,", "VMRef,VM ID,")
                    .replace("VMware Tools", "VMware tools"));
            put(tabs, "vHost", "Host,Datacenter,Cluster,Config status,Compliance Check State,in Maintenance Mode,"
                    + "in Quarantine Mode,vSAN Fault Domain Name,CPU Model,Speed,HT Available,HT Active,# CPU,"
                    + "Cores per CPU,# Cores,CPU usage %,# Memory," + (v47 ? "Memory Tiering Type," : "")
                    + "Memory usage %,Console,# NICs,# HBAs,# VMs total,# VMs,VMs per Core,# vCPUs,vCPUs per Core,vRAM,"
                    + "VM Used memory,VM Memory Swapped,VM Memory Ballooned,VMotion support,Storage VMotion support,"
                    + "Current EVC,Max EVC,Assigned License(s),ATS Heartbeat,ATS Locking,Current CPU power man. policy,"
                    + "Supported CPU power man.,Host Power Policy,ESX Version,Boot time,DNS Servers,DHCP,Domain,"
                    + "Domain List,DNS Search Order,NTP Server(s),NTPD running,Time Zone,Time Zone Name,GMT Offset,"
                    + "Vendor,Model,Serial number,Service tag,OEM specific string,BIOS Vendor,BIOS Version,BIOS Date,"
                    + (v47 ? "Certificate Issuer,Certificate Start Date,Certificate Expiry Date,Certificate Status,"
                    + "Certificate Subject," : "") + "Object ID,AutoDeploy.MachineIdentity,UUID,VI SDK Server,"
                    + "VI SDK UUID");
            put(tabs, "vCluster", "Name,Config status,OverallStatus,NumHosts,numEffectiveHosts,TotalCpu,NumCpuCores,"
                    + "NumCpuThreads,Effective Cpu,TotalMemory,Effective Memory,Num VMotions,HA enabled,Failover Level,"
                    + "AdmissionControlEnabled,Host monitoring,HB Datastore Candidate Policy,Isolation Response,"
                    + "Restart Priority,Cluster Settings,Max Failures,Max Failure Window,Failure Interval,Min Up Time,"
                    + "VM Monitoring,DRS enabled,DRS default VM behavior,DRS vmotion rate,DPM enabled,"
                    + "DPM default behavior,DPM Host Power Action Rate,Object ID,VI SDK Server,VI SDK UUID");
            put(tabs, "vDatastore", "Name,Config status,Address,Accessible,Type,# VMs total,# VMs,Capacity MiB,"
                    + "Provisioned MiB,In Use MiB,Free MiB,Free %,SIOC enabled,SIOC Threshold,# Hosts,Hosts,"
                    + "Cluster name,Cluster capacity MiB,Cluster free space MiB,Block size,Max Blocks,# Extents,"
                    + "Major Version,Version,VMFS Upgradeable,MHA,URL,Object ID,VI SDK Server,VI SDK UUID");
            put(tabs, "vSwitch", VSWITCH);
            put(tabs, "vPort", VPORT);
            put(tabs, "dvSwitch", DVSWITCH);
            put(tabs, "dvPort", DVPORT);
            put(tabs, "vHealth", "Name,Message,Message type,VI SDK Server,VI SDK UUID");
            put(tabs, "vSource", "Name,OS type,API type,API version,Version,Patch level,Build,Fullname,Product name,"
                    + "Product version,Product line,Vendor,VI SDK Server,VI SDK UUID");
            put(tabs, "vLicense", "Name,Key,Labels,Cost Unit,Total,Used,Expiration Date,Features,VI SDK Server,"
                    + "VI SDK UUID");
            put(tabs, "vMetaData", (v47 ? "RVTools major version," : "") + "RVTools version,xlsx creation datetime,"
                    + "Server");
            // 4.7.1.4's rows were seen in a real export; 4.4.3's are those rows less the later columns
            Evidence evidence = v47 ? Evidence.SEEN : Evidence.RECONSTRUCTED;
            tabs.replaceAll((tab, h) -> new Header(h.columns(), evidence));
            return Map.copyOf(tabs);
        }

        private static void put(Map<String, Header> tabs, String tab, String header) {
            tabs.put(tab, new Header(columns(header), Evidence.SEEN));
        }
    }
}
