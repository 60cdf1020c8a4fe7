package io.virtaudit.model;

/**
 * A VM's connection state as its manager sees it. In the last three the manager cannot read the
 * VM's configuration, so its vCPUs and memory are not facts (RVTools writes 0 for both).
 */
public enum ConnectionState implements Wire {
    /** The manager reaches the VM. */
    CONNECTED,
    /** The VM's host is disconnected from the manager. */
    DISCONNECTED,
    /** Registered in the manager but gone from its host. */
    ORPHANED,
    /** Its files cannot be reached. */
    INACCESSIBLE,
    /** Its configuration cannot be read. */
    INVALID;

    /** Orphaned, inaccessible or invalid: the VM's size is not known, whatever a source wrote for it. */
    public boolean unreadable() {
        return this == ORPHANED || this == INACCESSIBLE || this == INVALID;
    }

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
