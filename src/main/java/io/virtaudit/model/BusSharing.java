package io.virtaudit.model;

/** SCSI bus sharing of a disk's controller: with VMs on the same host (virtual) or on any host (physical). */
public enum BusSharing implements Wire {
    NONE, VIRTUAL, PHYSICAL;

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
