package io.virtaudit.engine;

import io.virtaudit.model.Estate;
import io.virtaudit.model.MultipathConfig;
import io.virtaudit.model.derived.LunMultipath;
import io.virtaudit.model.derived.MultipathLink;
import java.util.ArrayList;
import java.util.List;

/** Multipath entries resolved once: each with its host and LUN, and per LUN all its entries. */
final class MultipathLinks {

    private MultipathLinks() {
    }

    /** The link of every entry whose host and LUN the estate describes, in the order of the entries. */
    static List<MultipathLink> of(Estate estate, EstateIndex index) {
        List<MultipathLink> out = new ArrayList<>(estate.multipath().size());
        for (MultipathConfig entry : estate.multipath()) {
            int h = index.host(entry.host());
            int l = index.lun(entry.lun());
            if (h >= 0 && l >= 0) {
                out.add(new MultipathLink(entry, index.hosts.get(h), index.luns.get(l)));
            }
        }
        return out;
    }

    /** Per LUN with entries, in the order of the LUNs: its entries, in the order of the estate. */
    static List<LunMultipath> byLun(Estate estate, EstateIndex index) {
        List<List<MultipathConfig>> entries = new ArrayList<>(index.luns.size());
        for (int l = 0; l < index.luns.size(); l++) {
            entries.add(null);
        }
        for (MultipathConfig entry : estate.multipath()) {
            int l = index.lun(entry.lun());
            if (l >= 0) {
                if (entries.get(l) == null) {
                    entries.set(l, new ArrayList<>(4));
                }
                entries.get(l).add(entry);
            }
        }
        List<LunMultipath> out = new ArrayList<>();
        for (int l = 0; l < index.luns.size(); l++) {
            if (entries.get(l) != null) {
                out.add(new LunMultipath(index.luns.get(l), List.copyOf(entries.get(l))));
            }
        }
        return out;
    }
}
