package io.virtaudit.importer.rvtools;

import static io.virtaudit.importer.rvtools.Column.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.virtaudit.importer.ValueRange;
import io.virtaudit.importer.rvtools.EstateTree.Entry;
import io.virtaudit.importer.rvtools.Names.Kind;
import io.virtaudit.input.BackupAttributes;
import io.virtaudit.model.ConnectionState;
import io.virtaudit.model.LatencySensitivity;
import io.virtaudit.model.Wire;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * vInfo, vTools, vSnapshot and vDisk: the VMs. The guest OS is what VMware Tools report, else what
 * the configuration file says; the VM's datastores are that of its configuration file and of every
 * disk; its port groups and networks come from {@link VmNetworkMapping}.
 */
final class VmMapping {

    private static final Pattern VMX = Pattern.compile("(?i)vmx-(\\d{1,5})");

    private final Assembly asm;
    private final NetworkMapping network;

    VmMapping(Assembly asm, NetworkMapping network) {
        this.asm = asm;
        this.network = network;
    }

    void map() {
        asm.rows(Tab.VINFO).forEach(this::vm);
        asm.rows(Tab.VTOOLS).forEach(this::tools);
        asm.rows(Tab.VSNAPSHOT).forEach(this::snapshot);
        asm.rows(Tab.VDISK).forEach(this::disk);
        asm.rows(Tab.VCPU).forEach(c -> limits(c, "cpuLimitMhz", "cpuReservationMhz", 1, "MHz"));
        asm.rows(Tab.VMEMORY).forEach(c -> limits(c, "memoryLimitGb", "memoryReservationGb", 1024, "MiB"));
        if (asm.tab(Tab.VSNAPSHOT).present()) {
            asm.vms.entries().forEach(e -> {
                if (!e.node().has("snapshots")) {
                    e.node().putArray("snapshots");
                }
            });
        }
    }

    private void vm(Cells c) {
        String name = c.text(VM);
        if (name == null) {
            return;
        }
        Entry entry = asm.define(asm.vms, asm.id(Kind.VM, c, asm.vmName(c)), name, c, "VM");
        if (entry == null) {
            return;
        }
        ObjectNode node = entry.node();
        String host = c.text(HOST) == null ? null : asm.id(Kind.HOST, c, c.text(HOST));
        if (host != null) {
            String cluster = c.text(CLUSTER) == null ? null : asm.id(Kind.CLUSTER, c, c.text(CLUSTER));
            asm.host(host, c.ref(), cluster);
            node.put("host", host);
        }
        String guestOs = c.text(OS_TOOLS) != null ? c.text(OS_TOOLS) : c.text(OS_CONFIG);
        if (guestOs != null) {
            node.put("guestOs", guestOs);
        }
        ConnectionState state = connectionState(c, node);
        if (state == null || !state.unreadable()) {
            // an orphaned, inaccessible or invalid VM has CPUs 0 and Memory 0 in RVTools: no size at all
            ComputeMapping.putInt(node, "vcpus", c.integer(CPUS, ValueRange.of(io.virtaudit.model.Vm.class, "vcpus")));
            ComputeMapping.putNumber(node, "memoryGb", c.gibFromMib(MEMORY));
        }
        powerState(c, node);
        Boolean template = c.bool(TEMPLATE);
        if (template != null) {
            node.put("template", template);
        }
        if ("high".equalsIgnoreCase(c.text(LATENCY))) {
            node.put("timingSensitive", true);
        }
        latencySensitivity(c, node);
        hardwareVersion(c, node);
        Boolean consolidation = c.bool(CONSOLIDATION_NEEDED);
        if (consolidation != null) {
            node.put("consolidationNeeded", consolidation);
        }
        if (Spellings.clusterServiceAgent(name, c.text(OS_CONFIG), c.text(OS_TOOLS), c.text(ANNOTATION))) {
            node.put("agent", true);
        }
        Instant created = c.time(CREATION_DATE);
        if (created != null) {
            node.put("createdAt", created.toString());
        }
        Map<String, String> attributes = c.span();
        backup(c, node, attributes == null ? Map.of() : attributes);
        datastores(c, entry);
        networks(c, host, entry);
        labels(c, node);
        if (attributes != null) {
            ObjectNode custom = node.putObject("customAttributes");
            attributes.forEach(custom::put);
        }
    }

    /** vInfo's Connection state as the estate spells it (RVTools writes the same words), or null. */
    private static ConnectionState connectionState(Cells c, ObjectNode node) {
        String text = c.text(CONNECTION_STATE);
        if (text == null) {
            return null;
        }
        try {
            ConnectionState state = Wire.parse(ConnectionState.class, text);
            node.put("connectionState", state.wireName());
            return state;
        } catch (IllegalArgumentException e) {
            c.invalid(CONNECTION_STATE, text, Wire.allowed(ConnectionState.class));
            return null;
        }
    }

    private static void latencySensitivity(Cells c, ObjectNode node) {
        String text = c.text(LATENCY);
        if (text == null) {
            return;
        }
        try {
            node.put("latencySensitivity", Wire.parse(LatencySensitivity.class, text).wireName());
        } catch (IllegalArgumentException e) {
            c.invalid(LATENCY, text, Wire.allowed(LatencySensitivity.class));
        }
    }

    /** vInfo's HW version: {@code 19} in RVTools 4.x, {@code vmx-19} in older exports; the estate keeps the digits. */
    private static void hardwareVersion(Cells c, ObjectNode node) {
        String text = c.text(HW_VERSION);
        if (text == null) {
            return;
        }
        Matcher vmx = VMX.matcher(text.strip());
        Integer version = vmx.matches() ? Integer.valueOf(vmx.group(1)) : c.integer(HW_VERSION, 1, 10_000);
        if (version != null) {
            node.put("hardwareVersion", version);
        }
    }

    /** vCPU and vMemory: the VM's limit ({@code -1} → {@code none}) and reservation, converted by {@code divisor}. */
    private void limits(Cells c, String limitField, String reservationField, double divisor, String unit) {
        Entry vm = asm.vmOf(c);
        if (vm == null || vm.node().has(limitField) || vm.node().has(reservationField)) {
            return;
        }
        if (c.unlimited(LIMIT)) {
            vm.node().put(limitField, "none");
            vm.from("/" + limitField, c.ref());
        } else {
            Double limit = c.amount(LIMIT, unit);
            if (limit != null) {
                vm.node().put(limitField, limit / divisor);
                vm.from("/" + limitField, c.ref());
            }
        }
        Double reservation = c.amount(RESERVATION, unit);
        if (reservation != null) {
            vm.node().put(reservationField, reservation / divisor);
            vm.from("/" + reservationField, c.ref());
        }
    }

    private static void powerState(Cells c, ObjectNode node) {
        String text = c.text(POWERSTATE);
        if (text == null) {
            return;
        }
        String state = Spellings.powerState(text);
        if (state == null) {
            c.invalid(POWERSTATE, text, "poweredOn, poweredOff or suspended");
        } else {
            node.put("powerState", state);
        }
    }

    /**
     * backup.lastSuccess, the latest time any of these gives: RVTools' Last backup unless Backup
     * status says it failed, the custom attributes backup products write (Rubrik, Dell vProxy,
     * NetBackup: {@link BackupAttributes}) and a vRanger annotation that reports a success;
     * {@code never} only where none gives a time and RVTools' columns say never. A product's
     * attribute in none of its shapes is a warning (it stays in customAttributes).
     */
    private static void backup(Cells c, ObjectNode node, Map<String, String> attributes) {
        String last = c.text(LAST_BACKUP);
        String status = c.text(BACKUP_STATUS) == null ? "" : c.text(BACKUP_STATUS).toLowerCase(Locale.ROOT);
        boolean never = last != null && last.equalsIgnoreCase("never") || last == null && status.contains("never");
        List<Instant> times = new ArrayList<>();
        if (!never && last != null && !status.contains("fail") && !status.contains("error")) {
            Instant at = c.time(LAST_BACKUP);
            if (at != null) {
                times.add(at);
            }
        }
        attributes.forEach((header, value) -> {
            if (BackupAttributes.isProduct(header)) {
                BackupAttributes.lastSuccess(header, value).ifPresentOrElse(times::add, () -> c.invalidSpan(header, value,
                        "is not a backup time as its product writes it: backup.lastSuccess gets none from it"));
            }
        });
        BackupAttributes.fromAnnotation(c.text(ANNOTATION)).ifPresent(times::add);
        String lastSuccess = times.stream().max(Instant::compareTo).map(Instant::toString).orElse(never ? "never" : null);
        if (lastSuccess != null) {
            node.putObject("backup").put("lastSuccess", lastSuccess);
        }
    }

    private void datastores(Cells c, Entry entry) {
        // known only from a Path column: vInfo's, or vDisk's (a vDisk tab without one, as some
        // exports write it, says nothing of the VMs' datastores: unknown, never none)
        if (!c.has(PATH) && !asm.tab(Tab.VDISK).has(PATH)) {
            return;
        }
        ArrayNode list = entry.node().putArray("datastores");
        addDatastore(c, entry, list, Spellings.datastoreOfPath(c.text(PATH)));
    }

    private void addDatastore(Cells c, Entry entry, ArrayNode list, String datastore) {
        if (datastore == null) {
            return;
        }
        String id = asm.id(Kind.LUN, c, datastore);
        for (var existing : list) {
            if (existing.asText().equals(id)) {
                return;
            }
        }
        asm.lun(id, c.ref());
        entry.from("/datastores/" + list.size(), c.ref());
        list.add(id);
    }

    /** The VM's port groups and their VLANs from its Network cells, unless vNetwork tells them. */
    private void networks(Cells c, String host, Entry entry) {
        network.vmNetworks().fromInfo(c, entry, host);
    }

    private static void labels(Cells c, ObjectNode node) {
        String annotation = c.text(ANNOTATION);
        String uuid = c.text(VM_UUID);
        if (annotation == null && uuid == null) {
            return;
        }
        ObjectNode labels = node.putObject("labels");
        if (annotation != null) {
            labels.put("annotation", annotation);
        }
        if (uuid != null) {
            labels.put("uuid", uuid);
        }
    }

    private void tools(Cells c) {
        Entry vm = asm.vmOf(c);
        String text = c.text(TOOLS);
        if (vm == null || text == null || vm.node().has("tools")) {
            return;
        }
        String tools = Spellings.tools(text);
        if (tools == null) {
            c.invalid(TOOLS, text, "toolsOk, toolsOld, toolsNotRunning or toolsNotInstalled");
            return;
        }
        vm.node().put("tools", tools);
        vm.from("/tools", c.ref());
    }

    private void snapshot(Cells c) {
        Entry vm = asm.vmOf(c);
        if (vm == null) {
            return;
        }
        ObjectNode node = vm.node();
        ArrayNode list = node.has("snapshots") ? (ArrayNode) node.get("snapshots") : node.putArray("snapshots");
        if (list.isEmpty()) {
            vm.from("/snapshots", c.ref());
        }
        vm.from("/snapshots/" + list.size(), c.ref());
        ObjectNode snapshot = list.addObject();
        if (c.text(NAME) != null) {
            snapshot.put("name", c.text(NAME));
        }
        Instant at = c.time(SNAPSHOT_TIME);
        if (at != null) {
            snapshot.put("createdAt", at.toString());
        }
    }

    private void disk(Cells c) {
        Entry vm = asm.vmOf(c);
        if (vm == null || !c.has(PATH)) {
            return;
        }
        ObjectNode node = vm.node();
        ArrayNode list = node.has("datastores") ? (ArrayNode) node.get("datastores") : node.putArray("datastores");
        addDatastore(c, vm, list, Spellings.datastoreOfPath(c.text(PATH)));
        virtualDisk(c, vm);
    }

    /**
     * One vms.disks entry per vDisk row with a file; a VM without such rows keeps disks unknown
     * (an empty Disk Path says nothing, never that there are no disks).
     */
    private void virtualDisk(Cells c, Entry vm) {
        String name = c.text(DISK);
        String file = c.text(PATH);
        if (file == null) {
            return;
        }
        ObjectNode node = vm.node();
        ArrayNode disks = node.has("disks") ? (ArrayNode) node.get("disks") : node.putArray("disks");
        vm.from("/disks/" + disks.size(), c.ref());
        ObjectNode disk = disks.addObject();
        if (name != null) {
            disk.put("name", name);
        }
        disk.put("file", file);
        String datastore = Spellings.datastoreOfPath(file);
        if (datastore != null) {
            disk.put("datastore", asm.id(Kind.LUN, c, datastore));
        }
        ComputeMapping.putNumber(disk, "capacityGb", c.gibFromMib(CAPACITY));
        word(c, DISK_MODE, disk, "mode", Map.of("persistent", "persistent", "independent_persistent",
                "independent-persistent", "independent_nonpersistent", "independent-nonpersistent", "nonpersistent",
                "nonpersistent", "undoable", "undoable", "append", "append"));
        Boolean raw = c.bool(RAW);
        if (Boolean.FALSE.equals(raw)) {
            disk.put("raw", "none");
        } else if (Boolean.TRUE.equals(raw)) {
            word(c, RAW_MODE, disk, "raw", Map.of("physicalmode", "physical", "virtualmode", "virtual"));
        }
        word(c, SHARING, disk, "sharing", Map.of("sharingnone", "none", "sharingmultiwriter", "multi-writer"));
        word(c, SHARED_BUS, disk, "sharedBus", Map.of("nosharing", "none", "virtualsharing", "virtual",
                "physicalsharing", "physical"));
        Boolean thin = c.bool(THIN);
        if (thin != null) {
            disk.put("thin", thin);
        }
    }

    /** A cell RVTools writes as one of vSphere's words, put as the estate spells it; another word is a warning. */
    private static void word(Cells c, Column column, ObjectNode node, String field, Map<String, String> words) {
        String text = c.text(column);
        if (text == null) {
            return;
        }
        String value = words.get(text.strip().toLowerCase(Locale.ROOT));
        if (value == null) {
            c.invalid(column, text, String.join(", ", new java.util.TreeSet<>(words.keySet())));
        } else {
            node.put(field, value);
        }
    }
}
