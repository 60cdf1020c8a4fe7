package io.virtaudit.model;

/** How many units a licence allows, or {@code unlimited}. */
public record LicenseTotal(Integer count) {

    public static final String UNLIMITED_WORD = "unlimited";
    public static final LicenseTotal UNLIMITED = new LicenseTotal(null);

    public boolean unlimited() {
        return count == null;
    }

    @Override
    public String toString() {
        return unlimited() ? UNLIMITED_WORD : count.toString();
    }
}
