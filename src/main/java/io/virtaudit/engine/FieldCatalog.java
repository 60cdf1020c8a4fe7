package io.virtaudit.engine;

import io.virtaudit.model.ArrayMode;
import io.virtaudit.model.Cluster;
import io.virtaudit.model.Estate;
import io.virtaudit.model.EstateObject;
import io.virtaudit.model.Host;
import io.virtaudit.model.LatencySensitivity;
import io.virtaudit.model.Lun;
import io.virtaudit.model.Manager;
import io.virtaudit.model.ManagerProduct;
import io.virtaudit.model.MultipathConfig;
import io.virtaudit.model.PathPolicy;
import io.virtaudit.model.PortGroup;
import io.virtaudit.model.PowerState;
import io.virtaudit.model.Product;
import io.virtaudit.model.SwitchType;
import io.virtaudit.model.Virtualization;
import io.virtaudit.model.Vlan;
import io.virtaudit.model.Vm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The estate fields a rule may name in its {@code @needs} metadata, and how to tell whether each
 * is known. From the needs of the loaded rules it derives the {@link DataGap}s that DAT-001 reports.
 */
public final class FieldCatalog {

    private static final int FIRST_IDS = 5;
    /** For fields every object of the type needs. */
    private static <T> BiPredicate<T, Lookup> always() {
        return (o, l) -> true;
    }

    /** A readable field: its collection, the objects where it matters, and how to read it. */
    private record Field(String type, Function<Estate, List<? extends EstateObject>> objects,
                         BiPredicate<Object, Lookup> matters, Function<Object, Object> value) {
    }

    /** The estate's objects by id, for fields that matter only in some placements. */
    private record Lookup(Map<String, Host> hosts, Map<String, Lun> luns) {
        static Lookup of(Estate estate) {
            Map<String, Host> hosts = new HashMap<>();
            estate.hosts().forEach(h -> hosts.put(h.id(), h));
            Map<String, Lun> luns = new HashMap<>();
            estate.luns().forEach(l -> luns.put(l.id(), l));
            return new Lookup(hosts, luns);
        }

        Virtualization virtualizationOf(String host) {
            Host h = hosts.get(host);
            return h == null ? null : h.virtualization();
        }

        Product productOf(String host) {
            Host h = hosts.get(host);
            return h == null ? null : h.product();
        }

        boolean clustered(String host) {
            Host h = hosts.get(host);
            return h != null && h.cluster() != null;
        }
    }

    private static final Map<String, Field> FIELDS = new TreeMap<>();

    static {
        host("cpu.vmExtensions", (h, l) -> h.virtualization() == Virtualization.PARA
                || h.virtualization() == Virtualization.NATIVE, h -> h.cpu() == null ? null : h.cpu().vmExtensions());
        host("cpu.sockets", always(), h -> h.cpu() == null ? null : h.cpu().sockets());
        host("cpu.coresPerSocket", always(), h -> h.cpu() == null ? null : h.cpu().coresPerSocket());
        host("cpu.vendor", (h, l) -> h.cluster() != null, h -> h.cpu() == null ? null : h.cpu().vendor());
        host("hypervisor.version", always(), h -> h.hypervisor().version());
        host("os.family", (h, l) -> h.virtualization() == Virtualization.OS_LEVEL, Host::osFamily);
        host("memoryGb", (h, l) -> h.cluster() != null && h.active(), Host::memoryGb);
        host("nics", always(), Host::nics);
        host("hbas", always(), Host::hbas);
        host("powerSupplies", always(), Host::powerSupplies);
        host("ntpServers", always(), Host::ntpServers);
        host("networks", always(), Host::networks);
        hostAdditions();
        vm("powerState", always(), Vm::powerState);
        vm("vcpus", (v, l) -> !v.unreadable(), Vm::vcpus);
        vm("memoryGb", (v, l) -> v.on() && !v.unreadable(), Vm::memoryGb);
        vm("environment", always(), Vm::environment);
        vm("criticality", always(), Vm::criticality);
        vm("timingSensitive", always(), Vm::timingSensitive);
        vm("tools", (v, l) -> v.on(), Vm::tools);
        vm("guestOs", (v, l) -> l.productOf(v.host()) == Product.POWERVM, Vm::guestOs);
        vm("guestFamily", (v, l) -> l.virtualizationOf(v.host()) == Virtualization.OS_LEVEL, Vm::guestFamily);
        vm("snapshots", always(), Vm::snapshots);
        vm("datastores", always(), Vm::datastores);
        vm("networks", (v, l) -> v.on() && l.clustered(v.host()), Vm::networks);
        vm("backup.policy", (v, l) -> v.pc(), Vm::backupPolicy);
        vm("backup.lastSuccess", (v, l) -> v.backupPolicy() != null && !v.noBackup(),
                v -> v.backup() == null ? null : v.backup().lastSuccess());
        vm("poweredOffSince", (v, l) -> v.powerState() == PowerState.OFF, Vm::poweredOffSince);
        vm("createdAt", always(), Vm::createdAt);
        add("cluster", "ha.enabled", Estate::clusters, always(), c -> ((Cluster) c).haEnabled());
        add("cluster", "ha.admissionControl", Estate::clusters, (c, l) -> Boolean.TRUE.equals(((Cluster) c).haEnabled()),
                c -> ((Cluster) c).ha() == null ? null : ((Cluster) c).ha().admissionControl());
        add("lun", "protocol", Estate::luns, always(), l -> ((Lun) l).protocol());
        add("lun", "array.mode", Estate::luns, (l, x) -> ((Lun) l).block(), l -> ((Lun) l).arrayMode());
        add("lun", "array.vendor", Estate::luns, (l, x) -> ((Lun) l).block(), l -> ((Lun) l).arrayVendor());
        add("lun", "capacityGb", Estate::luns, always(), l -> ((Lun) l).capacityGb());
        add("lun", "freeGb", Estate::luns, always(), l -> ((Lun) l).freeGb());
        add("multipath", "paths", Estate::multipath, always(), m -> ((MultipathConfig) m).paths());
        add("multipath", "policy", Estate::multipath, always(), m -> ((MultipathConfig) m).policy());
        add("multipath", "alua", Estate::multipath, (m, l) -> aluaArray((MultipathConfig) m, l),
                m -> ((MultipathConfig) m).alua() != null ? Boolean.TRUE : ((MultipathConfig) m).satp());
        add("multipath", "rrIops", Estate::multipath, (m, l) -> ((MultipathConfig) m).policy() == PathPolicy.ROUND_ROBIN,
                m -> ((MultipathConfig) m).rrIops());
        add("vlan", "purposes", Estate::vlans, always(), v -> ((Vlan) v).purposes());
        add("vlan", "mtu", Estate::vlans, always(), v -> ((Vlan) v).mtu());
        vmAdditions();
        add("cluster", "ha.hostMonitoring", Estate::clusters, (c, l) -> Boolean.TRUE.equals(((Cluster) c).haEnabled()),
                c -> ((Cluster) c).ha() == null ? null : ((Cluster) c).ha().hostMonitoring());
        add("lun", "provisionedGb", Estate::luns, always(), l -> ((Lun) l).provisionedGb());
        portGroupFields();
        managerFields();
    }

    /**
     * The second edition's host hardening fields. Services, lockdown, the build and the
     * certificate are ESXi's; lockdown only on a host a manager or cluster holds, NTP's state where
     * servers are set, the connection state where {@code connected} does not already say it.
     */
    private static void hostAdditions() {
        host("hypervisor.build", (h, l) -> esxi(h), h -> h.hypervisor().build());
        host("connectionState", (h, l) -> h.connected() == null, Host::connectionState);
        host("ntpRunning", (h, l) -> h.ntpServers() != null && !h.ntpServers().isEmpty(), Host::ntpRunning);
        host("services.ssh.running", (h, l) -> esxi(h), h -> service(h, true, Host.Service::running));
        host("services.ssh.startPolicy", (h, l) -> esxi(h), h -> service(h, true, Host.Service::startPolicy));
        host("services.shell.running", (h, l) -> esxi(h), h -> service(h, false, Host.Service::running));
        host("services.shell.startPolicy", (h, l) -> esxi(h), h -> service(h, false, Host.Service::startPolicy));
        host("lockdownMode", (h, l) -> esxi(h) && (h.cluster() != null || h.managedBy() != null), Host::lockdownMode);
        host("syslogTargets", always(), Host::syslogTargets);
        host("certificateExpires", (h, l) -> esxi(h), Host::certificateExpires);
    }

    /** The second edition's VM fields: VMware's settings on VMs of ESXi hosts, guest data on running VMs. */
    private static void vmAdditions() {
        vm("connectionState", always(), Vm::connectionState);
        vm("hardwareVersion", (v, l) -> l.productOf(v.host()) == Product.ESXI, Vm::hardwareVersion);
        vm("consolidationNeeded", (v, l) -> l.productOf(v.host()) == Product.ESXI, Vm::consolidationNeeded);
        vm("latencySensitivity", (v, l) -> l.productOf(v.host()) == Product.ESXI, Vm::latencySensitivity);
        vm("cpuLimitMhz", (v, l) -> l.productOf(v.host()) == Product.ESXI, Vm::cpuLimitMhz);
        vm("memoryLimitGb", (v, l) -> l.productOf(v.host()) == Product.ESXI, Vm::memoryLimitGb);
        vm("cpuReservationMhz", (v, l) -> v.latencySensitivity() == LatencySensitivity.HIGH, Vm::cpuReservationMhz);
        vm("memoryReservationGb", (v, l) -> v.latencySensitivity() == LatencySensitivity.HIGH, Vm::memoryReservationGb);
        vm("devices", (v, l) -> l.productOf(v.host()) == Product.ESXI, Vm::devices);
        vm("disks", (v, l) -> l.productOf(v.host()) == Product.ESXI, Vm::disks);
        vm("partitions", (v, l) -> v.on(), Vm::partitions);
        vm("portGroups", (v, l) -> v.on() && l.clustered(v.host()), Vm::portGroups);
    }

    /**
     * Port groups, under their subject name {@code port-group}: the security policy and binding
     * matter where VMs connect (not on a distributed switch's uplink port group), binding only on a
     * distributed switch; {@code vlan} is known when the port group tags a VLAN or is a trunk.
     */
    private static void portGroupFields() {
        portGroup("security.allowPromiscuous", (g, l) -> !uplink(g), g -> security(g, PortGroup.Security::allowPromiscuous));
        portGroup("security.allowMacChanges", (g, l) -> !uplink(g), g -> security(g, PortGroup.Security::allowMacChanges));
        portGroup("security.allowForgedTransmits", (g, l) -> !uplink(g),
                g -> security(g, PortGroup.Security::allowForgedTransmits));
        portGroup("binding", (g, l) -> !uplink(g) && g.switchType() == SwitchType.DISTRIBUTED, PortGroup::binding);
        portGroup("switchType", always(), PortGroup::switchType);
        portGroup("vlan", always(), g -> g.vlan() != null ? g.vlan() : g.vlanTrunk());
        portGroup("hosts", always(), PortGroup::hosts);
        portGroup("purposes", always(), PortGroup::purposes);
    }

    /** Managers: product and version for the lifecycle table, the build for vCenter, the licences. */
    private static void managerFields() {
        manager("product", always(), Manager::product);
        manager("version", always(), Manager::version);
        manager("build", (m, l) -> m.product() == ManagerProduct.VCENTER, Manager::build);
        manager("licenses", always(), Manager::licenses);
    }

    private static boolean esxi(Host h) {
        return h.product() == Product.ESXI;
    }

    private static Object service(Host h, boolean ssh, Function<Host.Service, Object> value) {
        Host.Service service = h.services() == null ? null : ssh ? h.services().ssh() : h.services().shell();
        return service == null ? null : value.apply(service);
    }

    private static boolean uplink(PortGroup g) {
        return Boolean.TRUE.equals(g.uplink());
    }

    private static Object security(PortGroup g, Function<PortGroup.Security, Boolean> value) {
        return g.security() == null ? null : value.apply(g.security());
    }

    private static void portGroup(String path, BiPredicate<PortGroup, Lookup> matters, Function<PortGroup, Object> value) {
        add("port-group", path, Estate::portGroups, (o, l) -> matters.test((PortGroup) o, l), o -> value.apply((PortGroup) o));
    }

    private static void manager(String path, BiPredicate<Manager, Lookup> matters, Function<Manager, Object> value) {
        add("manager", path, Estate::managers, (o, l) -> matters.test((Manager) o, l), o -> value.apply((Manager) o));
    }

    private FieldCatalog() {
    }

    /** ALUA handling matters where the LUN's array offers ALUA; a known SATP stands in for it. */
    private static boolean aluaArray(MultipathConfig m, Lookup lookup) {
        Lun lun = lookup.luns().get(m.lun());
        return lun != null && lun.arrayMode() == ArrayMode.ALUA;
    }

    private static void host(String path, BiPredicate<Host, Lookup> matters, Function<Host, Object> value) {
        add("host", path, Estate::hosts, (o, l) -> matters.test((Host) o, l), o -> value.apply((Host) o));
    }

    /** VM fields; templates and agent VMs are skipped, since the rules that need these exempt them. */
    private static void vm(String path, BiPredicate<Vm, Lookup> matters, Function<Vm, Object> value) {
        add("vm", path, Estate::vms, (o, l) -> !((Vm) o).isTemplateVm() && !((Vm) o).isAgent() && matters.test((Vm) o, l),
                o -> value.apply((Vm) o));
    }

    private static void add(String type, String path, Function<Estate, List<? extends EstateObject>> objects,
                            BiPredicate<Object, Lookup> matters, Function<Object, Object> value) {
        FIELDS.put(type + "." + path, new Field(type, objects, matters, value));
    }

    /** Whether {@code type.path} names a field this catalogue can check. */
    public static boolean knows(String qualifiedField) {
        return FIELDS.containsKey(qualifiedField);
    }

    /**
     * The data gaps of the estate for the given needs ({@code host.ntpServers}, …), sorted: per
     * field, the objects where the field matters to a rule and is unknown.
     */
    public static List<DataGap> gaps(Estate estate, Iterable<String> needs) {
        TreeSet<String> wanted = new TreeSet<>();
        needs.forEach(wanted::add);
        Map<String, List<String>> byType = new java.util.LinkedHashMap<>();
        for (String need : wanted) {
            Field field = FIELDS.get(need);
            if (field != null) {
                byType.computeIfAbsent(field.type(), k -> new ArrayList<>()).add(need);
            }
        }
        Lookup lookup = Lookup.of(estate);
        Map<String, DataGap> found = new HashMap<>();
        byType.forEach((type, names) -> scan(estate, lookup, names, found));
        List<DataGap> gaps = new ArrayList<>();
        for (String need : wanted) {
            if (found.containsKey(need)) {
                gaps.add(found.get(need));
            }
        }
        return gaps;
    }

    /** One pass over the objects of a type for all its needed fields. */
    private static void scan(Estate estate, Lookup lookup, List<String> names, Map<String, DataGap> found) {
        Field[] fields = names.stream().map(FIELDS::get).toArray(Field[]::new);
        int[] relevant = new int[fields.length];
        List<List<String>> unknown = new ArrayList<>();
        for (int f = 0; f < fields.length; f++) {
            unknown.add(new ArrayList<>());
        }
        for (EstateObject object : fields[0].objects().apply(estate)) {
            for (int f = 0; f < fields.length; f++) {
                if (fields[f].matters().test(object, lookup)) {
                    relevant[f]++;
                    if (fields[f].value().apply(object) == null) {
                        unknown.get(f).add(object.subjectId());
                    }
                }
            }
        }
        for (int f = 0; f < fields.length; f++) {
            List<String> ids = unknown.get(f);
            if (!ids.isEmpty()) {
                TreeSet<String> sorted = new TreeSet<>(ids);
                String type = fields[f].type();
                found.put(names.get(f), new DataGap(type, names.get(f).substring(type.length() + 1), sorted.size(),
                        relevant[f], sorted.stream().limit(FIRST_IDS).toList()));
            }
        }
    }
}
