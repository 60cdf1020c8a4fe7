package io.virtaudit.importer.rvtools;

import static io.virtaudit.importer.rvtools.Column.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.virtaudit.importer.rvtools.EstateTree.Entry;
import io.virtaudit.importer.rvtools.Names.Kind;
import io.virtaudit.importer.rvtools.Spellings.HealthFact;

/**
 * vHealth: the few facts RVTools' health checks state and no other tab holds (SSH or the ESXi
 * Shell running, NTPD stopped, a connected floppy or CD/DVD drive). They are positive only: a
 * check can be switched off in the user's RVTools, so no row proves nothing and the field stays
 * unknown. A fact another tab states better is not read here: ntpRunning where vHost has its
 * NTPD running cell, drives where the export has vCD or vFloppy.
 */
final class HealthMapping {

    private final Assembly asm;

    HealthMapping(Assembly asm) {
        this.asm = asm;
    }

    void map() {
        asm.rows(Tab.VHEALTH).forEach(this::row);
    }

    private void row(Cells c) {
        HealthFact fact = Spellings.healthFact(c.text(MESSAGE_TYPE), c.text(MESSAGE));
        String name = c.text(NAME);
        if (fact == null || name == null) {
            return;
        }
        if (fact.aboutHost()) {
            host(c, fact, name);
        } else {
            vm(c, fact, name);
        }
    }

    private void host(Cells c, HealthFact fact, String name) {
        Entry host = asm.hosts.get(asm.id(Kind.HOST, c, name));
        if (host == null) {
            asm.errors.warn(c.ref(NAME), "vHealth row names host '" + name + "', which the export does not hold");
            return;
        }
        ObjectNode node = host.node();
        switch (fact) {
            case SSH_RUNNING -> running(host, c, "ssh");
            case SHELL_RUNNING -> running(host, c, "shell");
            case NTPD_NOT_RUNNING -> {
                if (!node.has("ntpRunning")) {
                    node.put("ntpRunning", false);
                    host.from("/ntpRunning", c.ref());
                }
            }
            default -> throw new IllegalStateException(fact + " is not about a host");
        }
    }

    private static void running(Entry host, Cells c, String service) {
        ObjectNode node = host.node();
        ObjectNode services = node.has("services") ? (ObjectNode) node.get("services") : node.putObject("services");
        ObjectNode entry = services.has(service) ? (ObjectNode) services.get(service) : services.putObject(service);
        if (!entry.has("running")) {
            entry.put("running", true);
            host.from("/services/" + service + "/running", c.ref());
        }
    }

    /**
     * A connected drive, where the export has no tab listing the VM's drives of that kind. A VM
     * whose name vInfo holds twice (told apart by VM ID, which vHealth lacks) cannot be told, and
     * is warned about as one the export does not hold.
     */
    private void vm(Cells c, HealthFact fact, String name) {
        boolean floppy = fact == HealthFact.FLOPPY_CONNECTED;
        if (asm.tab(floppy ? Tab.VFLOPPY : Tab.VCD).present()) {
            return;
        }
        Entry vm = asm.vms.get(asm.id(Kind.VM, c, name));
        if (vm == null) {
            asm.errors.warn(c.ref(NAME), "vHealth row names VM '" + name + "', which vInfo does not hold once");
            return;
        }
        ObjectNode node = vm.node();
        ArrayNode devices = node.has("devices") ? (ArrayNode) node.get("devices") : node.putArray("devices");
        vm.from("/devices/" + devices.size(), c.ref());
        devices.addObject().put("type", floppy ? "floppy" : "cdrom").put("connected", true);
    }
}
