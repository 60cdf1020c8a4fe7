package io.virtaudit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.model.LicenseExpiry;
import io.virtaudit.model.LicenseTotal;
import io.virtaudit.model.Manager.License;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the Managers sheet tells a manager's licence keys: what is known of each, and the earliest expiry. */
class LicencesTest {

    private static final LicenseExpiry MARCH = new LicenseExpiry(Instant.parse("2027-03-30T00:00:00Z"));
    private static final LicenseExpiry JANUARY = new LicenseExpiry(Instant.parse("2027-01-15T00:00:00Z"));

    @Test
    void eachKeySaysWhatIsKnownOfIt() {
        assertThat(Licences.summary(List.of(
                new License("vSphere 8 Enterprise Plus", new LicenseTotal(64), 48, MARCH),
                new License("vSAN", LicenseTotal.UNLIMITED, 3, LicenseExpiry.NEVER),
                new License("NSX", new LicenseTotal(16), null, null),
                new License(null, null, 2, null),
                new License("Evaluation", null, null, JANUARY),
                new License("Bare", null, null, null))))
                .isEqualTo("vSphere 8 Enterprise Plus: 48 of 64 used, expires 2027-03-30T00:00:00Z; "
                        + "vSAN: 3 of unlimited used, never expires; NSX: 16 in total; unnamed licence: 2 used; "
                        + "Evaluation: expires 2027-01-15T00:00:00Z; Bare");
    }

    @Test
    void noKeysIsNoneAndUnknownKeysStayEmpty() {
        assertThat(Licences.summary(List.of())).isEqualTo("none");
        assertThat(Licences.summary(null)).isNull();
        assertThat(Licences.earliestExpiry(List.of())).isNull();
        assertThat(Licences.earliestExpiry(null)).isNull();
    }

    @Test
    void theEarliestExpiryIsTheFirstDateAnyKeyStates() {
        assertThat(Licences.earliestExpiry(List.of(new License("a", null, null, MARCH),
                new License("b", null, null, LicenseExpiry.NEVER), new License("c", null, null, JANUARY))))
                .isEqualTo("2027-01-15T00:00:00Z");
        assertThat(Licences.earliestExpiry(List.of(new License("a", null, null, LicenseExpiry.NEVER),
                new License("b", null, null, LicenseExpiry.NEVER)))).as("every key perpetual").isEqualTo("never");
        assertThat(Licences.earliestExpiry(List.of(new License("a", null, null, LicenseExpiry.NEVER),
                new License("b", null, null, null)))).as("one key's expiry unknown: not known to be never").isNull();
        assertThat(Licences.earliestExpiry(List.of(new License("a", null, null, null), new License("b", null, null,
                MARCH)))).as("the dates stated").isEqualTo("2027-03-30T00:00:00Z");
    }
}
