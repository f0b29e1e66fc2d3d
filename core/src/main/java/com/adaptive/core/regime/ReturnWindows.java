package com.adaptive.core.regime;

/**
 * Rolling sums of the last log returns over five windows — the short volatility window of vol_ratio, the two windows
 * of drift_z, the trend-reversal window and the fast volatility window — from one ring of prefix sums: each bar adds
 * its return r to the running Σr and Σr² and stores both (two adds, two stores, whatever the number of windows); a
 * window's sums are the difference of two prefixes, read only when a decision is made. The running sums hold the log
 * move since the first bar and the sum of squared returns, so a window's sums carry an absolute rounding error of
 * about one ulp of those totals (for Σr² after 10⁸ bars of 1 % returns, 10⁻¹¹ of a 15-bar window's sum): it does not
 * pile up with the number of updates. Allocation-free after construction; deterministic.
 *
 * <p>For a window of n returns, {@code z(n) = Σr / √Σr²} is the net move in units of the window's own noise: a random
 * walk gives a standard normal, a drift of μ volatilities per bar about μ√n, and a mean-reverting (ranging) market
 * stays well inside ±1 because its moves cancel. drift_z = (z(short) + w·z(long)) / (1 + w).
 */
final class ReturnWindows {
    private final double[] prefixSum;
    private final double[] prefixSq;
    private final int size;
    private final int volBars;
    private final int driftShortBars;
    private final int driftLongBars;
    private final int reversalBars;
    private final int fastVolBars;
    private final double longWeight;
    private double sum;
    private double sq;
    private long count;
    private int write;

    ReturnWindows(int volBars, int driftShortBars, int driftLongBars, double driftLongWeight, int reversalBars, int fastVolBars) {
        // one slot more than the longest window: the prefix just before its first return
        this.size = Math.max(Math.max(volBars, driftLongBars), Math.max(Math.max(reversalBars, fastVolBars), driftShortBars)) + 1;
        this.prefixSum = new double[size];
        this.prefixSq = new double[size];
        this.volBars = volBars;
        this.driftShortBars = driftShortBars;
        this.driftLongBars = driftLongBars;
        this.reversalBars = reversalBars;
        this.fastVolBars = fastVolBars;
        this.longWeight = driftLongWeight;
        // slot 0 holds the empty prefix (0, 0)
        this.write = 1;
    }

    /** Adds one log return. */
    void add(double r) {
        double s = sum + r;
        double q = sq + r * r;
        sum = s;
        sq = q;
        int w = write;
        prefixSum[w] = s;
        prefixSq[w] = q;
        write = w + 1 == size ? 0 : w + 1;
        count++;
    }

    /** Index of the prefix taken {@code n} returns ago. */
    private int back(int n) {
        int i = write - 1 - n;
        return i < 0 ? i + size : i;
    }

    private double windowSum(int n) {
        return sum - prefixSum[back(n)];
    }

    private double windowSq(int n) {
        return sq - prefixSq[back(n)];
    }

    /** Population standard deviation of the volatility window's returns; NaN until it is full. */
    double volatility() {
        if (count < volBars) {
            return Double.NaN;
        }
        double mean = windowSum(volBars) / volBars;
        return Math.sqrt(Math.max(windowSq(volBars) / volBars - mean * mean, 0.0));
    }

    /** drift_z; NaN until both drift windows are full or when a drift window's returns are all 0. */
    double driftZ() {
        if (count < driftLongBars || count < driftShortBars) {
            return Double.NaN;
        }
        double shortSq = windowSq(driftShortBars);
        double longSq = windowSq(driftLongBars);
        if (!(shortSq > 0.0) || !(longSq > 0.0)) {
            return Double.NaN;
        }
        return (windowSum(driftShortBars) / Math.sqrt(shortSq) + longWeight * (windowSum(driftLongBars) / Math.sqrt(longSq)))
                / (1.0 + longWeight);
    }

    /** z of the reversal window (the last hour's net move in noise units); NaN until full or without movement. */
    double reversalZ() {
        if (count < reversalBars) {
            return Double.NaN;
        }
        double q = windowSq(reversalBars);
        return q > 0.0 ? windowSum(reversalBars) / Math.sqrt(q) : Double.NaN;
    }

    /** rms of the fast volatility window's returns over rms of the long drift window's; NaN until full. */
    double fastVolRatio() {
        if (count < driftLongBars || count < fastVolBars) {
            return Double.NaN;
        }
        double longSq = windowSq(driftLongBars);
        return longSq > 0.0 ? Math.sqrt(windowSq(fastVolBars) / fastVolBars / (longSq / driftLongBars)) : Double.NaN;
    }
}
