package com.adaptive.core.indicator;

/**
 * Simple moving average: the mean of the last {@code period} inputs, first defined at index
 * {@code period - 1} (TA-Lib SMA). Kept as a running sum, so an update is O(1).
 */
public final class SmaIndicator {
    private final int period;
    private final double[] ring;
    private int count;
    private int pos;
    private double sum;
    private double value = Double.NaN;

    public SmaIndicator(int period) {
        this.period = Checks.atLeast("period", period, 1);
        this.ring = new double[period];
    }

    /** Number of leading outputs that are NaN: {@code period - 1}. */
    public static int warmupBars(int period) {
        return Checks.atLeast("period", period, 1) - 1;
    }

    public int warmupBars() {
        return period - 1;
    }

    /** The SMA of {@code x}, NaN for the first {@code period - 1} indices. */
    public static double[] compute(double[] x, int period) {
        Checks.atLeast("period", period, 1);
        int n = x.length;
        double[] out = Checks.nanArray(n);
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            if (i < period) {
                sum += x[i];
            } else {
                sum += x[i] - x[i - period];
            }
            if (i >= period - 1) {
                out[i] = sum / period;
            }
        }
        return out;
    }

    /** Adds one input and returns the current average (NaN during warm-up). */
    public double update(double x) {
        if (count < period) {
            sum += x;
            ring[count++] = x;
            if (count == period) {
                value = sum / period;
            }
            return value;
        }
        sum += x - ring[pos];
        ring[pos] = x;
        pos = pos + 1 == period ? 0 : pos + 1;
        value = sum / period;
        return value;
    }

    public double value() {
        return value;
    }
}
