package io.virtaudit.generate;

/**
 * Deterministic chance for the generator: every decision about an object is a pure function of
 * the seed, the kind of decision and the object's index, so sections can be written one after the
 * other without keeping earlier objects, and the same seed gives the same bytes.
 */
final class Dice {

    private final long seed;

    Dice(long seed) {
        this.seed = seed;
    }

    /** A number in [0, 1) for one decision ({@code what}) about the object at {@code index}. */
    double roll(String what, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + what.hashCode() * 0xC2B2AE3D27D4EB4FL + index * 0x165667B19E3779F9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }

    /** True with probability {@code p}. */
    boolean chance(String what, long index, double p) {
        return roll(what, index) < p;
    }

    /** An index in [0, n). */
    int pick(String what, long index, int n) {
        return (int) (roll(what, index) * n);
    }

    /** An integer in [from, to]. */
    int between(String what, long index, int from, int to) {
        return from + pick(what, index, to - from + 1);
    }

    /** One of the values, chosen uniformly. */
    @SafeVarargs
    final <T> T oneOf(String what, long index, T... values) {
        return values[pick(what, index, values.length)];
    }
}
