package io.virtaudit.model;

import java.util.List;
import java.util.Map;

/**
 * A block LUN or a file datastore.
 *
 * @param provisionedGb space promised to the files on it; above capacityGb: over-provisioned
 */
public record Lun(String id, String name, Protocol protocol, Array array, Double capacityGb,
                  Double freeGb, Double provisionedGb, String nfsExport, List<String> hosts,
                  Map<String, String> labels)
        implements NamedObject {

    /** The storage array behind the LUN; {@code mode: alua} means the array offers ALUA. */
    public record Array(String vendor, String model, ArrayMode mode) {
    }

    /**
     * FC or iSCSI: the protocols the catalogue's multipath and array rules (STO-001 and the ALUA
     * rules) name. An external SAS array ({@code sas}) is block storage too, but no rule of the
     * catalogue judges it, so its missing array mode is no data gap either.
     */
    public boolean block() {
        return protocol == Protocol.FC || protocol == Protocol.ISCSI;
    }

    public ArrayMode arrayMode() {
        return array == null ? null : array.mode();
    }

    public String arrayVendor() {
        return array == null ? null : array.vendor();
    }

    /** The array vendor in lower case, as the vendor table names it; null when unknown. */
    public String vendorKey() {
        return array == null || array.vendor() == null ? null : array.vendor().strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** The label an importer gives the SCSI model hosts see the LUN as (RVTools' vMultiPath Model, {@code MSA 2050 SAN}). */
    public static final String SCSI_MODEL_LABEL = "scsiModel";

    /**
     * Whether the array's model matches a vendor table's model pattern (a regular expression): its
     * {@code array.model}, else the SCSI model the hosts see (the only model an RVTools export
     * gives). An unknown model is matched as empty text, so a pattern that excludes a family still
     * takes it.
     */
    public boolean modelMatches(String pattern) {
        String model = array != null && array.model() != null ? array.model()
                : labels != null && labels.get(SCSI_MODEL_LABEL) != null ? labels.get(SCSI_MODEL_LABEL) : "";
        return java.util.regex.Pattern.matches(pattern, model.strip());
    }

    /** Used share of the capacity (0–1), or null when capacity or free space is unknown. */
    public Double usedFraction() {
        if (capacityGb == null || freeGb == null || capacityGb <= 0) {
            return null;
        }
        return (capacityGb - freeGb) / capacityGb;
    }

    /** Space promised to files per unit of capacity (STO-013), or null when either is unknown. */
    public Double provisionedRatio() {
        if (capacityGb == null || provisionedGb == null || capacityGb <= 0) {
            return null;
        }
        return provisionedGb / capacityGb;
    }

    /** Used share as a percentage to one decimal ({@code 85.3}), or null when unknown. */
    public Double usedPercent() {
        Double used = usedFraction();
        return used == null ? null : Math.round(used * 1000) / 10.0;
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.LUN;
    }

}
