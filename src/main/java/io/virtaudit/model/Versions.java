package io.virtaudit.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Hypervisor versions as the lifecycle and heterogeneity rules compare them: major.minor. */
public final class Versions {

    private static final Pattern MAJOR_MINOR = Pattern.compile("(\\d+)(?:\\.(\\d+))?");

    private Versions() {
    }

    /** {@code 8.0} for {@code 8.0.2}, {@code 8.0 U2} or {@code 8}; null when there is no number. */
    public static String majorMinor(String version) {
        if (version == null) {
            return null;
        }
        Matcher m = MAJOR_MINOR.matcher(version);
        if (!m.find()) {
            return null;
        }
        return m.group(1) + "." + (m.group(2) == null ? "0" : m.group(2));
    }
}
