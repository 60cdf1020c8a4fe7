package io.virtaudit.model.derived;

import io.virtaudit.model.Host;
import io.virtaudit.model.Lun;
import io.virtaudit.model.MultipathConfig;

/**
 * A multipath entry with both its ends resolved once: the host and the LUN it names. Rules and
 * decision tables about an entry and its host or LUN match this one fact with plain constraints
 * instead of joining each of the estate's entries to its LUN and host (a tuple per entry and rule).
 */
public record MultipathLink(MultipathConfig multipath, Host host, Lun lun) {
}
