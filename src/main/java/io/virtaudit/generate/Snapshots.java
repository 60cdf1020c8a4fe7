package io.virtaudit.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** A VM's snapshots: mostly none, some fresh, a few old or chained deep. */
final class Snapshots {

    private Snapshots() {
    }

    static void write(JsonGenerator g, Plan plan, Guest guest, int v) throws IOException {
        Dice dice = plan.dice;
        int count = 0;
        int firstAgeHours = 0;
        double roll = dice.roll("vm.snapshots", v);
        LunPlan lun = plan.lun(plan.layout.lunOfVm(v));
        boolean firstOnFullLun = v % Layout.VMS_PER_LUN == 0 && lun.nearlyFull();
        if (guest.timingSensitive() && dice.chance("vm.ts-snapshot", v, 0.1)) {
            count = 1;
            firstAgeHours = dice.between("vm.snapshot-age", v, 2, 48);
        } else if (roll < 0.0005) {
            count = 32;
            firstAgeHours = dice.between("vm.snapshot-age", v, 24 * 40, 24 * 200);
        } else if (roll < 0.0035) {
            count = dice.between("vm.snapshot-depth", v, 4, 6);
            firstAgeHours = dice.between("vm.snapshot-age", v, 24, 60);
        } else if (roll < 0.0235) {
            count = 1;
            firstAgeHours = dice.between("vm.snapshot-age", v, 24 * 4, 24 * 30);
        } else if (roll < 0.0535 || firstOnFullLun) {
            count = 1;
            firstAgeHours = dice.between("vm.snapshot-age", v, 2, 48);
        }
        g.writeArrayFieldStart("snapshots");
        for (int s = 0; s < count; s++) {
            g.writeStartObject();
            g.writeStringField("name", s == 0 ? "before-change" : "before-change-" + (s + 1));
            g.writeStringField("createdAt", Plan.hoursAgo(Math.max(1, firstAgeHours - s)));
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
