package io.virtaudit.importer.rvtools;

import static io.virtaudit.importer.rvtools.Column.*;

import io.virtaudit.input.InputError;
import io.virtaudit.model.SourceRef;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bad-row policy for RVTools exports: a row that cannot describe an object is left out, with
 * a warning and a record of where and why, and the import goes on. An export describes someone
 * else's estate (trimmed, hand-edited, from an old RVTools), so one odd row never aborts it.
 *
 * <p>A row is bad when a required cell is empty (vInfo without Host, vSC_VMK without Port
 * Group), when it repeats an earlier row's key (a host listed twice in vHost), or when a VM tab
 * names a VM vInfo does not have. A row whose key cell is empty and whose other cells are empty
 * or formulas (a consultant's {@code =SUM(…)} totals row, a spacer) is no object and is ignored
 * silently.
 *
 * <p>Two VMs of one name under one vCenter are legal (different folders): where vInfo has a VM ID
 * column, both are kept, as {@code NAME (VM ID)}, with a warning ({@link #vmName}).
 */
final class RowScreen {

    /** A row left out: where ({@code vInfo!10}), why, and the vCenter its row names, if any. */
    record Skip(String at, SourceRef ref, String reason, String server) {
    }

    /** Cells without which a row describes nothing, by tab; the first is the row's key. */
    private static final Map<Tab, List<Column>> REQUIRED = new EnumMap<>(Map.ofEntries(
            Map.entry(Tab.VINFO, List.of(VM, HOST)),
            Map.entry(Tab.VTOOLS, List.of(VM)),
            Map.entry(Tab.VSNAPSHOT, List.of(VM)),
            Map.entry(Tab.VDISK, List.of(VM)),
            Map.entry(Tab.VCPU, List.of(VM)),
            Map.entry(Tab.VMEMORY, List.of(VM)),
            Map.entry(Tab.VHOST, List.of(HOST)),
            Map.entry(Tab.VCLUSTER, List.of(NAME)),
            Map.entry(Tab.VDATASTORE, List.of(NAME)),
            Map.entry(Tab.VMULTIPATH, List.of(HOST, DATASTORE)),
            Map.entry(Tab.VHBA, List.of(HOST, DEVICE)),
            Map.entry(Tab.VPORT, List.of(PORT_GROUP, HOST, SWITCH)),
            Map.entry(Tab.DVPORT, List.of(PORT_GROUP, SWITCH)),
            Map.entry(Tab.VSC_VMK, List.of(HOST, PORT_GROUP)),
            Map.entry(Tab.VSWITCH, List.of(HOST, SWITCH)),
            Map.entry(Tab.VNIC, List.of(HOST, NETWORK_DEVICE)),
            Map.entry(Tab.VSOURCE, List.of(SERVER)),
            Map.entry(Tab.VLICENSE, List.of(NAME)),
            // the VM's devices and guest file systems
            Map.entry(Tab.VPARTITION, List.of(VM)),
            Map.entry(Tab.VCD, List.of(VM)),
            Map.entry(Tab.VUSB, List.of(VM)),
            Map.entry(Tab.VFLOPPY, List.of(VM)),
            // distributed switches and VM adapters
            Map.entry(Tab.DVSWITCH, List.of(SWITCH)),
            Map.entry(Tab.VNETWORK, List.of(VM))));

    /** Tabs whose rows each define one object: a second row with the same key repeats it. */
    private static final Map<Tab, Column> DEFINING = Map.of(Tab.VINFO, VM, Tab.VHOST, HOST, Tab.VCLUSTER, NAME,
            Tab.VDATASTORE, NAME, Tab.VSOURCE, SERVER,
            Tab.DVSWITCH, SWITCH);

    /** The VM tabs: their rows are about a VM of vInfo. */
    private static final Set<Tab> VM_TABS = Set.of(Tab.VTOOLS, Tab.VSNAPSHOT, Tab.VDISK, Tab.VCPU, Tab.VMEMORY,
            Tab.VPARTITION, Tab.VCD, Tab.VUSB, Tab.VFLOPPY, Tab.VNETWORK);

    private final Export export;
    private final List<Skip> skipped = new ArrayList<>();
    private final List<InputError> warnings = new ArrayList<>();
    /** Per vCenter, the VM names vInfo holds more than once under different VM IDs. */
    private final Set<String> sharedVmNames = new HashSet<>();
    /** The VMs vInfo keeps, as {@code server|name (id)} keys, for the VM tabs' rows. */
    private final Set<String> vms = new HashSet<>();

    private RowScreen(Export export) {
        this.export = export;
    }

    /** Screens every tab of the export in place, leaving only the rows that describe objects. */
    static RowScreen screen(Export export) {
        RowScreen screen = new RowScreen(export);
        screen.findSharedVmNames();
        for (Tab tab : Tab.values()) {
            if (export.tab(tab).present() && REQUIRED.containsKey(tab)) {
                export.replace(screen.keep(export.tab(tab)));
            }
        }
        return screen;
    }

    List<Skip> skipped() {
        return List.copyOf(skipped);
    }

    /** Warnings told one by one; the rest are summed up in one line (every row is in the report). */
    private static final int TOLD = 50;

    /**
     * One warning per skipped row, and per VM name told apart by its VM ID: the first fifty, then
     * one line with the count of the others, which the report lists all the same (DAT-002).
     */
    List<InputError> warnings() {
        if (warnings.size() <= TOLD) {
            return List.copyOf(warnings);
        }
        List<InputError> told = new ArrayList<>(warnings.subList(0, TOLD));
        InputError last = warnings.get(warnings.size() - 1);
        told.add(new InputError(last.file(), "", (warnings.size() - TOLD) + " more warnings of rows skipped or"
                + " renamed; the report lists every skipped row (DAT-002)"));
        return told;
    }

    /**
     * The name a VM row's VM goes by: its VM name, or {@code NAME (VM ID)} where vInfo holds that
     * name twice under one vCenter.
     */
    String vmName(TabRows rows, TabRows.Row row) {
        String name = rows.text(row, VM);
        String vmId = rows.text(row, VM_ID);
        if (name == null || vmId == null || !sharedVmNames.contains(serverOf(rows, row) + "|" + name)) {
            return name;
        }
        return name + " (" + vmId + ")";
    }

    private void findSharedVmNames() {
        TabRows info = export.tab(Tab.VINFO);
        if (!info.has(VM_ID)) {
            return;
        }
        Map<String, String> firstId = new HashMap<>();
        for (TabRows.Row row : info.rows()) {
            String name = info.text(row, VM);
            String vmId = info.text(row, VM_ID);
            if (name == null || vmId == null) {
                continue;
            }
            String key = serverOf(info, row) + "|" + name;
            String first = firstId.putIfAbsent(key, vmId);
            if (first != null && !first.equals(vmId) && sharedVmNames.add(key)) {
                SourceRef ref = info.ref(row);
                warnings.add(new InputError(ref.file(), ref.location(), "VM name '" + name + "' is used by more than"
                        + " one VM (VM IDs " + first + ", " + vmId + ", …): each is named 'NAME (VM ID)'"));
            }
        }
    }

    private TabRows keep(TabRows rows) {
        List<Column> required = REQUIRED.get(rows.tab()).stream().filter(rows::has).toList();
        Column defining = DEFINING.get(rows.tab());
        Map<String, TabRows.Row> seen = new HashMap<>();
        List<TabRows.Row> kept = new ArrayList<>(rows.rows().size());
        for (TabRows.Row row : rows.rows()) {
            String reason = reason(rows, row, required, defining, seen);
            if (reason == null) {
                kept.add(row);
                if (rows.tab() == Tab.VINFO) {
                    vms.add(serverOf(rows, row) + "|" + vmName(rows, row));
                }
            } else if (!reason.isEmpty()) {
                skip(rows, row, reason);
            }
        }
        return kept.size() == rows.rows().size() ? rows : rows.withRows(kept);
    }

    /** Why a row is left out; null to keep it, empty to drop it silently (a row of nothing). */
    private String reason(TabRows rows, TabRows.Row row, List<Column> required, Column defining,
                          Map<String, TabRows.Row> seen) {
        for (Column column : required) {
            if (rows.text(row, column) == null) {
                return column == required.get(0) && (blank(rows, row) || row.computed()) ? "" : "no " + column.name();
            }
        }
        if (VM_TABS.contains(rows.tab()) && !vms.contains(serverOf(rows, row) + "|" + vmName(rows, row))) {
            return "VM not in vInfo";
        }
        if (defining != null) {
            String key = serverOf(rows, row) + "|" + (rows.tab() == Tab.VINFO ? vmName(rows, row) : rows.text(row, defining));
            TabRows.Row first = seen.putIfAbsent(key, row);
            if (first != null) {
                return "repeats " + rows.at(first) + " (" + defining.name() + " " + rows.text(row, defining) + ")";
            }
        }
        return null;
    }

    /** Whether every cell the import reads of the row is empty (its key cell too): the remains of a spacer row. */
    private static boolean blank(TabRows rows, TabRows.Row row) {
        for (String cell : row.cells()) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private void skip(TabRows rows, TabRows.Row row, String reason) {
        SourceRef ref = rows.ref(row);
        skipped.add(new Skip(rows.at(row), ref, reason, serverOf(rows, row)));
        warnings.add(new InputError(ref.file(), ref.location(), "row skipped: " + reason));
    }

    private String serverOf(TabRows rows, TabRows.Row row) {
        String server = rows.text(row, SERVER);
        return server != null ? server : export.metaServer();
    }
}
