package com.adaptive.core.indicator;

/**
 * True range {@code max(high - low, |high - prevClose|, |low - prevClose|)}; like TA-Lib TRANGE the first bar
 * has no previous close, so its value is NaN.
 */
public final class TrueRangeIndicator {
    private double prevClose = Double.NaN;
    private double value = Double.NaN;

    /** Number of leading outputs that are NaN: 1. */
    public static int warmupBars() {
        return 1;
    }

    /** The true range per bar, NaN at index 0. */
    public static double[] compute(double[] high, double[] low, double[] close) {
        int n = close.length;
        Checks.sameLength("high", n, high.length);
        Checks.sameLength("low", n, low.length);
        double[] out = Checks.nanArray(n);
        for (int i = 1; i < n; i++) {
            out[i] = of(high[i], low[i], close[i - 1]);
        }
        return out;
    }

    /** The true range of one bar given the previous bar's close. */
    public static double of(double high, double low, double prevClose) {
        return Math.max(high - low, Math.max(Math.abs(high - prevClose), Math.abs(low - prevClose)));
    }

    /** Adds one bar and returns its true range (NaN for the first bar). */
    public double update(double high, double low, double close) {
        value = prevClose == prevClose ? of(high, low, prevClose) : Double.NaN;
        prevClose = close;
        return value;
    }

    public double value() {
        return value;
    }
}
