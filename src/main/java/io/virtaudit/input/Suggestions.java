package io.virtaudit.input;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean": the known name closest to a misspelt one, when it is close enough. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The known name within a few edits of {@code wrong} (case-insensitive), if any. */
    public static Optional<String> closest(String wrong, Collection<String> known) {
        String w = wrong.toLowerCase();
        return known.stream()
                .min(Comparator.comparingInt(k -> distance(k.toLowerCase(), w)))
                .filter(k -> distance(k.toLowerCase(), w) <= Math.max(2, wrong.length() / 4));
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
