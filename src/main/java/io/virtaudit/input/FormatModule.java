package io.virtaudit.input;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.virtaudit.model.BackupTime;
import io.virtaudit.model.HardwareVersion;
import io.virtaudit.model.Limit;
import io.virtaudit.model.LicenseExpiry;
import io.virtaudit.model.LicenseTotal;
import io.virtaudit.model.PowerState;
import io.virtaudit.model.StartPolicy;
import io.virtaudit.model.VlanRange;
import io.virtaudit.model.Wire;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Jackson bindings for the estate format's value types: lower-case hyphenated enumerations,
 * ISO-8601 times (a bare date is midnight UTC), {@code never} as a backup or licence expiry time,
 * {@code unlimited} as a licence total, {@code none} as a limit, {@code vmx-19} as a hardware
 * version, VLAN ranges, and the YAML 1.1 habits the format tolerates (a bare {@code on} for a
 * power state or a start policy, yes/no for booleans).
 */
public final class FormatModule extends SimpleModule {

    public FormatModule() {
        super("virtaudit-format");
        addDeserializer(Instant.class, new InstantDeserializer());
        addDeserializer(BackupTime.class, new BackupTimeDeserializer());
        addDeserializer(Boolean.class, new LenientBooleanDeserializer());
        addDeserializer(String.class, new BoundedStringDeserializer());
        addSerializer(Instant.class, new ToStringSerializer(Instant.class));
        addSerializer(BackupTime.class, new ToStringSerializer(BackupTime.class));
        addSerializer(new WireSerializer());
        addDeserializer(Limit.class, new LimitDeserializer());
        addSerializer(Limit.class, new LimitSerializer());
        addDeserializer(HardwareVersion.class, new HardwareVersionDeserializer());
        addSerializer(HardwareVersion.class, new NumberOrWordSerializer<>(HardwareVersion.class));
        addDeserializer(LicenseTotal.class, new LicenseTotalDeserializer());
        addDeserializer(LicenseExpiry.class, new LicenseExpiryDeserializer());
        addDeserializer(VlanRange.class, new VlanRangeDeserializer());
        addSerializer(LicenseTotal.class, new NumberOrWordSerializer<>(LicenseTotal.class));
        addSerializer(LicenseExpiry.class, new ToStringSerializer(LicenseExpiry.class));
        addSerializer(VlanRange.class, new NumberOrWordSerializer<>(VlanRange.class));
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addDeserializers(new Deserializers.Base() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                                                            BeanDescription beanDesc) {
                if (Wire.class.isAssignableFrom(type)) {
                    return new WireDeserializer(type);
                }
                return null;
            }
        });
    }

    /** Writes an enumeration by its wire name. */
    private static final class WireSerializer extends StdSerializer<Wire> {
        WireSerializer() {
            super(Wire.class);
        }

        @Override
        public void serialize(Wire value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.wireName());
        }
    }

    /** Reads an enumeration by its wire name, case-insensitively. */
    private static final class WireDeserializer<E extends Enum<E> & Wire> extends JsonDeserializer<E> {
        private final Class<E> type;
        /** The constants by the wire names that {@link Wire#parse} would find unchanged: text spelt exactly so. */
        private final Map<String, E> byWireName = new HashMap<>();

        WireDeserializer(Class<E> type) {
            this.type = type;
            for (E constant : type.getEnumConstants()) {
                String name = constant.wireName();
                if (name.equals(name.trim().toLowerCase(Locale.ROOT).replace('_', '-'))) {
                    byWireName.putIfAbsent(name, constant);
                }
            }
        }

        @Override
        public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                Object value = fromBoolean(type, token == JsonToken.VALUE_TRUE);
                if (value != null) {
                    return type.cast(value);
                }
            }
            if (token != JsonToken.VALUE_STRING) {
                return (E) ctxt.handleUnexpectedToken(type, p);
            }
            String text = text(p, ctxt);
            E spelt = byWireName.get(text);
            if (spelt != null) {
                return spelt;
            }
            try {
                return Wire.parse(type, text);
            } catch (IllegalArgumentException e) {
                throw ctxt.weirdStringException(text, type, "expected one of " + Wire.allowed(type));
            }
        }
    }

    /** The value a YAML 1.1 boolean stands for where the format expects a word ({@code on}, {@code off}), or null. */
    private static Object fromBoolean(Class<?> type, boolean value) {
        if (type == PowerState.class) {
            return value ? PowerState.ON : PowerState.OFF;
        }
        if (type == StartPolicy.class) {
            return value ? StartPolicy.WITH_HOST : StartPolicy.MANUAL;
        }
        return null;
    }

    /**
     * Writes a value that is a number or a word (a licence total, a VLAN range, a hardware version)
     * as a JSON number when its text is an integer.
     */
    private static final class NumberOrWordSerializer<T> extends StdSerializer<T> {
        NumberOrWordSerializer(Class<T> type) {
            super(type);
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            String text = value.toString();
            if (text.matches("-?\\d{1,9}")) {
                gen.writeNumber(Integer.parseInt(text));
            } else {
                gen.writeString(text);
            }
        }
    }

    /** Reads a licence total: an integer, or the word {@code unlimited}. */
    private static final class LicenseTotalDeserializer extends JsonDeserializer<LicenseTotal> {
        @Override
        public LicenseTotal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                return new LicenseTotal(ctxt.readValue(p, Integer.class));
            }
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LicenseTotal) ctxt.handleUnexpectedToken(LicenseTotal.class, p);
            }
            String text = p.getText();
            if (LicenseTotal.UNLIMITED_WORD.equalsIgnoreCase(text.trim())) {
                return LicenseTotal.UNLIMITED;
            }
            throw ctxt.weirdStringException(text, LicenseTotal.class, "expected a whole number or 'unlimited'");
        }
    }

    /** Reads a licence expiry time or the word {@code never}. */
    private static final class LicenseExpiryDeserializer extends JsonDeserializer<LicenseExpiry> {
        @Override
        public LicenseExpiry deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LicenseExpiry) ctxt.handleUnexpectedToken(LicenseExpiry.class, p);
            }
            String text = text(p, ctxt);
            if (LicenseExpiry.NEVER_WORD.equalsIgnoreCase(text.trim())) {
                return LicenseExpiry.NEVER;
            }
            Instant at = Times.parse(text);
            if (at == null) {
                String date = CalendarDates.problem(text);
                throw ctxt.weirdStringException(text, LicenseExpiry.class,
                        date != null ? date : "expected an ISO-8601 date-time or 'never'");
            }
            return new LicenseExpiry(at);
        }
    }

    /** Reads a VLAN id (a number) or a range of them ({@code "200-299"}); the assembler checks the ids. */
    private static final class VlanRangeDeserializer extends JsonDeserializer<VlanRange> {
        @Override
        public VlanRange deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                int id = ctxt.readValue(p, Integer.class);
                return new VlanRange(id, id);
            }
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (VlanRange) ctxt.handleUnexpectedToken(VlanRange.class, p);
            }
            String text = p.getText();
            VlanRange range = VlanRange.parse(text);
            if (range == null) {
                throw ctxt.weirdStringException(text, VlanRange.class, "expected a VLAN id or a range such as 200-299");
            }
            return range;
        }
    }

    /** Reads ISO-8601 instants, offset or local date-times (taken as UTC) and bare dates. */
    static final class InstantDeserializer extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
            }
            String text = text(p, ctxt);
            ValuePool pool = ValuePool.of(ctxt);
            Instant parsed = pool == null ? Times.parse(text) : pool.time(text);
            String problem = timeProblem(text, parsed);
            if (problem != null) {
                throw ctxt.weirdStringException(text, Instant.class, problem);
            }
            return parsed;
        }
    }

    /**
     * Why a time as written is refused, or null when it is one: a day no calendar has
     * ({@code 2026-02-30}: "February 2026 has 28 days"), or not a time at all. Whether a time's year
     * is one a report can use is the assembler's check, with the other value ranges.
     */
    static String timeProblem(String text, Instant parsed) {
        if (parsed != null) {
            return null;
        }
        String date = CalendarDates.problem(text);
        return date != null ? date : "expected an ISO-8601 date or date-time such as 2026-11-20T08:00:00Z";
    }

    /** Reads a backup time or the word {@code never}. */
    private static final class BackupTimeDeserializer extends JsonDeserializer<BackupTime> {
        @Override
        public BackupTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (BackupTime) ctxt.handleUnexpectedToken(BackupTime.class, p);
            }
            String text = text(p, ctxt);
            if (BackupTime.NEVER_WORD.equalsIgnoreCase(text.trim())) {
                return BackupTime.NEVER;
            }
            ValuePool pool = ValuePool.of(ctxt);
            BackupTime time = pool == null ? backupTime(text) : pool.backupTime(text);
            if (time == null) {
                String date = CalendarDates.problem(text);
                throw ctxt.weirdStringException(text, BackupTime.class, date != null ? date : "expected an ISO-8601 date-time or 'never'");
            }
            return time;
        }

        static BackupTime backupTime(String text) {
            Instant at = Times.parse(text);
            return at == null ? null : new BackupTime(at);
        }
    }

    /** Reads a limit: a number, or the word {@code none} for explicitly unlimited. */
    private static final class LimitDeserializer extends JsonDeserializer<Limit> {
        @Override
        public Limit deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return new Limit(p.getDoubleValue());
            }
            if (token != JsonToken.VALUE_STRING) {
                return (Limit) ctxt.handleUnexpectedToken(Limit.class, p);
            }
            String text = p.getText();
            if (Limit.NONE_WORD.equalsIgnoreCase(text.trim())) {
                return Limit.NONE;
            }
            throw ctxt.weirdStringException(text, Limit.class, "expected a number or 'none'");
        }
    }

    /** Writes a limit back as its number, or {@code none}. */
    private static final class LimitSerializer extends StdSerializer<Limit> {
        LimitSerializer() {
            super(Limit.class);
        }

        @Override
        public void serialize(Limit value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value.none()) {
                gen.writeString(Limit.NONE_WORD);
            } else {
                gen.writeNumber(value.value());
            }
        }
    }

    /** Reads a hardware version as a whole number ({@code 19}) or in vSphere's spelling ({@code vmx-19}). */
    private static final class HardwareVersionDeserializer extends JsonDeserializer<HardwareVersion> {
        @Override
        public HardwareVersion deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                return new HardwareVersion(p.getIntValue());
            }
            if (token != JsonToken.VALUE_STRING) {
                return (HardwareVersion) ctxt.handleUnexpectedToken(HardwareVersion.class, p);
            }
            HardwareVersion version = HardwareVersion.parse(p.getText());
            if (version == null) {
                throw ctxt.weirdStringException(p.getText(), HardwareVersion.class,
                        "expected a whole number such as 19 or vmx-19");
            }
            return version;
        }
    }

    /**
     * Text values, refused beyond a length no inventory field needs (a guard against huge strings),
     * shared through the read's {@link ValuePool} when it has one.
     */
    private static final class BoundedStringDeserializer extends JsonDeserializer<String> {
        static final int MAX = 65_536;

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            ValuePool pool = ValuePool.of(ctxt);
            if (pool != null && p.hasToken(JsonToken.VALUE_STRING) && p.getTextLength() <= MAX) {
                return pool.text(p);
            }
            String text = com.fasterxml.jackson.databind.deser.std.StringDeserializer.instance.deserialize(p, ctxt);
            if (text != null && text.length() > MAX) {
                throw ctxt.weirdStringException(text.substring(0, 20) + "…", String.class,
                        "text of " + text.length() + " characters is longer than the " + MAX + " allowed");
            }
            return text;
        }
    }

    /**
     * The text of the current string token: the pooled instance when the read has a {@link ValuePool}
     * and the text is not longer than any field needs (a longer one gets the parser's own checks).
     */
    private static String text(JsonParser p, DeserializationContext ctxt) throws IOException {
        ValuePool pool = ValuePool.of(ctxt);
        return pool == null || p.getTextLength() > BoundedStringDeserializer.MAX ? p.getText() : pool.text(p);
    }

    /** Booleans, plus the YAML 1.1 words people type unquoted: yes/no, on/off. */
    private static final class LenientBooleanDeserializer extends JsonDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                return token == JsonToken.VALUE_TRUE;
            }
            if (token == JsonToken.VALUE_STRING) {
                switch (p.getText().trim().toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "on" -> {
                        return Boolean.TRUE;
                    }
                    case "false", "no", "off" -> {
                        return Boolean.FALSE;
                    }
                    default -> throw ctxt.weirdStringException(p.getText(), Boolean.class, "expected true or false");
                }
            }
            return (Boolean) ctxt.handleUnexpectedToken(Boolean.class, p);
        }
    }

}
