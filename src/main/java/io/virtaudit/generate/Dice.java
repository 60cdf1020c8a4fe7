package io.virtaudit.generate;

/**
 * Deterministic chance for the generator: every decision about an object is a pure function of
 * the seed, the kind of decision and the object's index, so sections can be written one after the
 * other without keeping earlier objects, and the same seed gives the same bytes.
 */
public final class Dice {

    private final long seed;

    public Dice(long seed) {
        this.seed = seed;
    }

    /** 64 random bits for one decision ({@code what}) about the object at {@code index}. */
    public long bits(String what, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + what.hashCode() * 0xC2B2AE3D27D4EB4FL + index * 0x165667B19E3779F9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A number in [0, 1) for one decision ({@code what}) about the object at {@code index}. */
    public double roll(String what, long index) {
        return (bits(what, index) >>> 11) * 0x1.0p-53;
    }

    /** True with probability {@code p}. */
    public boolean chance(String what, long index, double p) {
        return roll(what, index) < p;
    }

    /** An index in [0, n). */
    public int pick(String what, long index, int n) {
        return (int) (roll(what, index) * n);
    }

    /** An integer in [from, to]. */
    public int between(String what, long index, int from, int to) {
        return from + pick(what, index, to - from + 1);
    }

    /** One of the values, chosen uniformly. */
    @SafeVarargs
    public final <T> T oneOf(String what, long index, T... values) {
        return values[pick(what, index, values.length)];
    }
}
