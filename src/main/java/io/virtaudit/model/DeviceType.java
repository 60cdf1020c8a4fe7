package io.virtaudit.model;

/** A removable or legacy device of a VM: the kinds that security and mobility rules look at. */
public enum DeviceType implements Wire {
    CDROM, FLOPPY, USB, SERIAL, PARALLEL, SOUND;

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
