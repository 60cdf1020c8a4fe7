package io.virtaudit.input;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last successful backup as backup products write it into vCenter custom attributes (which
 * RVTools exports as vInfo columns) or, for older products, into the annotation. Each product has
 * its own wording; a value in none of these shapes gives no time, and the attribute is still kept
 * on the VM. Attributes a user names in the policy are read with {@link #anyTime}: the policy's
 * mapping applies to every estate, not only to RVTools exports, which is why this reader lives here,
 * where the importers and the rules both may use it.
 */
public final class BackupAttributes {

    /** The custom attributes backup products write (vInfo columns of an RVTools export), by name, with their reader. */
    private static final Map<String, java.util.function.Function<String, Optional<Instant>>> PRODUCTS =
            new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    /** Rubrik: {@code Last Backup successfully completed at Thu May 29 22:10:08 UTC 2025}. */
    private static final Pattern RUBRIK = Pattern.compile("(?i)completed at\\s+(.+)$");
    /** Dell vProxy: {@code …, StartTime=2023-10-30T00:48:53Z, EndTime=2023-10-30T00:52:58Z}. */
    private static final Pattern VPROXY_END = Pattern.compile("(?i)\\bEndTime\\s*=\\s*([^,\\s]+)");
    private static final Pattern VPROXY_START = Pattern.compile("(?i)\\bStartTime\\s*=\\s*([^,\\s]+)");
    /** Quest vRanger, in the annotation: {@code Type [Full] Result [Success] Time [21/09/2013 15:08:31]}. */
    private static final Pattern VRANGER = Pattern.compile("(?i)^\\s*vRanger Backup & Replication:");
    private static final Pattern VRANGER_RESULT = Pattern.compile("(?i)Result\\s*\\[\\s*Success\\s*]");
    private static final Pattern VRANGER_TIME = Pattern.compile(
            "(?i)Time\\s*\\[\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})\\s*]");

    /** {@code Thu May 29 22:10:08 UTC 2025} and {@code Sat Jan 20 05:26:53 2018} (no zone: UTC). */
    private static final DateTimeFormatter UNIX_ZONED = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss zzz yyyy",
            Locale.ROOT);
    private static final DateTimeFormatter UNIX = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ROOT);

    static {
        PRODUCTS.put("Rubrik_LastBackup", BackupAttributes::rubrik);
        PRODUCTS.put("Last EMC vProxy Backup", BackupAttributes::vproxy);
        PRODUCTS.put("NB_LAST_BACKUP", BackupAttributes::netBackup);
    }

    private BackupAttributes() {
    }

    /** Whether a custom attribute's header is one a known backup product writes (case-insensitive). */
    public static boolean isProduct(String header) {
        return header != null && PRODUCTS.containsKey(header.strip());
    }

    /** The last successful backup a known product's attribute gives, if the value has its shape. */
    public static Optional<Instant> lastSuccess(String header, String value) {
        if (header == null || value == null || value.isBlank()) {
            return Optional.empty();
        }
        var reader = PRODUCTS.get(header.strip());
        return reader == null ? Optional.empty() : reader.apply(value.strip());
    }

    /** The last successful backup a vRanger annotation gives: only when its result is a success. */
    public static Optional<Instant> fromAnnotation(String annotation) {
        if (annotation == null || !VRANGER.matcher(annotation).find() || !VRANGER_RESULT.matcher(annotation).find()) {
            return Optional.empty();
        }
        Matcher time = VRANGER_TIME.matcher(annotation);
        if (!time.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.of(Integer.parseInt(time.group(3)), Integer.parseInt(time.group(2)),
                    Integer.parseInt(time.group(1)), Integer.parseInt(time.group(4)), Integer.parseInt(time.group(5)),
                    Integer.parseInt(time.group(6))).toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A time in any of the shapes above or as RVTools writes dates (ISO-8601, {@code 2026/11/20
     * 08:00:00}, US or day-first): for attributes a user names in the policy.
     */
    public static Optional<Instant> anyTime(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String first = value.strip().lines().findFirst().orElse("").strip();
        Optional<Instant> shaped = rubrik(first).or(() -> vproxy(first)).or(() -> unix(first));
        return shaped.isPresent() ? shaped : Optional.ofNullable(ExportDates.parse(first));
    }

    private static Optional<Instant> rubrik(String value) {
        Matcher m = RUBRIK.matcher(value.strip());
        return m.find() ? unix(m.group(1)) : Optional.empty();
    }

    private static Optional<Instant> vproxy(String value) {
        Matcher end = VPROXY_END.matcher(value);
        if (end.find()) {
            return Optional.ofNullable(ExportDates.parse(end.group(1)));
        }
        Matcher start = VPROXY_START.matcher(value);
        return start.find() ? Optional.ofNullable(ExportDates.parse(start.group(1))) : Optional.empty();
    }

    /** NetBackup: the first line is the time, later lines the server and policy. */
    private static Optional<Instant> netBackup(String value) {
        return unix(value.lines().findFirst().orElse("").strip());
    }

    /** {@code date(1)}'s shape, with or without a zone; no zone is UTC, as RVTools' own times are. */
    private static Optional<Instant> unix(String text) {
        String s = text.strip().replaceAll("\\s+", " ");
        try {
            return Optional.of(ZonedDateTime.parse(s, UNIX_ZONED).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDateTime.parse(s, UNIX).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }
}
