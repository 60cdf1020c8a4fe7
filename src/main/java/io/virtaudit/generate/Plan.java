package io.virtaudit.generate;

import java.time.Duration;
import java.time.Instant;

/**
 * What every section of the generator shares: the layout, the names, the dice and the collection
 * time, with the last host and LUN plan kept because sections visit objects in order.
 */
final class Plan {

    /** Every estate is collected at the same instant, so ages and reports are reproducible. */
    static final Instant COLLECTED_AT = Instant.parse("2026-11-20T08:00:00Z");

    final Layout layout;
    final Names names;
    final Dice dice;
    private HostPlan lastHost;
    private LunPlan lastLun;

    Plan(int vms, long seed) {
        this.layout = new Layout(vms);
        this.names = new Names(layout);
        this.dice = new Dice(seed);
    }

    HostPlan host(int index) {
        if (lastHost == null || lastHost.index() != index) {
            lastHost = HostPlan.of(layout, names, dice, index);
        }
        return lastHost;
    }

    LunPlan lun(int index) {
        if (lastLun == null || lastLun.index() != index) {
            lastLun = LunPlan.of(layout, names, dice, index);
        }
        return lastLun;
    }

    /** The instant {@code hours} before collection, as the format writes it. */
    static String hoursAgo(long hours) {
        return COLLECTED_AT.minus(Duration.ofHours(hours)).toString();
    }

    static String daysAgo(long days) {
        return hoursAgo(days * 24);
    }
}
