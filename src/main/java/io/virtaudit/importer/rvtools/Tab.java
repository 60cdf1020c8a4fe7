package io.virtaudit.importer.rvtools;

import static io.virtaudit.importer.rvtools.Column.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The RVTools tabs virtaudit reads, each with the columns it needs (a missing one is an input
 * error) and those it uses when present (a missing one leaves the estate field unknown).
 */
enum Tab {
    VINFO("vInfo", List.of(), List.of(VM, HOST), join(List.of(POWERSTATE, TEMPLATE, CPUS, MEMORY, CLUSTER,
            OS_CONFIG, OS_TOOLS, LATENCY, CREATION_DATE, BACKUP_STATUS, LAST_BACKUP, PATH, ANNOTATION, VM_UUID,
            VM_ID, CONNECTION_STATE, SERVER, SERVER_TYPE, HW_VERSION, CONSOLIDATION_NEEDED), NETWORKS),
            new TabRows.Span(ANNOTATION, List.of(DATACENTER, CLUSTER, HOST), BACKUP_ATTRIBUTES)),
    VTOOLS("vTools", List.of(), List.of(VM), List.of(TOOLS, TOOLS_VERSION, VM_ID, SERVER)),
    VSNAPSHOT("vSnapshot", List.of(), List.of(VM), List.of(NAME, SNAPSHOT_TIME, VM_ID, SERVER)),
    VDISK("vDisk", List.of(), List.of(VM), List.of(PATH, DISK, CAPACITY, DISK_MODE, RAW, RAW_MODE, SHARING,
            SHARED_BUS, THIN, VM_ID, SERVER)),
    VCPU("vCPU", List.of(), List.of(VM), List.of(LIMIT, RESERVATION, VM_ID, SERVER)),
    VMEMORY("vMemory", List.of(), List.of(VM), List.of(LIMIT, RESERVATION, VM_ID, SERVER)),
    VHOST("vHost", List.of(), List.of(HOST), List.of(CLUSTER, MAINTENANCE, CPU_MODEL, SOCKETS, CORES_PER_CPU,
            HOST_MEMORY, NICS, HBAS, ESX_VERSION, NTP, NTPD_RUNNING, CERTIFICATE_EXPIRES, VENDOR, MODEL, SERVER)),
    VCLUSTER("vCluster", List.of(), List.of(NAME), List.of(HA_ENABLED, ADMISSION_CONTROL, FAILOVER_LEVEL,
            DRS_ENABLED, HOST_MONITORING, SERVER)),
    VDATASTORE("vDatastore", List.of(), List.of(NAME), List.of(TYPE, CAPACITY, FREE, PROVISIONED, HOST_COUNT, HOSTS,
            ADDRESS, SERVER)),
    VMULTIPATH("vMultiPath", List.of(), List.of(HOST, DATASTORE), join(List.of(DISK, POLICY, VENDOR, MODEL, SERVER),
            PATHS, PATH_STATES)),
    VHBA("vHBA", List.of(), List.of(HOST, DEVICE), List.of(TYPE, DRIVER, MODEL, WWN, SERVER)),
    VPORT("vPort", List.of(), List.of(PORT_GROUP, VLAN), List.of(HOST, SWITCH, SERVER, PROMISCUOUS, MAC_CHANGES,
            FORGED_TRANSMITS)),
    DVPORT("dvPort", List.of(), List.of(PORT_GROUP, VLAN), List.of(SWITCH, ACTIVE_UPLINK, SERVER, TYPE, PROMISCUOUS,
            MAC_CHANGES, FORGED_TRANSMITS)),
    VSC_VMK("vSC_VMK", List.of("vSC+VMK"), List.of(HOST, PORT_GROUP), List.of(DEVICE, MTU, IP_ADDRESS, SERVICES,
            SERVER)),
    VSWITCH("vSwitch", List.of(), List.of(HOST, SWITCH), List.of(MTU, SERVER, PROMISCUOUS, MAC_CHANGES,
            FORGED_TRANSMITS)),
    VNIC("vNIC", List.of(), List.of(HOST, NETWORK_DEVICE), List.of(SWITCH, SERVER)),
    // ---- distributed switches and VM adapters ----
    DVSWITCH("dvSwitch", List.of(), List.of(SWITCH), List.of(HOST_MEMBERS, MAX_MTU, SERVER)),
    VNETWORK("vNetwork", List.of(), List.of(VM, NETWORK), List.of(SWITCH, VM_ID, SERVER)),
    // ---- end of distributed switches and VM adapters ----
    VSOURCE("vSource", List.of(), List.of(SERVER), List.of(FULLNAME, PRODUCT_LINE, VERSION, BUILD)),
    VLICENSE("vLicense", List.of(), List.of(NAME), List.of(SERVER, LICENSE_TOTAL, LICENSE_USED, LICENSE_EXPIRES)),
    VMETADATA("vMetaData", List.of(), List.of(), List.of(CREATED, META_SERVER, RVTOOLS_VERSION)),
    // the VM's devices and guest file systems, and vHealth's facts no other tab has
    VPARTITION("vPartition", List.of(), List.of(VM), List.of(DISK, CAPACITY, CONSUMED, FREE, FREE_PERCENT, VM_ID,
            SERVER)),
    VCD("vCD", List.of(), List.of(VM), List.of(DEVICE_NODE, CONNECTED, STARTS_CONNECTED, DEVICE_TYPE, VM_ID, SERVER)),
    VUSB("vUSB", List.of(), List.of(VM), List.of(DEVICE_TYPE, CONNECTED, VM_ID, SERVER)),
    VFLOPPY("vFloppy", List.of(), List.of(VM), List.of(DEVICE_NODE, CONNECTED, STARTS_CONNECTED, DEVICE_TYPE, VM_ID,
            SERVER)),
    VHEALTH("vHealth", List.of(), List.of(NAME, MESSAGE), List.of(MESSAGE_TYPE, SERVER));

    private final String sheetName;
    private final List<String> aliases;
    private final List<Column> required;
    private final List<Column> columns;
    private final TabRows.Span span;

    Tab(String sheetName, List<String> aliases, List<Column> required, List<Column> optional) {
        this(sheetName, aliases, required, optional, null);
    }

    Tab(String sheetName, List<String> aliases, List<Column> required, List<Column> optional, TabRows.Span span) {
        this.sheetName = sheetName;
        this.aliases = aliases;
        this.required = required;
        this.columns = join(required, optional);
        this.span = span;
    }

    @SafeVarargs
    private static List<Column> join(List<Column>... parts) {
        List<Column> all = new ArrayList<>();
        Arrays.stream(parts).forEach(all::addAll);
        return List.copyOf(all);
    }

    /** The tab's name in current RVTools exports. */
    String sheetName() {
        return sheetName;
    }

    List<Column> required() {
        return required;
    }

    /** Every column read, required ones first. */
    List<Column> columns() {
        return columns;
    }

    /** The columns kept by their headers as written (vInfo's custom attributes), or null. */
    TabRows.Span span() {
        return span;
    }

    /** The tab a sheet (or the {@code <Tab>} of {@code RVTools_tab<Tab>.csv}) is, by name, case-insensitively. */
    static Optional<Tab> named(String name) {
        String n = name.strip();
        for (Tab tab : values()) {
            if (tab.sheetName.equalsIgnoreCase(n) || tab.aliases.stream().anyMatch(n::equalsIgnoreCase)) {
                return Optional.of(tab);
            }
        }
        return Optional.empty();
    }
}
