package io.virtaudit.engine;

import io.virtaudit.model.Cluster;
import io.virtaudit.model.Estate;
import io.virtaudit.model.EstateObject;
import io.virtaudit.model.Host;
import io.virtaudit.model.Lun;
import io.virtaudit.model.MultipathConfig;
import io.virtaudit.model.Vlan;
import io.virtaudit.model.Vm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The estate fields a rule may name in its {@code @needs} metadata, and how to tell whether each
 * is known. From the needs of the loaded rules it derives the {@link DataGap}s that DAT-001 reports.
 */
public final class FieldCatalog {

    private static final int FIRST_IDS = 5;

    /** A readable field: the collection it belongs to and how to read it from one object. */
    private record Field(String type, Function<Estate, List<? extends EstateObject>> objects,
                         Function<Object, Object> value) {
    }

    private static final Map<String, Field> FIELDS = new TreeMap<>();

    static {
        host("cpu.vmExtensions", h -> h.cpu() == null ? null : h.cpu().vmExtensions());
        host("cpu.sockets", h -> h.cpu() == null ? null : h.cpu().sockets());
        host("cpu.coresPerSocket", h -> h.cpu() == null ? null : h.cpu().coresPerSocket());
        host("cpu.vendor", h -> h.cpu() == null ? null : h.cpu().vendor());
        host("hypervisor.version", h -> h.hypervisor().version());
        host("os.family", Host::osFamily);
        host("memoryGb", Host::memoryGb);
        host("nics", Host::nics);
        host("hbas", Host::hbas);
        host("powerSupplies", Host::powerSupplies);
        host("ntpServers", Host::ntpServers);
        host("networks", Host::networks);
        vm("powerState", Vm::powerState);
        vm("vcpus", Vm::vcpus);
        vm("memoryGb", Vm::memoryGb);
        vm("environment", Vm::environment);
        vm("criticality", Vm::criticality);
        vm("timingSensitive", Vm::timingSensitive);
        vm("tools", Vm::tools);
        vm("guestFamily", Vm::guestFamily);
        vm("snapshots", Vm::snapshots);
        vm("datastores", Vm::datastores);
        vm("networks", Vm::networks);
        vm("backup.policy", Vm::backupPolicy);
        vm("backup.lastSuccess", v -> v.backup() == null ? null : v.backup().lastSuccess());
        vm("poweredOffSince", Vm::poweredOffSince);
        vm("createdAt", Vm::createdAt);
        add("cluster", "ha.enabled", Estate::clusters, c -> ((Cluster) c).haEnabled());
        add("cluster", "ha.admissionControl", Estate::clusters,
                c -> ((Cluster) c).ha() == null ? null : ((Cluster) c).ha().admissionControl());
        add("lun", "protocol", Estate::luns, l -> ((Lun) l).protocol());
        add("lun", "array.mode", Estate::luns, l -> ((Lun) l).arrayMode());
        add("lun", "array.vendor", Estate::luns, l -> ((Lun) l).arrayVendor());
        add("lun", "capacityGb", Estate::luns, l -> ((Lun) l).capacityGb());
        add("lun", "freeGb", Estate::luns, l -> ((Lun) l).freeGb());
        add("multipath", "paths", Estate::multipath, m -> ((MultipathConfig) m).paths());
        add("multipath", "policy", Estate::multipath, m -> ((MultipathConfig) m).policy());
        add("multipath", "alua", Estate::multipath, m -> ((MultipathConfig) m).alua());
        add("multipath", "rrIops", Estate::multipath, m -> ((MultipathConfig) m).rrIops());
        add("vlan", "purposes", Estate::vlans, v -> ((Vlan) v).purposes());
        add("vlan", "mtu", Estate::vlans, v -> ((Vlan) v).mtu());
    }

    private FieldCatalog() {
    }

    private static void host(String path, Function<Host, Object> value) {
        add("host", path, Estate::hosts, o -> value.apply((Host) o));
    }

    /** VM fields; templates are skipped, since the rules that need these exempt them. */
    private static void vm(String path, Function<Vm, Object> value) {
        add("vm", path, e -> e.vms().stream().filter(v -> !v.isTemplateVm()).toList(), o -> value.apply((Vm) o));
    }

    private static void add(String type, String path, Function<Estate, List<? extends EstateObject>> objects,
                            Function<Object, Object> value) {
        FIELDS.put(type + "." + path, new Field(type, objects, value));
    }

    /** Whether {@code type.path} names a field this catalogue can check. */
    public static boolean knows(String qualifiedField) {
        return FIELDS.containsKey(qualifiedField);
    }

    /** The data gaps of the estate for the given needs ({@code host.ntpServers}, …), sorted. */
    public static List<DataGap> gaps(Estate estate, Iterable<String> needs) {
        TreeSet<String> wanted = new TreeSet<>();
        needs.forEach(wanted::add);
        List<DataGap> gaps = new ArrayList<>();
        for (String need : wanted) {
            Field field = FIELDS.get(need);
            if (field == null) {
                continue;
            }
            List<? extends EstateObject> objects = field.objects().apply(estate);
            TreeSet<String> unknown = new TreeSet<>();
            for (EstateObject object : objects) {
                if (field.value().apply(object) == null) {
                    unknown.add(object.subjectId());
                }
            }
            if (!unknown.isEmpty()) {
                gaps.add(new DataGap(field.type(), need.substring(field.type().length() + 1), unknown.size(),
                        objects.size(), unknown.stream().limit(FIRST_IDS).toList()));
            }
        }
        return gaps;
    }
}
