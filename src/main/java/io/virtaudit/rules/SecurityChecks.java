package io.virtaudit.rules;

import io.virtaudit.model.DeviceType;
import io.virtaudit.model.Manager;
import io.virtaudit.model.Vm;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The text, device and licence checks of the second edition's security and management rules
 * (SEC-009 … SEC-011's exceptions, SEC-015, SEC-016, MGT-007). DRL imports these as functions,
 * handing them the policy's values. Globs and credential patterns are compiled once per policy
 * list, since a rule asks for every VM or port group of the estate.
 */
public final class SecurityChecks {

    private static final Map<List<String>, List<Globs.Glob>> GLOBS = new ConcurrentHashMap<>();
    private static final Map<List<String>, Pattern> CREDENTIALS = new ConcurrentHashMap<>();

    private SecurityChecks() {
    }

    /** EXC(pg): the port group's name matches one of the policy's names or globs (any ASCII case). */
    public static boolean exempt(String name, List<String> globs) {
        if (name == null || globs.isEmpty()) {
            return false;
        }
        for (Globs.Glob glob : GLOBS.computeIfAbsent(List.copyOf(globs), g -> g.stream().map(Globs::compile).toList())) {
            if (glob.matches(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * SEC-015: the fields of a VM whose value holds a credential: a whole word of the patterns
     * (any case), optional spaces, {@code :} or {@code =}, and a non-space character. Named as
     * {@code labels.annotation}, {@code customAttributes.Post-it}, {@code snapshots[2].name}
     * (counted from 1), never with their text.
     */
    public static List<String> credentialFields(Vm vm, List<String> patterns) {
        Pattern pattern = CREDENTIALS.computeIfAbsent(List.copyOf(patterns), SecurityChecks::credentialPattern);
        List<String> fields = new ArrayList<>();
        if (pattern == null) {
            return fields;
        }
        scan(vm.labels(), "labels.", pattern, fields);
        scan(vm.customAttributes(), "customAttributes.", pattern, fields);
        if (vm.snapshots() != null) {
            for (int i = 0; i < vm.snapshots().size(); i++) {
                String name = vm.snapshots().get(i).name();
                if (name != null && pattern.matcher(name).find()) {
                    fields.add("snapshots[" + (i + 1) + "].name");
                }
            }
        }
        return fields;
    }

    /**
     * Whether {@link #credentialFields} names any: the rule's condition, asked of every VM. A text
     * without {@code :} or {@code =} cannot hold a credential, so most values skip the pattern.
     */
    public static boolean hasCredential(Vm vm, List<String> patterns) {
        return (mayHold(vm.labels()) || mayHold(vm.customAttributes()) || snapshotMayHold(vm))
                && !credentialFields(vm, patterns).isEmpty();
    }

    private static boolean mayHold(Map<String, String> values) {
        if (values != null) {
            for (String v : values.values()) {
                if (v != null && (v.indexOf(':') >= 0 || v.indexOf('=') >= 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean snapshotMayHold(Vm vm) {
        if (vm.snapshots() != null) {
            for (Vm.Snapshot s : vm.snapshots()) {
                if (s.name() != null && (s.name().indexOf(':') >= 0 || s.name().indexOf('=') >= 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void scan(Map<String, String> values, String prefix, Pattern pattern, List<String> fields) {
        if (values == null) {
            return;
        }
        values.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (e.getValue() != null && pattern.matcher(e.getValue()).find()) {
                fields.add(prefix + e.getKey());
            }
        });
    }

    /** One pattern for all words: a word is whole when no letter or digit touches it on either side. */
    private static Pattern credentialPattern(List<String> words) {
        List<String> quoted = words.stream().filter(w -> !w.isBlank()).map(w -> Pattern.quote(w.strip())).toList();
        if (quoted.isEmpty()) {
            return null;
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", quoted) + ")(?![\\p{L}\\p{N}])\\s*[:=]\\s*\\S",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * SEC-016: the VM's removable devices that are connected or connect at power-on, and every
     * serial or parallel port, as {@code cdrom CD/DVD drive 1 (iso, connected)}.
     */
    public static List<String> attachedDevices(Vm vm) {
        List<String> attached = new ArrayList<>();
        if (vm.devices() == null) {
            return attached;
        }
        for (Vm.Device d : vm.devices()) {
            if (attached(d)) {
                attached.add(describe(d));
            }
        }
        return attached;
    }

    /** Whether {@link #attachedDevices} names any. */
    public static boolean hasAttachedDevice(Vm vm) {
        return vm.devices() != null && vm.devices().stream().anyMatch(SecurityChecks::attached);
    }

    /** SEC-016: one of the attached devices is USB (on a PC VM it also pins the VM to its host). */
    public static boolean usbAttached(Vm vm) {
        return vm.devices() != null && vm.devices().stream().anyMatch(d -> d.type() == DeviceType.USB && attached(d));
    }

    private static boolean attached(Vm.Device d) {
        return switch (d.type()) {
            case CDROM, FLOPPY, USB -> Boolean.TRUE.equals(d.connected()) || Boolean.TRUE.equals(d.startConnected());
            case SERIAL, PARALLEL -> true;
            case SOUND -> false;
        };
    }

    private static String describe(Vm.Device d) {
        List<String> how = new ArrayList<>();
        if (d.backing() != null) {
            how.add(d.backing().wireName());
        }
        if (Boolean.TRUE.equals(d.connected())) {
            how.add("connected");
        } else if (Boolean.TRUE.equals(d.startConnected())) {
            how.add("connects at power-on");
        }
        return d.type().wireName() + (d.name() == null ? "" : " " + d.name()) + (how.isEmpty() ? "" : " (" + String.join(", ", how) + ")");
    }

    /**
     * MGT-007: the manager's licences that have expired, expire before {@code reference} plus
     * {@code days}, or have more units in use than they allow, as
     * {@code vSphere 8 Enterprise Plus: expired 2026-10-01}.
     */
    public static List<String> licenseProblems(Manager manager, Instant reference, double days) {
        List<String> problems = new ArrayList<>();
        if (manager.licenses() == null) {
            return problems;
        }
        for (Manager.License l : manager.licenses()) {
            String name = l.name() == null ? "licence" : l.name();
            if (l.expires() != null && !l.expires().never()) {
                Instant at = l.expires().at();
                if (!at.isAfter(reference)) {
                    problems.add(name + ": expired " + Ages.iso(at).substring(0, 10));
                } else if (Ages.daysBetween(reference, at) < days) {
                    problems.add(name + ": expires " + Ages.iso(at).substring(0, 10));
                }
            }
            if (l.used() != null && l.total() != null && !l.total().unlimited() && l.used() > l.total().count()) {
                problems.add(name + ": " + l.used() + " used of " + l.total().count());
            }
        }
        return problems;
    }

    /** MGT-007 high: a licence of the manager has expired. */
    public static boolean licenseExpired(Manager manager, Instant reference) {
        return manager.licenses() != null && manager.licenses().stream().anyMatch(l -> l.expires() != null
                && !l.expires().never() && !l.expires().at().isAfter(reference));
    }
}
