package com.adaptive.core.indicator;

/**
 * Average true range with Wilder smoothing and TA-Lib seeding: the first value, at index {@code period}, is
 * the mean of the true ranges of bars 1..period; after that Wilder's {@code atr = (atr * (period - 1) + tr) / period},
 * evaluated as {@code atr * ((period - 1) / period) + tr * (1 / period)}: the recurrence is the critical path of every
 * bar, and a multiply-add chain is about three times shorter than one through a division (results agree with the
 * division form to a few ulps, well inside TA-Lib's own float noise).
 */
public final class AtrIndicator {
    private final int period;
    private final double decay;
    private final double weight;
    private double prevClose;
    private int count;
    private double sum;
    private double atr = Double.NaN;

    public AtrIndicator(int period) {
        this.period = Checks.atLeast("period", period, 1);
        this.decay = decay(period);
        this.weight = 1.0 / period;
    }

    /** The weight of the previous average in Wilder smoothing, {@code (period - 1) / period}. */
    static double decay(int period) {
        return (period - 1) / (double) period;
    }

    /** Number of leading outputs that are NaN: {@code period}. */
    public static int warmupBars(int period) {
        return Checks.atLeast("period", period, 1);
    }

    public int warmupBars() {
        return period;
    }

    /** The ATR per bar, NaN for the first {@code period} indices. */
    public static double[] compute(double[] high, double[] low, double[] close, int period) {
        return compute(high, low, close, period, new double[close.length]);
    }

    /** As {@link #compute(double[], double[], double[], int)}, written into {@code out}, which is returned. */
    public static double[] compute(double[] high, double[] low, double[] close, int period, double[] out) {
        Checks.atLeast("period", period, 1);
        int n = close.length;
        Checks.sameLength("high", n, high.length);
        Checks.sameLength("low", n, low.length);
        Checks.sameLength("out", n, out.length);
        java.util.Arrays.fill(out, 0, Math.min(n, period), Double.NaN);
        if (n <= period) {
            return out;
        }
        double sum = 0.0;
        for (int i = 1; i <= period; i++) {
            sum += TrueRangeIndicator.of(high[i], low[i], close[i - 1]);
        }
        double atr = sum / period;
        out[period] = atr;
        double decay = decay(period);
        double weight = 1.0 / period;
        for (int i = period + 1; i < n; i++) {
            atr = atr * decay + TrueRangeIndicator.of(high[i], low[i], close[i - 1]) * weight;
            out[i] = atr;
        }
        return out;
    }

    /** Adds one bar and returns the current ATR (NaN during warm-up). */
    public double update(double high, double low, double close) {
        if (count == 0) {
            count = 1;
            prevClose = close;
            return atr;
        }
        double tr = TrueRangeIndicator.of(high, low, prevClose);
        prevClose = close;
        if (count <= period) {
            sum += tr;
            if (count++ == period) {
                atr = sum / period;
            }
            return atr;
        }
        atr = atr * decay + tr * weight;
        return atr;
    }

    public double value() {
        return atr;
    }

    /** An independent updater in the same state; see {@link EmaIndicator#copy()}. */
    public AtrIndicator copy() {
        AtrIndicator c = new AtrIndicator(period);
        c.restore(this);
        return c;
    }

    /** Takes the state of {@code other}, an updater of the same period (the caller's contract: not checked). */
    public void restore(AtrIndicator other) {
        prevClose = other.prevClose;
        count = other.count;
        sum = other.sum;
        atr = other.atr;
    }
}
