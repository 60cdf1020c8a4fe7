package io.virtaudit.report.xlsx;

import io.virtaudit.model.LicenseExpiry;
import io.virtaudit.model.Manager;
import java.time.Instant;
import java.util.List;

/**
 * A manager's licence keys as the Managers sheet summarises them. Each key is told with its own
 * units (CPUs, instances, VMs: keys of different products count different things, so their units
 * are never added up), and the earliest expiry is the date an auditor checks first.
 */
final class Licences {

    /** The Licences cell of a manager that holds no licence key ({@code licenses: []}). */
    static final String NONE = "none";

    private Licences() {
    }

    /**
     * "vSphere 8 Enterprise Plus: 96 of 128 used, expires 2027-03-31T00:00:00Z; vCenter Server 8
     * Standard: 1 of 1 used, never expires"; {@link #NONE} without keys; null when unknown.
     */
    static String summary(List<Manager.License> licences) {
        if (licences == null) {
            return null;
        }
        if (licences.isEmpty()) {
            return NONE;
        }
        StringBuilder text = new StringBuilder();
        for (Manager.License licence : licences) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(licence.name() == null ? "unnamed licence" : licence.name());
            String units = units(licence);
            String expiry = expiry(licence.expires());
            if (units != null || expiry != null) {
                text.append(": ").append(units == null ? expiry : expiry == null ? units : units + ", " + expiry);
            }
        }
        return text.toString();
    }

    /**
     * The earliest expiry date among the keys that state one, as ISO 8601; "never" when every key
     * is perpetual; null without keys or when no key states its expiry.
     */
    static String earliestExpiry(List<Manager.License> licences) {
        if (licences == null || licences.isEmpty()) {
            return null;
        }
        Instant earliest = null;
        boolean allNever = true;
        for (Manager.License licence : licences) {
            LicenseExpiry expires = licence.expires();
            if (expires == null) {
                allNever = false;
            } else if (!expires.never()) {
                allNever = false;
                earliest = earliest == null || expires.at().isBefore(earliest) ? expires.at() : earliest;
            }
        }
        return earliest != null ? earliest.toString() : allNever ? LicenseExpiry.NEVER_WORD : null;
    }

    /** "96 of 128 used", "3 of unlimited used", "128 in total", "96 used", or null when neither is known. */
    private static String units(Manager.License licence) {
        String total = licence.total() == null ? null : licence.total().toString();
        Integer used = licence.used();
        if (total == null) {
            return used == null ? null : used + " used";
        }
        return used == null ? total + " in total" : used + " of " + total + " used";
    }

    private static String expiry(LicenseExpiry expires) {
        if (expires == null) {
            return null;
        }
        return expires.never() ? "never expires" : "expires " + expires.at();
    }
}
