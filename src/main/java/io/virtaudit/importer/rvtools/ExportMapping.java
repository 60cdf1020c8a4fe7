package io.virtaudit.importer.rvtools;

import io.virtaudit.input.InputNames;
import static io.virtaudit.importer.rvtools.Column.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.virtaudit.input.InputError;
import io.virtaudit.importer.MappedLocator;
import io.virtaudit.importer.rvtools.Names.Kind;
import io.virtaudit.model.SourceRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns one RVTools export into an estate document in the native format, and records in a locator
 * the sheet and row of every object and field.
 */
final class ExportMapping {

    /** The document and where its values came from. */
    record Mapped(ObjectNode document, MappedLocator locator, List<InputError> warnings) {
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
        RowScreen screen = export.screened();
        Assembly asm = new Assembly(export, names);
        new ManagerMapping(asm).map();
        new ComputeMapping(asm).map();
        NetworkMapping network = new NetworkMapping(asm);
        network.mapPortGroups();
        new StorageMapping(asm).map();
        new VmMapping(asm, network).map();
        network.vmNetworks().mapAdapters();
        new DeviceMapping(asm).map();
        new HealthMapping(asm).map();
        network.mapVmkernelPorts();
        network.finish();
        MappedLocator locator = new MappedLocator(new SourceRef(displayName, ""));
        List<Cells> meta = asm.rows(Tab.VMETADATA);
        ObjectNode estate = estate(asm, meta.isEmpty() ? null : meta.get(0), displayName, screen.skipped());
        asm.errors.throwIfAny();
        ObjectNode document = asm.tree.toDocument(estate, meta.isEmpty() ? null : meta.get(0).ref(), locator);
        List<InputError> warnings = new ArrayList<>(screen.warnings());
        warnings.addAll(asm.errors.warnings());
        return new Mapped(document, locator, warnings);
    }

    /**
     * The estate's header: its name (the vCenter, when RVTools names one) and one source per
     * vCenter the export holds, each with when RVTools collected it, the RVTools version and the
     * rows of it that were left out. The estate's own collection time follows from its sources.
     */
    private static ObjectNode estate(Assembly asm, Cells meta, String displayName, List<RowScreen.Skip> skipped) {
        ObjectNode estate = EstateTree.NODES.objectNode();
        String metaServer = meta == null ? null : meta.text(META_SERVER);
        List<String> servers = new ArrayList<>(servers(asm));
        if (metaServer != null && !servers.contains(metaServer)) {
            servers.add(0, metaServer);
        }
        estate.put("name", metaServer != null ? metaServer : asm.export.fallbackName());
        estate.put("source", servers.isEmpty() ? "RVTools export" : "RVTools export of " + String.join(" + ", servers));
        Instant collected = meta == null ? null : meta.time(CREATED);
        String version = meta == null ? null : meta.text(RVTOOLS_VERSION);
        String file = InputNames.fileName(displayName);
        ArrayNode sources = estate.putArray("sources");
        List<String> ids = servers.isEmpty() ? List.of(asm.export.fallbackName()) : servers;
        for (String id : ids) {
            ObjectNode source = sources.addObject().put("id", id).put("kind", "rvtools");
            if (!servers.isEmpty()) {
                source.put("manager", id);
            }
            if (collected != null) {
                source.put("collectedAt", collected.toString());
            }
            source.put("tool", version == null ? "RVTools" : version.startsWith("RVTools") ? version : "RVTools " + version);
            source.put("file", file);
            ArrayNode rows = source.putArray("skipped");
            for (RowScreen.Skip skip : skipped) {
                String owner = skip.server() != null && ids.contains(skip.server()) ? skip.server() : ids.get(0);
                if (owner.equals(id)) {
                    rows.addObject().put("at", skip.at()).put("reason", skip.reason());
                }
            }
        }
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
        RowScreen screen = export.screened();
        TabRows info = export.tab(Tab.VINFO);
        info.rows().forEach(r -> names.see(Kind.VM, serverOf(export, info, r), screen.vmName(info, r)));
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
        TabRows dvPorts = export.tab(Tab.DVPORT);
        dvPorts.rows().forEach(r -> {
            String name = dvPorts.text(r, PORT_GROUP);
            String switchName = dvPorts.text(r, SWITCH);
            if (name != null) {
                names.see(Kind.PORT_GROUP, serverOf(export, dvPorts, r), (switchName == null ? "" : switchName + "/") + name);
            }
        });
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
