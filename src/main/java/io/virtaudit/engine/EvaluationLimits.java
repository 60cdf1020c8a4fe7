package io.virtaudit.engine;

import java.time.Duration;

/**
 * What one evaluation may spend before it is stopped as a runaway: a rule that re-fires itself
 * (its consequence inserts or modifies what it matches) would otherwise run until memory or
 * patience runs out. Both limits grow with the facts of the estate, so that a small estate's
 * runaway stops within seconds while a million-VM estate still has room; a real evaluation stays
 * far below both (the built-in pack fires about once per ten facts, and fires 100,000 VMs in
 * about 1.3 s, some 4 µs a fact).
 *
 * @param baseFirings    firings allowed whatever the estate
 * @param firingsPerFact firings allowed for each fact inserted
 * @param baseTime       time allowed whatever the estate
 * @param timePerFact    time allowed for each fact inserted
 */
public record EvaluationLimits(long baseFirings, long firingsPerFact, Duration baseTime, Duration timePerFact) {

    /**
     * 100,000 firings and 10 s, plus 10 firings and 50 µs a fact: a runaway on a small estate
     * stops in well under a second (the firing limit), one on 100,000 VMs within 25 s.
     */
    public static final EvaluationLimits DEFAULT = new EvaluationLimits(100_000, 10, Duration.ofSeconds(10),
            Duration.ofNanos(50_000));

    /** The same limits whatever the estate (for tests and embedders). */
    public static EvaluationLimits fixed(long firings, Duration time) {
        return new EvaluationLimits(firings, 0, time, Duration.ZERO);
    }

    /** The firings allowed for an estate of {@code facts} facts. */
    public long firingsFor(long facts) {
        return saturatedAdd(baseFirings, saturatedMultiply(firingsPerFact, facts));
    }

    /** The time allowed for an estate of {@code facts} facts. */
    public Duration timeFor(long facts) {
        return baseTime.plus(timePerFact.multipliedBy(facts));
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    private static long saturatedMultiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        return (high == 0 && low >= 0) ? low : Long.MAX_VALUE;
    }
}
