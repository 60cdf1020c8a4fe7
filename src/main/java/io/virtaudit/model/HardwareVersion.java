package io.virtaudit.model;

import java.util.Locale;

/**
 * A VM's virtual hardware version, {@code 19} for vSphere's {@code vmx-19}: a number, written as
 * one, that the loader also reads in vSphere's spelling.
 */
public record HardwareVersion(int number) implements Comparable<HardwareVersion> {

    private static final String PREFIX = "vmx-";

    /**
     * The version spelt {@code 19} or {@code vmx-19} (case-insensitive), or null when the text is
     * neither.
     */
    public static HardwareVersion parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        String digits = t.startsWith(PREFIX) ? t.substring(PREFIX.length()) : t;
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return new HardwareVersion(Integer.parseInt(digits));
    }

    /** Older than {@code version}: a rule's minimum. */
    public boolean below(int version) {
        return number < version;
    }

    @Override
    public int compareTo(HardwareVersion other) {
        return Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return String.valueOf(number);
    }
}
