package io.virtaudit.waiver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.virtaudit.importer.InputError;
import io.virtaudit.importer.InputException;
import io.virtaudit.importer.document.JacksonErrors;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.SubjectType;
import io.virtaudit.model.Wire;
import io.virtaudit.rules.Globs;
import io.virtaudit.rules.RuleMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads waivers from YAML ({@code waivers: [...]}) or from an Excel risk register with the same
 * columns. A waiver without justification, approver or expiry, with an unknown rule or subject
 * type, or with a date that is not one is an input error with its location.
 */
public final class WaiverReader {

    /** One waiver as written, before it is checked. */
    record Entry(String rule, String subject, String subjectType, String justification, String approvedBy,
                 String expires, String reference) {
    }

    /** The YAML document. */
    record WaiverFile(List<Entry> waivers) {
    }

    private final ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public WaiverSet read(Path file, String display, List<RuleMetadata> rules) {
        if (!Files.exists(file)) {
            throw new InputException(display, "", "no such file");
        }
        boolean excel = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        List<Located> entries = excel ? WaiverSheet.read(file, display) : readYaml(file, display);
        List<InputError> errors = new ArrayList<>();
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

    /** A waiver entry with where it is written. */
    record Located(Entry entry, SourceRef source) {
    }

    private List<Located> readYaml(Path file, String display) {
        WaiverFile doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = yaml.readValue(in, WaiverFile.class);
        } catch (JsonProcessingException e) {
            String location = e.getLocation() == null ? "" : e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new InputException(display, location, JacksonErrors.describe(e), e);
        } catch (NoSuchFileException e) {
            throw new InputException(display, "", "no such file");
        } catch (IOException e) {
            throw new InputException(display, "", "cannot read the waivers: " + e.getMessage(), e);
        }
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
        } else if (rules.stream().noneMatch(r -> Globs.matches(rule, r.id()))) {
            errors.add(error(at, Globs.isGlob(rule) ? "rule '" + rule + "' matches no rule" : "unknown rule id '" + rule + "'"));
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
                expires = LocalDate.parse(e.expires().strip());
            } catch (DateTimeParseException ex) {
                errors.add(error(at, "expires '" + e.expires() + "' is not a date such as 2027-03-31"));
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
