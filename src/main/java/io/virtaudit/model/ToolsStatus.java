package io.virtaudit.model;

/** State of guest tools, integration services or PV drivers. */
public enum ToolsStatus implements Wire {
    OK, OUTDATED, NOT_RUNNING, NOT_INSTALLED;

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
