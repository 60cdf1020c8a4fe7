package io.virtaudit.model;

/** CPU vendor: live migration needs one vendor per cluster. */
public enum CpuVendor implements Wire {
    INTEL, AMD, IBM, ARM, OTHER;

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
