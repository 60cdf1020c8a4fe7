package io.virtaudit.importer.csv;

import io.virtaudit.model.Cluster;
import io.virtaudit.model.Host;
import io.virtaudit.model.Lun;
import io.virtaudit.model.Manager;
import io.virtaudit.model.MultipathConfig;
import io.virtaudit.model.PortGroup;
import io.virtaudit.model.Vlan;
import io.virtaudit.model.Vm;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The CSV files a CSV inventory may hold: one per estate collection, and one per list of objects
 * (snapshots, devices, disks, partitions, paths, host networks) whose rows name their owner.
 * Declared owners first, so that reading in this order finds every owner before its children.
 */
enum InventoryFile {
    CLUSTERS("clusters", Cluster.class, List.of("id"), null, null, "cluster"),
    HOSTS("hosts", Host.class, List.of("id"), null, null, "host"),
    VMS("vms", Vm.class, List.of("id"), null, null, "VM"),
    LUNS("luns", Lun.class, List.of("id"), null, null, "LUN"),
    MULTIPATH("multipath", MultipathConfig.class, List.of("host", "lun"), null, null, "multipath entry"),
    VLANS("vlans", Vlan.class, List.of("id"), null, null, "VLAN"),
    PORT_GROUPS("portGroups", PortGroup.class, List.of("id"), null, null, "port group"),
    SNAPSHOTS("snapshots", Vm.Snapshot.class, List.of("vm"), VMS, "snapshots", "snapshot"),
    DEVICES("devices", Vm.Device.class, List.of("vm"), VMS, "devices", "device"),
    DISKS("disks", Vm.Disk.class, List.of("vm"), VMS, "disks", "disk"),
    PARTITIONS("partitions", Vm.Partition.class, List.of("vm"), VMS, "partitions", "partition"),
    PATHS("paths", MultipathConfig.Path.class, List.of("host", "lun"), MULTIPATH, "paths", "path"),
    NETWORKS("networks", Host.HostNetwork.class, List.of("host"), HOSTS, "networks", "host network"),
    MANAGERS("managers", Manager.class, List.of("id"), null, null, "manager"),
    LICENSES("licenses", Manager.License.class, List.of("manager"), MANAGERS, "licenses", "licence");

    private final String name;
    private final Class<? extends Record> rowType;
    private final List<String> keyColumns;
    private final InventoryFile owner;
    private final String ownerField;
    private final String rowNoun;

    InventoryFile(String name, Class<? extends Record> rowType, List<String> keyColumns, InventoryFile owner,
                  String ownerField, String rowNoun) {
        this.name = name;
        this.rowType = rowType;
        this.keyColumns = keyColumns;
        this.owner = owner;
        this.ownerField = ownerField;
        this.rowNoun = rowNoun;
    }

    /** The kind of file with this name (case-insensitive), if it is one of a CSV inventory. */
    static Optional<InventoryFile> named(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (InventoryFile file : values()) {
            if (lower.equals(file.fileName().toLowerCase(Locale.ROOT))) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /** The conventional file name, {@code vms.csv}. */
    String fileName() {
        return name + ".csv";
    }

    /** The estate collection its rows go to: its own, or its owner's for a child file. */
    String collection() {
        return owner == null ? name : owner.collection();
    }

    /** The record each row describes. */
    Class<? extends Record> rowType() {
        return rowType;
    }

    /**
     * The columns that identify a row's object: its id (multipath: host and lun), or for a child
     * file the owner's key, in the order of the owner's key columns.
     */
    List<String> keyColumns() {
        return keyColumns;
    }

    boolean isChild() {
        return owner != null;
    }

    /** For a child file, the file of the objects its rows belong to. */
    InventoryFile owner() {
        return owner;
    }

    /** For a child file, the owner's list field its rows fill. */
    String ownerField() {
        return ownerField;
    }

    /** What one row is, for messages. */
    String rowNoun() {
        return rowNoun;
    }

    /** The list of the accepted file names, for messages. */
    static String allNames() {
        StringBuilder names = new StringBuilder();
        for (InventoryFile file : values()) {
            names.append(names.length() == 0 ? "" : ", ").append(file.fileName());
        }
        return names.toString();
    }
}
