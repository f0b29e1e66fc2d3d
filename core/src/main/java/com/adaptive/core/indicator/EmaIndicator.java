package com.adaptive.core.indicator;

/**
 * Exponential moving average with TA-Lib seeding: the first value, at index {@code period - 1}, is the SMA
 * of the first {@code period} inputs; after that {@code ema += (x - ema) * 2 / (period + 1)}.
 */
public final class EmaIndicator {
    private final int period;
    private final double k;
    private int count;
    private double sum;
    private double ema = Double.NaN;

    public EmaIndicator(int period) {
        this.period = Checks.atLeast("period", period, 1);
        this.k = 2.0 / (period + 1);
    }

    /** Number of leading outputs that are NaN: {@code period - 1}. */
    public static int warmupBars(int period) {
        return Checks.atLeast("period", period, 1) - 1;
    }

    public int warmupBars() {
        return period - 1;
    }

    /** The EMA of {@code x}, NaN for the first {@code period - 1} indices. */
    public static double[] compute(double[] x, int period) {
        return compute(x, period, new double[x.length]);
    }

    /** As {@link #compute(double[], int)}, written into {@code out} (as long as {@code x}), which is returned. */
    public static double[] compute(double[] x, int period, double[] out) {
        Checks.atLeast("period", period, 1);
        int n = x.length;
        Checks.sameLength("out", n, out.length);
        java.util.Arrays.fill(out, 0, Math.min(n, period - 1), Double.NaN);
        if (n < period) {
            return out;
        }
        double k = 2.0 / (period + 1);
        double sum = 0.0;
        for (int i = 0; i < period; i++) {
            sum += x[i];
        }
        double ema = sum / period;
        out[period - 1] = ema;
        for (int i = period; i < n; i++) {
            ema = (x[i] - ema) * k + ema;
            out[i] = ema;
        }
        return out;
    }

    /** Adds one input and returns the current EMA (NaN during warm-up). */
    public double update(double x) {
        if (count < period) {
            sum += x;
            if (++count == period) {
                ema = sum / period;
            }
            return ema;
        }
        ema = (x - ema) * k + ema;
        return ema;
    }

    public double value() {
        return ema;
    }

    /**
     * An independent updater in the same state. A hot loop that advances a copy held in a local variable and then
     * {@link #restore}s the state lets the JIT keep the state in registers (escape analysis) instead of memory.
     */
    public EmaIndicator copy() {
        EmaIndicator c = new EmaIndicator(period);
        c.restore(this);
        return c;
    }

    /** Takes the state of {@code other}, an updater of the same period (the caller's contract: not checked). */
    public void restore(EmaIndicator other) {
        count = other.count;
        sum = other.sum;
        ema = other.ema;
    }
}
