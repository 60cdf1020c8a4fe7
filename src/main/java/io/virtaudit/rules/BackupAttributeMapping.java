package io.virtaudit.rules;

import io.virtaudit.input.BackupAttributes;
import io.virtaudit.input.InputError;
import io.virtaudit.model.BackupTime;
import io.virtaudit.model.Estate;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.Vm;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The policy's {@code backupAttributes}: custom attributes that a user's backup tool writes on the
 * VMs, named so that they give {@code backup.lastSuccess} and {@code backup.policy} where the
 * importers know no such attribute. Applied to the estate before the rules see it, so that the
 * rules, DAT-001 and the report's inventory all see the same backup facts.
 *
 * <p>Attribute names match case-insensitively. {@code lastSuccess}: every named attribute that
 * holds a time counts (ISO-8601 and the shapes {@link BackupAttributes#anyTime} reads), the latest
 * wins, and a time the VM already has stays unless a later one comes, as when two inputs are merged;
 * an attribute that holds {@code never} gives {@code never} only where nothing gives a time.
 * {@code policy}: the first named attribute with a value, only where the VM has no policy.
 *
 * @param lastSuccess attributes that give the last successful backup, in the policy's order
 * @param policy      attributes that give the backup policy, in the policy's order of preference
 */
public record BackupAttributeMapping(List<String> lastSuccess, List<String> policy) {

    public BackupAttributeMapping {
        lastSuccess = List.copyOf(lastSuccess);
        policy = List.copyOf(policy);
    }

    /** No attribute named: the estate is left as it is. */
    public static BackupAttributeMapping none() {
        return new BackupAttributeMapping(List.of(), List.of());
    }

    public boolean isEmpty() {
        return lastSuccess.isEmpty() && policy.isEmpty();
    }

    /**
     * The estate with the named attributes read into each VM's backup facts. A named attribute whose
     * value is no time leaves the field as it was and is told to {@code warnings}, at the VM's source.
     */
    public Estate applyTo(Estate estate, Consumer<InputError> warnings) {
        if (isEmpty()) {
            return estate;
        }
        List<Vm> vms = new ArrayList<>(estate.vms().size());
        boolean changed = false;
        for (Vm vm : estate.vms()) {
            Vm filled = vm.customAttributes() == null || vm.customAttributes().isEmpty() ? vm
                    : fill(vm, () -> estate.sourceOf(vm), warnings);
            changed |= filled != vm;
            vms.add(filled);
        }
        if (!changed) {
            return estate;
        }
        return new Estate(estate.info(), estate.referenceTime(), estate.referenceTimeAssumed(), estate.clusters(),
                estate.hosts(), List.copyOf(vms), estate.luns(), estate.multipath(), estate.vlans(), estate.portGroups(), estate.managers(), estate.sources(),
                estate.inputs());
    }

    private Vm fill(Vm vm, Supplier<SourceRef> source, Consumer<InputError> warnings) {
        Map<String, String> attributes = vm.customAttributes();
        BackupTime known = vm.backup() == null ? null : vm.backup().lastSuccess();
        BackupTime last = lastSuccess(attributes, known, (name, value) -> {
            SourceRef at = source.get();
            warnings.accept(new InputError(at == null ? "" : at.file(), at == null ? "" : at.location(),
                    "VM '" + vm.id() + "': custom attribute '" + name + "' (backupAttributes.lastSuccess of the policy)"
                            + " holds '" + shortened(value) + "', not a date-time; backup.lastSuccess gets none from it"));
        });
        String policyValue = vm.backupPolicy() != null ? vm.backupPolicy() : first(attributes, policy);
        if (last == known && policyValue == vm.backupPolicy()) {
            return vm;
        }
        return new Vm(vm.id(), vm.name(), vm.host(), vm.guestOs(), vm.guestFamily(), vm.vcpus(), vm.memoryGb(),
                vm.powerState(), vm.poweredOffSince(), vm.template(), vm.environment(), vm.criticality(),
                vm.timingSensitive(), vm.tools(), vm.snapshots(), vm.datastores(), vm.networks(),
                new Vm.Backup(policyValue, last), vm.owner(), vm.createdAt(), vm.labels(), vm.agent(),
                vm.connectionState(), vm.customAttributes(),
                vm.hardwareVersion(), vm.consolidationNeeded(), vm.latencySensitivity(), vm.cpuLimitMhz(),
                vm.cpuReservationMhz(), vm.memoryLimitGb(), vm.memoryReservationGb(), vm.devices(), vm.disks(),
                vm.partitions(), vm.portGroups());
    }

    /** The latest of the known time and the named attributes' times; {@code known} itself when none is later. */
    private BackupTime lastSuccess(Map<String, String> attributes, BackupTime known,
                                   BiConsumer<String, String> unreadable) {
        Instant latest = known == null || known.never() ? null : known.at();
        boolean never = false;
        for (String name : lastSuccess) {
            Map.Entry<String, String> attribute = attribute(attributes, name);
            if (attribute == null) {
                continue;
            }
            String value = attribute.getValue().strip();
            if (value.equalsIgnoreCase(BackupTime.NEVER_WORD)) {
                never = true;
                continue;
            }
            Optional<Instant> at = BackupAttributes.anyTime(value);
            if (at.isEmpty()) {
                unreadable.accept(attribute.getKey(), value);
            } else if (latest == null || at.get().isAfter(latest)) {
                latest = at.get();
            }
        }
        if (latest != null) {
            return known != null && latest.equals(known.at()) ? known : new BackupTime(latest);
        }
        return known == null && never ? BackupTime.NEVER : known;
    }

    /** The value of the first named attribute the VM has. */
    private static String first(Map<String, String> attributes, List<String> names) {
        for (String name : names) {
            Map.Entry<String, String> attribute = attribute(attributes, name);
            if (attribute != null) {
                return attribute.getValue().strip();
            }
        }
        return null;
    }

    /** The attribute of this name, in any case, when it has a value. */
    private static Map.Entry<String, String> attribute(Map<String, String> attributes, String name) {
        String exact = attributes.get(name);
        if (exact != null && !exact.isBlank()) {
            return Map.entry(name, exact);
        }
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && e.getValue() != null && !e.getValue().isBlank()) {
                return e;
            }
        }
        return null;
    }

    private static String shortened(String value) {
        String line = value.replaceAll("\\R+", " ");
        return line.length() <= 60 ? line : line.substring(0, 60) + "…";
    }
}
