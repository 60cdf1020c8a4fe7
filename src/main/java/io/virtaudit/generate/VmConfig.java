package io.virtaudit.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * What vCenter knows of a vSphere VM's configuration: virtual hardware, connection state, pending
 * consolidation, latency sensitivity, limits and reservations, removable devices, custom attributes
 * and port groups, with the slips of {@link Slips}. Other platforms' VMs leave these unknown.
 */
final class VmConfig {

    private VmConfig() {
    }

    /** The VM's compute settings as written: the sizes the limits are judged against. */
    record Size(int vcpus, int memoryGb) {
    }

    static void write(JsonGenerator g, Plan plan, HostPlan host, Guest guest, int v, Size size) throws IOException {
        Dice dice = plan.dice;
        g.writeNumberField("hardwareVersion", hardwareVersion(dice, host, v));
        g.writeStringField("connectionState", connectionState(dice, host, v));
        g.writeBooleanField("consolidationNeeded", dice.chance("vm.consolidation", v, Slips.CONSOLIDATION));
        boolean high = guest.timingSensitive();
        g.writeStringField("latencySensitivity", high ? "high" : "normal");
        boolean reserved = high && !dice.chance("vm.no-reservation", v, Slips.NO_RESERVATION);
        if (dice.chance("vm.cpu-limit", v, Slips.CPU_LIMIT)) {
            g.writeNumberField("cpuLimitMhz", dice.oneOf("vm.cpu-limit-mhz", v, 1_000, 2_000, 4_000));
        } else {
            g.writeStringField("cpuLimitMhz", "none");
        }
        g.writeNumberField("cpuReservationMhz", reserved ? size.vcpus() * 2_100 : 0);
        double memoryRoll = dice.roll("vm.memory-limit", v);
        if (memoryRoll < Slips.MEMORY_LIMIT) {
            g.writeNumberField("memoryLimitGb", size.memoryGb() / 2.0);
        } else if (memoryRoll < Slips.MEMORY_LIMIT + Slips.HARMLESS_MEMORY_LIMIT) {
            g.writeNumberField("memoryLimitGb", size.memoryGb());
        } else {
            g.writeStringField("memoryLimitGb", "none");
        }
        g.writeNumberField("memoryReservationGb", reserved ? size.memoryGb() : 0);
        writeDevices(g, dice, v);
    }

    static int hardwareVersion(Dice dice, HostPlan host, int v) {
        double roll = dice.roll("vm.hardware", v);
        if (roll < Slips.ANCIENT_HARDWARE) {
            return 8;
        }
        if (roll < Slips.ANCIENT_HARDWARE + Slips.OLD_HARDWARE) {
            return dice.oneOf("vm.hardware-version", v, 13, 14, 15);
        }
        return host.version().startsWith("7.") ? dice.oneOf("vm.hardware-version", v, 17, 19, 19)
                : dice.oneOf("vm.hardware-version", v, 19, 20, 20, 21);
    }

    static String connectionState(Dice dice, HostPlan host, int v) {
        if (!host.connected()) {
            return "disconnected";
        }
        if (legacyFirst(host, v, 6)) {
            return "inaccessible";
        }
        return dice.chance("vm.broken", v, Slips.BROKEN)
                ? dice.oneOf("vm.broken-state", v, "orphaned", "inaccessible", "invalid") : "connected";
    }

    /** The VM in this slot of the legacy cluster's first host, which carries a slip in every estate. */
    private static boolean legacyFirst(HostPlan host, int v, int slot) {
        return host.profile() == Profile.LEGACY && host.index() % Layout.HOSTS_PER_CLUSTER == 0
                && v % Layout.VMS_PER_HOST == slot;
    }

    private static void writeDevices(JsonGenerator g, Dice dice, int v) throws IOException {
        g.writeArrayFieldStart("devices");
        double cd = dice.roll("vm.cd", v);
        if (cd < Slips.CD_CONNECTED) {
            device(g, "cdrom", "CD/DVD drive 1", true, false, "iso");
        } else if (cd < Slips.CD_CONNECTED + Slips.CD_AT_POWER_ON) {
            device(g, "cdrom", "CD/DVD drive 1", false, true, "host-device");
        } else {
            device(g, "cdrom", "CD/DVD drive 1", false, false, "client-device");
        }
        if (dice.chance("vm.usb", v, Slips.USB)) {
            device(g, "usb", "SafeNet Token JC", true, true, "host-device");
        }
        if (dice.chance("vm.floppy", v, Slips.FLOPPY)) {
            device(g, "floppy", "Floppy drive 1", false, true, "file");
        }
        g.writeEndArray();
    }

    private static void device(JsonGenerator g, String type, String name, boolean connected, boolean atPowerOn,
                               String backing) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", type);
        g.writeStringField("name", name);
        g.writeBooleanField("connected", connected);
        g.writeBooleanField("startConnected", atPowerOn);
        g.writeStringField("backing", backing);
        g.writeEndObject();
    }

    /** vCenter custom attributes: a cost centre, and by slip a note holding a password (SEC-015). */
    static void writeCustomAttributes(JsonGenerator g, Dice dice, HostPlan host, int v) throws IOException {
        g.writeObjectFieldStart("customAttributes");
        g.writeStringField("CostCenter", "CC-" + (4_000 + dice.pick("vm.cost-center", v, 200)));
        if (dice.chance("vm.password-note", v, Slips.PASSWORD_NOTE) || legacyFirst(host, v, 7)) {
            g.writeStringField("Notes", "local admin password: " + String.format(java.util.Locale.ROOT, "%08x", dice.bits("vm.password", v) >>> 32));
        }
        g.writeEndObject();
    }
}
