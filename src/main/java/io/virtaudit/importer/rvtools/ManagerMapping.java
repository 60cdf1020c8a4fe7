package io.virtaudit.importer.rvtools;

import static io.virtaudit.importer.rvtools.Column.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.virtaudit.importer.rvtools.EstateTree.Entry;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * vSource and vLicense: the vCenters an export was taken from and their licence keys, so that
 * hosts name their manager. Exports without vSource (RVTools 3.x) give the manager from vInfo's
 * VI SDK Server type. A server that is an ESXi host itself ({@code embeddedEsx}) is no manager.
 */
final class ManagerMapping {

    /** {@code VMware vCenter Server 5.1.0 build-880146}, {@code VMware ESXi 8.0.3 build-24674464}. */
    private static final Pattern PRODUCT = Pattern.compile("(?i)\\b(vCenter Server|ESXi?)\\s+(\\d+(?:\\.\\d+)*)"
            + "(?:\\s+build-(\\d+))?");

    private final Assembly asm;

    ManagerMapping(Assembly asm) {
        this.asm = asm;
    }

    void map() {
        if (asm.tab(Tab.VSOURCE).present()) {
            asm.rows(Tab.VSOURCE).forEach(this::source);
        } else {
            asm.rows(Tab.VINFO).forEach(this::fromVmRow);
        }
        if (asm.tab(Tab.VLICENSE).present()) {
            asm.managers.entries().forEach(e -> e.node().putArray("licenses"));
            asm.rows(Tab.VLICENSE).forEach(this::license);
        }
    }

    private void source(Cells c) {
        String server = c.text(SERVER);
        String line = c.text(PRODUCT_LINE);
        if (server == null) {
            return;
        }
        if (line != null && line.equalsIgnoreCase("embeddedEsx")) {
            asm.unmanaged.add(server);
            return;
        }
        Entry entry = asm.define(asm.managers, server, server, c, "manager");
        if (entry == null) {
            return;
        }
        ObjectNode node = entry.node();
        putText(node, "name", c.text(FULLNAME));
        if (line != null) {
            if (line.equalsIgnoreCase("vpx")) {
                node.put("product", "vcenter");
            } else {
                c.invalid(PRODUCT_LINE, line, "vpx or embeddedEsx");
            }
        }
        putText(node, "version", c.text(VERSION));
        putText(node, "build", c.text(BUILD));
    }

    /** A manager from vInfo's VI SDK Server and its type, where the export has no vSource tab. */
    private void fromVmRow(Cells c) {
        String server = c.text(SERVER);
        if (server == null || asm.unmanaged.contains(server) || asm.managers.get(server) != null) {
            return;
        }
        String type = c.text(SERVER_TYPE);
        Matcher m = type == null ? null : PRODUCT.matcher(type);
        boolean known = m != null && m.find();
        if (known && !m.group(1).toLowerCase(Locale.ROOT).startsWith("vcenter")) {
            asm.unmanaged.add(server);
            return;
        }
        ObjectNode node = asm.manager(server, c.ref()).node();
        if (type == null) {
            return;
        }
        node.put("name", type);
        if (known) {
            node.put("product", "vcenter").put("version", m.group(2));
            putText(node, "build", m.group(3));
        } else {
            c.invalid(SERVER_TYPE, type, "VMware vCenter Server VERSION build-BUILD");
        }
    }

    private void license(Cells c) {
        String name = c.text(NAME);
        String server = c.text(SERVER) != null ? c.text(SERVER) : asm.export.metaServer();
        if (name == null || server == null || asm.unmanaged.contains(server)) {
            return;
        }
        Entry manager = asm.managers.get(server);
        if (manager == null) {
            asm.errors.warn(c.ref(), "licence '" + name + "' of VI SDK Server '" + server
                    + "', which vSource does not list: left out");
            return;
        }
        ArrayNode list = (ArrayNode) manager.node().get("licenses");
        manager.from("/licenses/" + list.size(), c.ref());
        ObjectNode license = list.addObject().put("name", name);
        String total = c.text(LICENSE_TOTAL);
        if (total != null && total.equalsIgnoreCase("unlimited")) {
            license.put("total", "unlimited");
        } else {
            ComputeMapping.putInt(license, "total", c.count(LICENSE_TOTAL));
        }
        ComputeMapping.putInt(license, "used", c.count(LICENSE_USED));
        String expires = c.text(LICENSE_EXPIRES);
        if (expires != null && expires.equalsIgnoreCase("never")) {
            license.put("expires", "never");
        } else {
            Instant at = c.time(LICENSE_EXPIRES);
            if (at != null) {
                license.put("expires", at.toString());
            }
        }
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
