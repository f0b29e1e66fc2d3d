package com.adaptive.core.indicator;

/**
 * Rolling percentile rank in [0, 1] of the newest value among the last {@code window} values (itself
 * included), with ties counted half: {@code (below + (equal - 1) / 2) / (window - 1)}; 1 means above all the
 * others, 0 below all, 0.5 the median. NaN inputs are skipped (they neither enter the window nor get a rank),
 * so an indicator's NaN warm-up can be fed straight in. O(log window) per update, no allocation.
 */
public final class PercentileRankIndicator {
    private final int window;
    private final double[] ring;
    private final OrderStatisticTreap tree;
    private int count;
    private int pos;
    private double value = Double.NaN;

    public PercentileRankIndicator(int window) {
        this.window = Checks.atLeast("window", window, 2);
        this.ring = new double[window];
        this.tree = new OrderStatisticTreap(window);
    }

    /** Number of leading non-NaN inputs whose output is NaN: {@code window - 1}. */
    public static int warmupBars(int window) {
        return Checks.atLeast("window", window, 2) - 1;
    }

    public int warmupBars() {
        return window - 1;
    }

    /** The percentile rank per index; NaN where the input is NaN or fewer than {@code window} values were seen. */
    public static double[] compute(double[] x, int window) {
        PercentileRankIndicator rank = new PercentileRankIndicator(window);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = rank.update(x[i]);
        }
        return out;
    }

    /** Adds one value and returns its rank (NaN during warm-up or for a NaN input). */
    public double update(double x) {
        if (x != x) {
            return Double.NaN;
        }
        if (count == window) {
            tree.remove(ring[pos]);
        } else {
            count++;
        }
        ring[pos] = x;
        pos = pos + 1 == window ? 0 : pos + 1;
        tree.insert(x);
        if (count < window) {
            value = Double.NaN;
            return value;
        }
        int below = tree.countBelow(x);
        int equalOthers = tree.countAtOrBelow(x) - below - 1;
        value = (below + 0.5 * equalOthers) / (window - 1);
        return value;
    }

    /**
     * Adds a value to the window without ranking it (NaN is skipped); pair with {@link #rankInWindow} when the
     * reference set is sampled less often than it is queried.
     */
    public void add(double x) {
        if (x != x) {
            return;
        }
        if (count == window) {
            tree.remove(ring[pos]);
        } else {
            count++;
        }
        ring[pos] = x;
        pos = pos + 1 == window ? 0 : pos + 1;
        tree.insert(x);
    }

    /**
     * Rank in [0, 1] of {@code x} against the values now in the window, which it does not join:
     * {@code (below + equal / 2) / window}; NaN until the window is full or for a NaN {@code x}.
     */
    public double rankInWindow(double x) {
        if (count < window || x != x) {
            return Double.NaN;
        }
        long counts = tree.countBelowAndEqual(x);
        return ((int) counts + 0.5 * (int) (counts >>> 32)) / window;
    }

    /** The rank of the most recent non-NaN input. */
    public double value() {
        return value;
    }
}
