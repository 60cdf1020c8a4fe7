package io.virtaudit.model;

/** How an array presents its LUNs; alua means the array offers ALUA. */
public enum ArrayMode implements Wire {
    ALUA, ACTIVE_ACTIVE, ACTIVE_PASSIVE;

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
