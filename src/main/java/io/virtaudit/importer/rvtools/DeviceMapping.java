package io.virtaudit.importer.rvtools;

import static io.virtaudit.importer.rvtools.Column.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.virtaudit.importer.rvtools.EstateTree.Entry;

/**
 * vCD, vFloppy, vUSB and vPartition: a VM's removable devices and its guest file systems.
 *
 * <p>Where the export has any of the device tabs, every VM gets {@code devices}, {@code []} when
 * no row names it: the estate format lists the device types its source shows and rules judge only
 * listed devices, so a VM without a vCD row has no CD/DVD drive, and serial, parallel and sound
 * devices (which RVTools never shows) are left to other inputs. A VM without a vPartition row
 * keeps {@code partitions} unknown: the guest tools report file systems only while they run.
 */
final class DeviceMapping {

    private final Assembly asm;

    DeviceMapping(Assembly asm) {
        this.asm = asm;
    }

    void map() {
        if (asm.tab(Tab.VCD).present() || asm.tab(Tab.VUSB).present() || asm.tab(Tab.VFLOPPY).present()) {
            asm.vms.entries().forEach(vm -> list(vm.node(), "devices"));
        }
        asm.rows(Tab.VCD).forEach(c -> drive(c, "cdrom"));
        asm.rows(Tab.VFLOPPY).forEach(c -> drive(c, "floppy"));
        asm.rows(Tab.VUSB).forEach(this::usb);
        asm.rows(Tab.VPARTITION).forEach(this::partition);
    }

    /** A CD/DVD or floppy drive: Device Node is its name, Device Type tells what it is attached to. */
    private void drive(Cells c, String type) {
        Entry vm = asm.vmOf(c);
        if (vm == null) {
            return;
        }
        ObjectNode device = device(vm, c, type);
        text(c, DEVICE_NODE, device, "name");
        bool(c, CONNECTED, device, "connected");
        bool(c, STARTS_CONNECTED, device, "startConnected");
        String backing = Spellings.deviceBacking(c.text(DEVICE_TYPE));
        if (backing != null) {
            device.put("backing", backing);
        }
    }

    /**
     * A USB device passed through to the VM, named by its Device Type (the product, such as
     * {@code SafeNet Token JC}). Auto connect and EHCI enabled are the controller's settings, not
     * the device's: startConnected and backing stay unknown.
     */
    private void usb(Cells c) {
        Entry vm = asm.vmOf(c);
        if (vm == null) {
            return;
        }
        ObjectNode device = device(vm, c, "usb");
        text(c, DEVICE_TYPE, device, "name");
        bool(c, CONNECTED, device, "connected");
    }

    private static ObjectNode device(Entry vm, Cells c, String type) {
        ArrayNode devices = list(vm.node(), "devices");
        vm.from("/devices/" + devices.size(), c.ref());
        return devices.addObject().put("type", type);
    }

    /** One guest file system; a row without its Disk (the mount point or drive) names none and is left out. */
    private void partition(Cells c) {
        Entry vm = asm.vmOf(c);
        if (vm == null) {
            return;
        }
        String path = c.text(DISK);
        if (path == null) {
            asm.errors.warn(c.ref(DISK), "empty Disk (the file system's path): no partition is listed for this row");
            return;
        }
        ArrayNode partitions = list(vm.node(), "partitions");
        vm.from("/partitions/" + partitions.size(), c.ref());
        ObjectNode partition = partitions.addObject().put("path", path);
        Double capacity = c.gibFromMib(CAPACITY);
        ComputeMapping.putNumber(partition, "capacityGb", capacity);
        ComputeMapping.putNumber(partition, "freeGb", freeGb(c, capacity));
    }

    /**
     * The free space: Free MiB where the export has it; else Capacity less Consumed MiB; else
     * Capacity times Free %. A later way is taken only where the earlier one's cell is blank or
     * missing (an unreadable cell is a warning and leaves it unknown).
     */
    private static Double freeGb(Cells c, Double capacityGb) {
        if (c.text(FREE) != null) {
            return c.gibFromMib(FREE);
        }
        if (capacityGb == null) {
            return null;
        }
        if (c.text(CONSUMED) != null) {
            Double consumed = c.gibFromMib(CONSUMED);
            if (consumed != null && consumed > capacityGb) {
                c.invalid(CONSUMED, c.text(CONSUMED), "no more than Capacity");
                return null;
            }
            return consumed == null ? null : capacityGb - consumed;
        }
        Double share = c.percent(FREE_PERCENT);
        return share == null ? null : capacityGb * share / 100;
    }

    private static ArrayNode list(ObjectNode node, String field) {
        return node.has(field) ? (ArrayNode) node.get(field) : node.putArray(field);
    }

    private static void text(Cells c, Column column, ObjectNode node, String field) {
        String text = c.text(column);
        if (text != null) {
            node.put(field, text);
        }
    }

    private static void bool(Cells c, Column column, ObjectNode node, String field) {
        Boolean value = c.bool(column);
        if (value != null) {
            node.put(field, value);
        }
    }
}
