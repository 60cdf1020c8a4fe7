package io.virtaudit.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The spellings of each {@link Wire} enumeration, worked out once per type: wire names are read
 * for every value of every document and every finding, and each constant's name would otherwise
 * be lower-cased again on every call.
 */
final class WireSpellings {

    /** Per enumeration, by ordinal: the conventional wire name of each constant. */
    private static final ClassValue<String[]> CONVENTIONAL = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] names = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                names[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
            }
            return names;
        }
    };

    /** Per enumeration: each wire name, then each alternative spelling, to its first constant in declaration order. */
    private static final ClassValue<Map<String, Object>> BY_WIRE_NAME = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byName = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byName.putIfAbsent(((Wire) constant).wireName(), constant);
            }
            for (Object constant : type.getEnumConstants()) {
                for (String spelling : ((Wire) constant).alternativeSpellings()) {
                    byName.putIfAbsent(spelling.toLowerCase(Locale.ROOT), constant);
                }
            }
            return Map.copyOf(byName);
        }
    };

    private WireSpellings() {
    }

    static String conventional(Enum<?> value) {
        return CONVENTIONAL.get(value.getDeclaringClass())[value.ordinal()];
    }

    /** The constant of {@code type} whose wire name is {@code wireName}, or null. */
    static <E extends Enum<E> & Wire> E constant(Class<E> type, String wireName) {
        return type.cast(BY_WIRE_NAME.get(type).get(wireName));
    }
}
