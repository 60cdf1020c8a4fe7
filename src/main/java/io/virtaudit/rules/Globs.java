package io.virtaudit.rules;

import java.util.HashMap;
import java.util.Map;

/**
 * Shell-style globs over rule ids and subject ids: {@code *} any run, {@code ?} one character,
 * letters compared without regard to ASCII case. Waivers and the policy's rule selection match
 * through here.
 *
 * <p>Globs come from the files an auditor is handed, so matching must not depend on their shape:
 * the glob was a backtracking regular expression, under which {@code *a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b}
 * against a long id ran without end. Now a glob is a set of states (how much of the glob has been
 * matched), advanced over the text one character at a time, all states at once, as bit sets: the
 * time is the text's length times the glob's length in 64-bit words, whatever the glob; and a glob
 * is compiled once ({@link #compile}) where it is matched against many ids.
 */
public final class Globs {

    private Globs() {
    }

    public static boolean matches(String glob, String text) {
        return compile(glob).matches(text);
    }

    public static boolean isGlob(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
    }

    /** The glob ready to match many texts. */
    public static Glob compile(String glob) {
        return new Glob(glob);
    }

    /**
     * A compiled glob. State {@code i} means that the first {@code i} symbols of the glob (runs of
     * {@code *} collapsed to one) have matched the text read so far; the glob matches when the last
     * state is reached at the end of the text.
     */
    public static final class Glob {
        private final String glob;
        private final int length;
        private final int words;
        /** The states at a {@code *}: they stay on any character, and reach the next state at once. */
        private final long[] stars;
        /** The states at a {@code ?}: any character advances them. */
        private final long[] anyOne;
        /** Per literal character (ASCII letters folded to lower case): the states it advances. */
        private final Map<Integer, long[]> literals = new HashMap<>();
        /** The same for ASCII characters, looked up without boxing. */
        private final long[][] asciiLiterals = new long[128][];

        private Glob(String glob) {
            this.glob = glob;
            int[] symbols = glob.codePoints().toArray();
            int[] collapsed = new int[symbols.length];
            int n = 0;
            for (int symbol : symbols) {
                if (symbol != '*' || n == 0 || collapsed[n - 1] != '*') {
                    collapsed[n++] = symbol;
                }
            }
            this.length = n;
            this.words = (n + 1 + 63) / 64;
            this.stars = new long[words];
            this.anyOne = new long[words];
            for (int i = 0; i < n; i++) {
                switch (collapsed[i]) {
                    case '*' -> set(stars, i);
                    case '?' -> set(anyOne, i);
                    default -> set(literals.computeIfAbsent(fold(collapsed[i]), k -> new long[words]), i);
                }
            }
            literals.forEach((c, states) -> {
                if (c < 128) {
                    asciiLiterals[c] = states;
                }
            });
        }

        public boolean matches(String text) {
            long[] states = new long[words];
            long[] next = new long[words];
            set(states, 0);
            close(states);
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                int folded = fold(c);
                long[] literal = folded < 128 ? asciiLiterals[folded] : literals.get(folded);
                boolean alive = false;
                long carry = 0;
                for (int w = 0; w < words; w++) {
                    long advancing = states[w] & (anyOne[w] | (literal == null ? 0 : literal[w]));
                    next[w] = (advancing << 1) | carry | (states[w] & stars[w]);
                    carry = advancing >>> 63;
                    alive |= next[w] != 0;
                }
                if (!alive) {
                    return false;
                }
                close(next);
                long[] swap = states;
                states = next;
                next = swap;
            }
            return (states[length / 64] & (1L << (length % 64))) != 0;
        }

        /** Adds the state after each {@code *} state: a star may match nothing. No two stars follow each other. */
        private void close(long[] states) {
            long carry = 0;
            for (int w = 0; w < words; w++) {
                long atStar = states[w] & stars[w];
                long reached = (atStar << 1) | carry;
                carry = atStar >>> 63;
                states[w] |= reached;
            }
        }

        @Override
        public String toString() {
            return glob;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Glob g && g.glob.equals(glob);
        }

        @Override
        public int hashCode() {
            return glob.hashCode();
        }
    }

    private static void set(long[] bits, int i) {
        bits[i / 64] |= 1L << (i % 64);
    }

    /** ASCII letters in lower case, as the regular expression's CASE_INSENSITIVE compared them. */
    private static int fold(int c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
}
