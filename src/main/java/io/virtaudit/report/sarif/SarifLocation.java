package io.virtaudit.report.sarif;

import io.virtaudit.model.SourceRef;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a {@link SourceRef} into a SARIF physical location: the file as a URI reference and, when
 * the location is a line ({@code 12}) or a line and column ({@code 12:5}), a region. JSON pointers
 * and sheet cells have no SARIF region; they are kept in the location's properties.
 */
final class SarifLocation {

    private static final Pattern LINE_COLUMN = Pattern.compile("(\\d{1,9})(?::(\\d{1,9}))?");
    private static final Pattern WINDOWS_DRIVE = Pattern.compile("[A-Za-z]:/.*");

    private SarifLocation() {
    }

    /** A {@code location} object for a source, or null when the source names no file. */
    static SarifObject of(SourceRef source) {
        if (source == null || source.file() == null || source.file().isBlank()) {
            return null;
        }
        SarifObject physical = new SarifObject()
                .with("artifactLocation", new SarifObject().with("uri", uri(source.file())))
                .with("region", region(source.location()));
        SarifObject location = new SarifObject().with("physicalLocation", physical);
        if (physical.get("region") == null && source.location() != null && !source.location().isBlank()) {
            location.with("properties", new SarifObject().with("sourceLocation", source.location()));
        }
        return location;
    }

    /** A file path as a URI reference: relative paths stay relative, absolute ones become file URIs. */
    static String uri(String file) {
        String path = file.replace('\\', '/');
        try {
            if (WINDOWS_DRIVE.matcher(path).matches()) {
                return new URI("file", "", "/" + path, null).toASCIIString();
            }
            if (path.startsWith("/")) {
                return new URI("file", "", path, null).toASCIIString();
            }
            int colon = path.indexOf(':');
            int slash = path.indexOf('/');
            if (colon >= 0 && (slash < 0 || colon < slash)) {
                path = "./" + path;
            }
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a usable file name: " + file, e);
        }
    }

    /** A region for {@code LINE} or {@code LINE:COLUMN}, or null for any other kind of location. */
    static SarifObject region(String location) {
        if (location == null) {
            return null;
        }
        Matcher m = LINE_COLUMN.matcher(location.trim());
        if (!m.matches()) {
            return null;
        }
        int line = Integer.parseInt(m.group(1));
        if (line < 1) {
            return null;
        }
        SarifObject region = new SarifObject().with("startLine", line);
        if (m.group(2) != null && Integer.parseInt(m.group(2)) >= 1) {
            region.with("startColumn", Integer.parseInt(m.group(2)));
        }
        return region;
    }
}
