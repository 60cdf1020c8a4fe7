package io.virtaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.model.DeviceBacking;
import io.virtaudit.model.DeviceType;
import io.virtaudit.model.LicenseExpiry;
import io.virtaudit.model.LicenseTotal;
import io.virtaudit.model.Manager;
import io.virtaudit.model.PowerState;
import io.virtaudit.model.Vm;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exemptions, credentials, attached devices and licence problems as SEC-009 … SEC-016 and MGT-007 read them. */
class SecurityChecksTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");
    private static final List<String> WORDS = Thresholds.defaults().credentialPatterns();

    private static Vm vm(Map<String, String> labels, Map<String, String> attributes, List<Vm.Snapshot> snapshots,
                         List<Vm.Device> devices) {
        return new Vm("v1", null, "h1", null, null, null, null, PowerState.ON, null, null, null, null, null, null,
                snapshots, null, null, null, null, null, labels, null, null, attributes, null, null, null, null, null,
                null, null, devices, null, null, null);
    }

    @Test
    void exemptionsMatchNamesAndGlobsInAnyAsciiCase() {
        assertThat(SecurityChecks.exempt("Nested-ESXi-Lab", List.of("nested-*"))).isTrue();
        assertThat(SecurityChecks.exempt("nlb", List.of("NLB"))).isTrue();
        assertThat(SecurityChecks.exempt("NLB-2", List.of("NLB"))).as("a name is whole").isFalse();
        assertThat(SecurityChecks.exempt("Servers", List.of())).isFalse();
        assertThat(SecurityChecks.exempt(null, List.of("*"))).isFalse();
    }

    @Test
    void aCredentialIsAWholeWordThenAColonOrEqualsThenAValue() {
        assertThat(SecurityChecks.credentialFields(vm(Map.of("annotation", "sa PASSWORD : x", "uuid", "42"),
                Map.of("Post-it", "Passwort=geheim", "Owner", "web"), null, null), WORDS))
                .containsExactly("labels.annotation", "customAttributes.Post-it");
        assertThat(SecurityChecks.credentialFields(vm(Map.of("annotation", "mot de passe: x"), null, null, null), WORDS))
                .as("a pattern of several words").containsExactly("labels.annotation");
        assertThat(SecurityChecks.credentialFields(vm(null, null,
                List.of(new Vm.Snapshot("ok", null), new Vm.Snapshot("pwd=1", null)), null), WORDS))
                .containsExactly("snapshots[2].name");
        assertThat(SecurityChecks.hasCredential(vm(Map.of("annotation", "sa PASSWORD : x"), null, null, null), WORDS)).isTrue();
        assertThat(SecurityChecks.hasCredential(vm(Map.of("annotation", "password is in the vault"), null, null, null), WORDS))
                .as("no ':' or '=' anywhere").isFalse();
        for (String innocent : List.of("password rotated monthly", "passport: 12", "bypass=none", "password:", "pass :  ")) {
            assertThat(SecurityChecks.credentialFields(vm(Map.of("annotation", innocent), null, null, null), WORDS))
                    .as(innocent).isEmpty();
        }
        assertThat(SecurityChecks.credentialFields(vm(Map.of("annotation", "password: x"), null, null, null), List.of()))
                .as("no patterns").isEmpty();
    }

    @Test
    void attachedDevicesAreConnectedOrConnectAtPowerOnAndEverySerialOrParallelPort() {
        Vm v = vm(null, null, null, List.of(
                new Vm.Device(DeviceType.CDROM, "CD/DVD drive 1", true, false, DeviceBacking.ISO),
                new Vm.Device(DeviceType.CDROM, "CD/DVD drive 2", false, false, DeviceBacking.ISO),
                new Vm.Device(DeviceType.USB, "USB 1", null, true, null),
                new Vm.Device(DeviceType.PARALLEL, null, false, false, null),
                new Vm.Device(DeviceType.SOUND, "Sound", true, true, null)));
        assertThat(SecurityChecks.attachedDevices(v)).containsExactly("cdrom CD/DVD drive 1 (iso, connected)",
                "usb USB 1 (connects at power-on)", "parallel");
        assertThat(SecurityChecks.usbAttached(v)).isTrue();
        assertThat(SecurityChecks.hasAttachedDevice(v)).isTrue();
        assertThat(SecurityChecks.hasAttachedDevice(vm(null, null, null,
                List.of(new Vm.Device(DeviceType.SOUND, "Sound", true, true, null))))).isFalse();
        assertThat(SecurityChecks.attachedDevices(vm(null, null, null, null))).isEmpty();
    }

    @Test
    void licenceProblemsAreExpiryWithinTheWindowAndOverAllocation() {
        Manager m = new Manager("vc01", null, null, null, null, List.of(
                new Manager.License("A", new LicenseTotal(10), 11, LicenseExpiry.NEVER),
                new Manager.License("B", LicenseTotal.UNLIMITED, 500, new LicenseExpiry(Instant.parse("2027-01-01T00:00:00Z"))),
                new Manager.License(null, new LicenseTotal(10), 10, new LicenseExpiry(Instant.parse("2026-11-20T08:00:00Z"))),
                new Manager.License("D", null, null, new LicenseExpiry(Instant.parse("2027-06-01T00:00:00Z")))));
        assertThat(SecurityChecks.licenseProblems(m, NOW, 60)).containsExactly("A: 11 used of 10", "B: expires 2027-01-01",
                "licence: expired 2026-11-20");
        assertThat(SecurityChecks.licenseExpired(m, NOW)).as("expiring at the collection time is expired").isTrue();
    }
}
