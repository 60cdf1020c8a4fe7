package io.virtaudit.model.derived;

import io.virtaudit.model.Lun;
import io.virtaudit.model.MultipathConfig;
import java.util.List;

/**
 * The multipath entries of one LUN, from every host that has one, gathered once per LUN: rules
 * that compare how hosts handle a LUN (STO-008) read them from this fact instead of collecting
 * them per LUN. Only LUNs with at least one entry have one.
 *
 * @param entries in the order of the estate
 */
public record LunMultipath(Lun lun, List<MultipathConfig> entries) {
}
