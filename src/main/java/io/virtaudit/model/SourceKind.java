package io.virtaudit.model;

/** What produced one of the estate's sources. */
public enum SourceKind implements Wire {
    RVTOOLS, CSV, ESTATE, POWERCLI, MANUAL, OTHER;

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
