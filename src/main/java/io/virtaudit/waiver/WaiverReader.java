package io.virtaudit.waiver;

import io.virtaudit.finding.Waiver;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import io.virtaudit.input.InputError;
import io.virtaudit.input.InputException;
import io.virtaudit.input.CalendarDates;
import io.virtaudit.input.Documents;
import io.virtaudit.input.JacksonErrors;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.SubjectType;
import io.virtaudit.model.Wire;
import io.virtaudit.rules.Globs;
import io.virtaudit.rules.RuleMetadata;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads waivers from YAML ({@code waivers: [...]}) or from an Excel risk register with the same
 * columns. A waiver without justification, approver or expiry, with an unknown rule or subject
 * type, or with a date that is not one or lies outside the years 1900–9999 ({@link CalendarDates})
 * is an input error with its location.
 */
public final class WaiverReader {

    /** One waiver as written, before it is checked. */
    record Entry(String rule, String subject, String subjectType, String justification, String approvedBy,
                 String expires, String reference) {
    }

    /** The YAML document. */
    record WaiverFile(List<Entry> waivers) {
    }

    private final ObjectReader yaml = Documents.mapper(Documents.Syntax.YAML)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build()
            .readerFor(WaiverFile.class);

    public WaiverSet read(Path file, String display, List<RuleMetadata> rules) {
        if (!Files.exists(file)) {
            throw new InputException(display, "", "no such file");
        }
        boolean excel = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        List<InputError> errors = new ArrayList<>();
        List<Located> entries = excel ? WaiverSheet.read(file, display, errors) : readYaml(file, display);
        List<Waiver> waivers = new ArrayList<>();
        for (Located located : entries) {
            Waiver waiver = check(located, rules, errors);
            if (waiver != null) {
                waivers.add(waiver);
            }
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        return new WaiverSet(List.copyOf(waivers));
    }

    /**
     * A waiver entry with where it is written, and where its expiry date is (the entry itself in
     * YAML, the cell in a sheet).
     */
    record Located(Entry entry, SourceRef source, SourceRef expiresAt) {
        Located(Entry entry, SourceRef source) {
            this(entry, source, source);
        }
    }

    /**
     * Reads the YAML through the shared reading setup: duplicate keys, over-long lines and
     * values, and text that is not UTF-8 are refused there with line and column.
     */
    private List<Located> readYaml(Path file, String display) {
        WaiverFile doc = Documents.read(yaml, file, display);
        if (doc == null || doc.waivers() == null) {
            throw new InputException(display, "1:1", "no waivers: the file must hold a list under 'waivers:'");
        }
        List<Located> out = new ArrayList<>();
        for (int i = 0; i < doc.waivers().size(); i++) {
            out.add(new Located(doc.waivers().get(i), new SourceRef(display, "/waivers/" + i)));
        }
        return out;
    }

    private static Waiver check(Located located, List<RuleMetadata> rules, List<InputError> errors) {
        Entry e = located.entry();
        SourceRef at = located.source();
        int before = errors.size();
        if (e == null) {
            errors.add(error(at, "an empty waiver"));
            return null;
        }
        String rule = blankToNull(e.rule());
        if (rule == null) {
            errors.add(error(at, "rule is required (a rule id or a glob such as \"AVL-*\")"));
        } else {
            Globs.Glob glob = Globs.compile(rule);
            if (rules.stream().noneMatch(r -> glob.matches(r.id()))) {
                errors.add(error(at, Globs.isGlob(rule) ? "rule " + JacksonErrors.quote(rule) + " matches no rule"
                        : "unknown rule id " + JacksonErrors.quote(rule)));
            }
        }
        for (String[] required : new String[][] {{"justification", e.justification()}, {"approvedBy", e.approvedBy()},
            {"expires", e.expires()}}) {
            if (blankToNull(required[1]) == null) {
                errors.add(error(at, required[0] + " is required: a waiver without " + required[0] + " accepts nothing"));
            }
        }
        String type = blankToNull(e.subjectType());
        if (type != null) {
            try {
                Wire.parse(SubjectType.class, type);
            } catch (IllegalArgumentException ex) {
                errors.add(error(at, "subjectType " + ex.getMessage()));
            }
        }
        LocalDate expires = null;
        if (blankToNull(e.expires()) != null) {
            try {
                expires = CalendarDates.parse(e.expires());
            } catch (CalendarDates.NotADate ex) {
                errors.add(error(located.expiresAt(), "expires " + ex.getMessage()));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new Waiver(rule, blankToNull(e.subject()), type == null ? null : type.toLowerCase(Locale.ROOT),
                e.justification().strip(), e.approvedBy().strip(), expires, blankToNull(e.reference()), at);
    }

    private static InputError error(SourceRef at, String message) {
        return new InputError(at.file(), at.location(), message);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
