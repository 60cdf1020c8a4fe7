package io.virtaudit.model;

/** How a virtual disk takes part in snapshots and keeps its writes; vSphere's underscore spellings read as hyphens. */
public enum DiskMode implements Wire {
    PERSISTENT, INDEPENDENT_PERSISTENT, INDEPENDENT_NONPERSISTENT, NONPERSISTENT, UNDOABLE, APPEND;

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
