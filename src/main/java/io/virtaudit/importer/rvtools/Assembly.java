package io.virtaudit.importer.rvtools;

import io.virtaudit.importer.rvtools.EstateTree.Entry;
import io.virtaudit.importer.rvtools.Names.Kind;
import io.virtaudit.model.SourceRef;
import java.util.List;

/**
 * What the tab mappings share while they turn one export into an estate: the tabs, the ids, the
 * collections being filled and the unreadable cells found so far. Objects that a row refers to
 * but no defining tab describes (a host in vInfo of an export without vHost) are created with
 * what the referring row tells.
 */
final class Assembly {

    final Export export;
    final Names names;
    final CellErrors errors = new CellErrors();
    final EstateTree tree = new EstateTree();
    final EstateTree.Objects managers = tree.collection("managers");
    /** VI SDK Servers that are ESXi hosts themselves (vSource {@code embeddedEsx}): no manager, no managedBy. */
    final java.util.Set<String> unmanaged = new java.util.HashSet<>();
    final EstateTree.Objects clusters = tree.collection("clusters");
    final EstateTree.Objects hosts = tree.collection("hosts");
    final EstateTree.Objects vms = tree.collection("vms");
    final EstateTree.Objects luns = tree.collection("luns");
    final EstateTree.Objects multipath = tree.collection("multipath");
    final EstateTree.Objects vlans = tree.collection("vlans");
    final EstateTree.Objects portGroups = tree.collection("portGroups");

    Assembly(Export export, Names names) {
        this.export = export;
        this.names = names;
    }

    TabRows tab(Tab tab) {
        return export.tab(tab);
    }

    /** The rows of a tab as cells to read. */
    List<Cells> rows(Tab tab) {
        TabRows rows = export.tab(tab);
        return rows.rows().stream().map(row -> new Cells(rows, row, errors)).toList();
    }

    /** The name of the row's VM: its VM cell, or {@code NAME (VM ID)} where vInfo holds that name twice. */
    String vmName(Cells cells) {
        return export.screened().vmName(cells.tab(), cells.row());
    }

    /** The VM a VM tab's row is about (vTools, vDisk, vCD, …), or null when vInfo does not hold it. */
    Entry vmOf(Cells cells) {
        String name = vmName(cells);
        return name == null ? null : vms.get(id(Kind.VM, cells, name));
    }

    /** The id of a name read from a row, qualified by the row's VI SDK Server where needed. */
    String id(Kind kind, Cells cells, String name) {
        String server = cells.text(Column.SERVER);
        return names.id(kind, server != null ? server : export.metaServer(), name);
    }

    /** A new object defined by its row; a second row with the same id is an input error. */
    Entry define(EstateTree.Objects objects, String id, String name, Cells cells, String what) {
        Entry entry = objects.add(id, cells.ref());
        if (entry == null) {
            errors.add(cells.ref(), "duplicate " + what + " '" + id + "' (first defined at "
                    + objects.get(id).ref() + ")");
            return null;
        }
        entry.node().put("id", id);
        if (!id.equals(name)) {
            entry.node().put("name", name);
        }
        return entry;
    }

    /** The host with this id, created from the referring row when no vHost row defines it. */
    Entry host(String id, SourceRef ref, String clusterId) {
        Entry entry = hosts.get(id);
        if (entry == null) {
            entry = hosts.add(id, ref);
            entry.node().put("id", id);
            if (clusterId != null) {
                cluster(clusterId, ref);
                entry.node().put("cluster", clusterId);
            }
            entry.node().putObject("hypervisor").put("product", "esxi");
        }
        return entry;
    }

    /** The manager with this id, created from the referring row when neither vSource nor vInfo describes it. */
    Entry manager(String id, SourceRef ref) {
        Entry entry = managers.get(id);
        if (entry == null) {
            entry = managers.add(id, ref);
            entry.node().put("id", id);
        }
        return entry;
    }

    Entry cluster(String id, SourceRef ref) {
        Entry entry = clusters.get(id);
        if (entry == null) {
            entry = clusters.add(id, ref);
            entry.node().put("id", id);
        }
        return entry;
    }

    Entry lun(String id, SourceRef ref) {
        Entry entry = luns.get(id);
        if (entry == null) {
            entry = luns.add(id, ref);
            entry.node().put("id", id);
        }
        return entry;
    }
}
