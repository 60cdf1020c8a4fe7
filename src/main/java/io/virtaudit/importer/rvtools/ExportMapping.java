package io.virtaudit.importer.rvtools;

import static io.virtaudit.importer.rvtools.Column.*;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.virtaudit.importer.MappedLocator;
import io.virtaudit.importer.rvtools.Names.Kind;
import io.virtaudit.model.SourceRef;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns one RVTools export into an estate document in the native format, and records in a locator
 * the sheet and row of every object and field.
 */
final class ExportMapping {

    /** The document and where its values came from. */
    record Mapped(ObjectNode document, MappedLocator locator, List<io.virtaudit.importer.InputError> warnings) {
    }

    private ExportMapping() {
    }

    static Mapped map(Export export, String displayName) {
        Names names = new Names();
        noteNames(export, names);
        return map(export, displayName, names);
    }

    /**
     * Maps an export with the names of the exports it is read with: a name two of them hold under
     * different vCenters is qualified in each, as within one export that holds several.
     */
    static Mapped map(Export export, String displayName, Names names) {
        Assembly asm = new Assembly(export, names);
        new ComputeMapping(asm).map();
        NetworkMapping network = new NetworkMapping(asm);
        network.mapPortGroups();
        new StorageMapping(asm).map();
        new VmMapping(asm, network).map();
        network.mapVmkernelPorts();
        network.finish();
        MappedLocator locator = new MappedLocator(new SourceRef(displayName, ""));
        List<Cells> meta = asm.rows(Tab.VMETADATA);
        ObjectNode estate = estate(asm, meta.isEmpty() ? null : meta.get(0));
        asm.errors.throwIfAny();
        ObjectNode document = asm.tree.toDocument(estate, meta.isEmpty() ? null : meta.get(0).ref(), locator);
        return new Mapped(document, locator, asm.errors.warnings());
    }

    /** vMetaData: the vCenter's name, when RVTools wrote the export, and what it is. */
    private static ObjectNode estate(Assembly asm, Cells meta) {
        ObjectNode estate = EstateTree.NODES.objectNode();
        String server = meta == null ? null : meta.text(META_SERVER);
        estate.put("name", server != null ? server : asm.export.fallbackName());
        Instant collected = meta == null ? null : meta.time(CREATED);
        if (collected != null) {
            estate.put("collectedAt", collected.toString());
        }
        String servers = server != null ? server : String.join(" + ", servers(asm));
        estate.put("source", servers.isEmpty() ? "RVTools export" : "RVTools export of " + servers);
        return estate;
    }

    private static Set<String> servers(Assembly asm) {
        Set<String> servers = new LinkedHashSet<>();
        for (Tab tab : List.of(Tab.VINFO, Tab.VHOST, Tab.VDATASTORE)) {
            asm.rows(tab).forEach(c -> {
                if (c.text(SERVER) != null) {
                    servers.add(c.text(SERVER));
                }
            });
        }
        return servers;
    }

    /** Notes every name under every server, so that a name two vCenters share is qualified everywhere. */
    static void noteNames(Export export, Names names) {
        see(export, names, Tab.VINFO, Kind.VM, VM);
        see(export, names, Tab.VINFO, Kind.HOST, HOST);
        see(export, names, Tab.VINFO, Kind.CLUSTER, CLUSTER);
        see(export, names, Tab.VHOST, Kind.HOST, HOST);
        see(export, names, Tab.VHOST, Kind.CLUSTER, CLUSTER);
        see(export, names, Tab.VCLUSTER, Kind.CLUSTER, NAME);
        see(export, names, Tab.VDATASTORE, Kind.LUN, NAME);
        see(export, names, Tab.VMULTIPATH, Kind.HOST, HOST);
        see(export, names, Tab.VMULTIPATH, Kind.LUN, DATASTORE);
        for (Tab tab : List.of(Tab.VHBA, Tab.VPORT, Tab.VSC_VMK, Tab.VSWITCH, Tab.VNIC)) {
            see(export, names, tab, Kind.HOST, HOST);
        }
        for (Tab tab : List.of(Tab.VINFO, Tab.VDISK)) {
            TabRows rows = export.tab(tab);
            rows.rows().forEach(r -> names.see(Kind.LUN, serverOf(export, rows, r),
                    Spellings.datastoreOfPath(rows.text(r, PATH))));
        }
    }

    private static void see(Export export, Names names, Tab tab, Kind kind, Column column) {
        TabRows rows = export.tab(tab);
        rows.rows().forEach(r -> names.see(kind, serverOf(export, rows, r), rows.text(r, column)));
    }

    private static String serverOf(Export export, TabRows rows, TabRows.Row row) {
        String server = rows.text(row, SERVER);
        return server != null ? server : export.metaServer();
    }
}
