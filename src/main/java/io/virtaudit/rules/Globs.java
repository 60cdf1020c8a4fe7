package io.virtaudit.rules;

import java.util.regex.Pattern;

/** Shell-style globs over rule ids and subject ids: {@code *} any run, {@code ?} one character. */
public final class Globs {

    private Globs() {
    }

    public static boolean matches(String glob, String text) {
        return toRegex(glob).matcher(text).matches();
    }

    public static boolean isGlob(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
    }

    private static Pattern toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }
}
