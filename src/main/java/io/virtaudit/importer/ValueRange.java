package io.virtaudit.importer;

import io.virtaudit.model.Cluster;
import io.virtaudit.model.Host;
import io.virtaudit.model.Lun;
import io.virtaudit.model.Manager;
import io.virtaudit.model.MultipathConfig;
import io.virtaudit.model.Vlan;
import io.virtaudit.model.Vm;
import java.util.Map;

/**
 * The values the estate format takes for a numeric field, and the unit its name carries: the one
 * table the estate's cross-checks, the CSV inventories and the RVTools cells all check against.
 * A CSV or RVTools cell is checked as it is read, so that the error quotes the cell as written
 * ({@code memoryGb: -1 GB is negative} at its file and line) rather than the number the document
 * was given.
 *
 * @param unit what the field counts in, for messages ({@code "GB"}, {@code "%"}), or empty
 */
public record ValueRange(double min, double max, String unit) {

    private static final double NO_MAX = Double.MAX_VALUE;

    private static final Map<Class<?>, Map<String, ValueRange>> BY_FIELD = Map.of(
            Vm.class, Map.of("vcpus", new ValueRange(1, 4096, ""), "memoryGb", new ValueRange(0, NO_MAX, "GB"),
                    "hardwareVersion", new ValueRange(1, NO_MAX, ""),
                    "cpuLimitMhz", new ValueRange(0, NO_MAX, "MHz"), "cpuReservationMhz", new ValueRange(0, NO_MAX, "MHz"),
                    "memoryLimitGb", new ValueRange(0, NO_MAX, "GB"), "memoryReservationGb", new ValueRange(0, NO_MAX, "GB")),
            Host.class, Map.of("memoryGb", new ValueRange(0, NO_MAX, "GB"), "nics", new ValueRange(0, NO_MAX, ""),
                    "hbas", new ValueRange(0, NO_MAX, ""), "powerSupplies", new ValueRange(0, NO_MAX, "")),
            Host.Cpu.class, Map.of("sockets", new ValueRange(1, 1024, ""), "coresPerSocket", new ValueRange(1, 4096, "")),
            Host.HostNetwork.class, Map.of("mtu", new ValueRange(68, 65535, "")),
            Cluster.Ha.class, Map.of("failoverHosts", new ValueRange(0, NO_MAX, ""),
                    "cpuPercent", new ValueRange(0, 100, "%"), "memoryPercent", new ValueRange(0, 100, "%")),
            Lun.class, Map.of("capacityGb", new ValueRange(0, NO_MAX, "GB"), "freeGb", new ValueRange(0, NO_MAX, "GB"),
                    "provisionedGb", new ValueRange(0, NO_MAX, "GB")),
            MultipathConfig.class, Map.of("rrIops", new ValueRange(1, NO_MAX, "")),
            Manager.License.class, Map.of("used", new ValueRange(0, NO_MAX, "")),
            Vlan.class, Map.of("id", new ValueRange(0, 4095, ""), "mtu", new ValueRange(68, 65535, "")));

    /** The ranges of the fields of a VM's lists of objects (disks, partitions). */
    private static final Map<Class<?>, Map<String, ValueRange>> VM_PARTS = Map.of(
            Vm.Disk.class, Map.of("capacityGb", new ValueRange(0, NO_MAX, "GB")),
            Vm.Partition.class, Map.of("capacityGb", new ValueRange(0, NO_MAX, "GB"), "freeGb", new ValueRange(0, NO_MAX, "GB")));

    /** The range of a field of a record, or null when the format takes any value. */
    public static ValueRange of(Class<?> record, String field) {
        Map<String, ValueRange> fields = BY_FIELD.get(record);
        return (fields != null ? fields : VM_PARTS.getOrDefault(record, Map.of())).get(field);
    }

    /** Why a value is outside the range, quoting the cell as written; null when it is inside. */
    public String problem(String written, double value) {
        String cell = written + (unit.isEmpty() ? "" : unit.equals("%") ? " %" : " " + unit);
        if (value < min) {
            return cell + (min == 0 ? " is negative" : " is below the minimum of " + number(min));
        }
        if (value > max) {
            return cell + " is above the maximum of " + number(max);
        }
        return null;
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
