package io.virtaudit.importer.rvtools;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * One RVTools column as virtaudit reads it: its name in current exports, other spellings of older
 * or newer ones, and whether it carries a size whose header may end in {@code MiB} or {@code MB}.
 *
 * @param name    the name in current RVTools exports, used in error messages
 * @param aliases other accepted spellings
 * @param sized   whether {@code "<name> MiB"} and {@code "<name> MB"} are accepted too
 */
record Column(String name, List<String> aliases, boolean sized) {

    static final Column SERVER = of("VI SDK Server");
    static final Column VM = of("VM");
    static final Column HOST = of("Host");
    static final Column CLUSTER = of("Cluster");
    static final Column NAME = of("Name");
    static final Column TYPE = of("Type");
    static final Column DRIVER = of("Driver");
    static final Column PATH = of("Path", "Disk Path");
    static final Column VENDOR = of("Vendor");
    static final Column MODEL = of("Model");
    static final Column SWITCH = of("Switch");
    static final Column MTU = of("MTU");
    static final Column PORT_GROUP = of("Port Group", "Port");
    static final Column VLAN = of("VLAN");

    static final Column POWERSTATE = of("Powerstate", "Power state");
    static final Column TEMPLATE = of("Template");
    static final Column CPUS = of("CPUs");
    static final Column MEMORY = sized("Memory");
    static final Column OS_CONFIG = of("OS according to the configuration file", "OS");
    static final Column OS_TOOLS = of("OS according to the VMware Tools");
    static final Column LATENCY = of("Latency Sensitivity");
    static final Column CREATION_DATE = of("Creation date");
    static final Column BACKUP_STATUS = of("Backup status");
    static final Column LAST_BACKUP = of("Last backup");
    /** Custom attributes backup products write on the VMs they protect (vInfo columns). */
    static final Column RUBRIK_LAST_BACKUP = of("Rubrik_LastBackup");
    static final Column VPROXY_LAST_BACKUP = of("Last EMC vProxy Backup");
    static final Column NETBACKUP_LAST_BACKUP = of("NB_LAST_BACKUP");
    static final List<Column> BACKUP_ATTRIBUTES = List.of(RUBRIK_LAST_BACKUP, VPROXY_LAST_BACKUP, NETBACKUP_LAST_BACKUP);
    static final List<Column> NETWORKS = numbered("Network #");
    static final Column ANNOTATION = of("Annotation");
    /** Where RVTools 4.x ends the custom attribute columns that follow Annotation. */
    static final Column DATACENTER = of("Datacenter");
    static final Column CONNECTION_STATE = of("Connection state");
    static final Column VM_UUID = of("VM UUID", "UUID");
    /** vCenter's managed-object id ({@code vm-1043}): tells apart two VMs of one name in different folders. */
    static final Column VM_ID = of("VM ID", "Object ID");

    static final Column HW_VERSION = of("HW version", "Hardware version", "VM Version");
    static final Column CONSOLIDATION_NEEDED = of("Consolidation Needed");
    /** vCPU (MHz) and vMemory (MiB): {@code -1} is no limit. */
    static final Column LIMIT = sized("Limit");
    static final Column RESERVATION = sized("Reservation");

    static final Column DISK_MODE = of("Disk Mode");
    static final Column RAW = of("Raw");
    static final Column RAW_MODE = of("Raw Comp. Mode", "Raw Com. Mode");
    static final Column SHARING = of("Sharing mode");
    static final Column SHARED_BUS = of("Shared Bus");
    static final Column THIN = of("Thin");

    static final Column TOOLS = of("Tools");
    static final Column TOOLS_VERSION = of("Tools Version");
    static final Column SNAPSHOT_TIME = of("Date / time", "Date/time");

    static final Column MAINTENANCE = of("in Maintenance Mode");
    static final Column CPU_MODEL = of("CPU Model");
    static final Column SOCKETS = of("# CPU");
    static final Column CORES_PER_CPU = of("Cores per CPU");
    static final Column HOST_MEMORY = sized("# Memory");
    static final Column NICS = of("# NICs");
    static final Column HBAS = of("# HBAs");
    static final Column ESX_VERSION = of("ESX Version");
    static final Column NTP = of("NTP Server(s)", "NTP Servers");
    static final Column NTPD_RUNNING = of("NTPD running", "NTP running");
    /** RVTools 4.7 and later; empty for hosts too old to report it (ESXi 5.5). */
    static final Column CERTIFICATE_EXPIRES = of("Certificate Expiry Date");

    static final Column HA_ENABLED = of("HA enabled");
    static final Column ADMISSION_CONTROL = of("AdmissionControlEnabled", "Admission Control Enabled");
    static final Column FAILOVER_LEVEL = of("Failover Level");
    static final Column DRS_ENABLED = of("DRS enabled");
    static final Column HOST_MONITORING = of("Host monitoring");

    static final Column CAPACITY = sized("Capacity");
    static final Column FREE = sized("Free");
    static final Column PROVISIONED = sized("Provisioned");
    static final Column HOST_COUNT = of("# Hosts");
    static final Column HOSTS = of("Hosts");
    static final Column ADDRESS = of("Address");

    static final Column DATASTORE = of("Datastore");
    static final Column DISK = of("Disk");
    static final Column POLICY = of("Policy");
    static final List<Column> PATHS = numbered("Path ");
    static final List<Column> PATH_STATES = IntStream.rangeClosed(1, 8)
            .mapToObj(i -> of("Path " + i + " state")).toList();

    static final Column DEVICE = of("Device");
    static final Column WWN = of("WWN");
    static final Column IP_ADDRESS = of("IP Address");
    static final Column SERVICES = of("Services", "Enabled Services");
    static final Column NETWORK_DEVICE = of("Network Device");
    /** dvPort: the uplinks a distributed port group's teaming makes active; blank on the uplink port group itself. */
    static final Column ACTIVE_UPLINK = of("Active Uplink");

    // ---- port groups and VM adapters: vSwitch, vPort, dvSwitch, dvPort, vNetwork ----
    /**
     * A switch's or port group's security policy, {@code True} = Accept. vSwitch and vPort write
     * {@code Promiscuous Mode}, dvPort {@code Allow Promiscuous}; either is read in any of them.
     */
    static final Column PROMISCUOUS = of("Promiscuous Mode", "Allow Promiscuous", "Allow Promiscuous?");
    static final Column MAC_CHANGES = of("Mac Changes", "Allow Mac Changes", "MAC Address Changes");
    static final Column FORGED_TRANSMITS = of("Forged Transmits", "Allow Forged Transmits");
    /** dvSwitch: the member hosts, comma-separated. */
    static final Column HOST_MEMBERS = of("Host members");
    static final Column MAX_MTU = of("Max MTU");
    /** vNetwork: the network (port group) an adapter connects to. */
    static final Column NETWORK = of("Network");

    /** vInfo: the manager's product and version, where the export has no vSource tab. */
    static final Column SERVER_TYPE = of("VI SDK Server type");
    static final Column FULLNAME = of("Fullname", "Full name");
    static final Column PRODUCT_LINE = of("Product line");
    static final Column VERSION = of("Version");
    static final Column BUILD = of("Build");
    static final Column LICENSE_TOTAL = of("Total");
    static final Column LICENSE_USED = of("Used");
    static final Column LICENSE_EXPIRES = of("Expiration Date", "Expiration");

    static final Column CREATED = of("xlsx creation datetime", "csv creation datetime", "creation datetime");
    static final Column META_SERVER = of("Server");
    static final Column RVTOOLS_VERSION = of("RVTools version");

    // vPartition, vCD, vUSB, vFloppy (the VM's devices and guest file systems) and vHealth
    /** vPartition: what the guest uses of a file system; the free space is Capacity less this where Free is missing. */
    static final Column CONSUMED = sized("Consumed");
    /** vPartition: the free share, 0 to 100, the last way to the free space. */
    static final Column FREE_PERCENT = of("Free %");
    static final Column DEVICE_NODE = of("Device Node");
    static final Column DEVICE_TYPE = of("Device Type");
    static final Column CONNECTED = of("Connected");
    static final Column STARTS_CONNECTED = of("Starts Connected");
    static final Column MESSAGE = of("Message");
    static final Column MESSAGE_TYPE = of("Message type");

    private static Column of(String name, String... aliases) {
        return new Column(name, List.of(aliases), false);
    }

    private static Column sized(String name) {
        return new Column(name, List.of(), true);
    }

    private static List<Column> numbered(String prefix) {
        return IntStream.rangeClosed(1, 8).mapToObj(i -> of(prefix + i)).toList();
    }

    /** A header as matched: trimmed, runs of spaces collapsed, lower case. */
    static String normalize(String header) {
        return header == null ? "" : header.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    /** Whether a normalized header is this column under its name (preferred) or an alias. */
    boolean matchesName(String normalized) {
        String base = normalize(name);
        return normalized.equals(base) || sized && (normalized.equals(base + " mib") || normalized.equals(base + " mb"));
    }

    boolean matchesAlias(String normalized) {
        return aliases.stream().anyMatch(a -> normalize(a).equals(normalized));
    }
}
