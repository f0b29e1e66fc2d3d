package com.adaptive.core.indicator;

/**
 * Least-squares slope, per bar, of the last {@code period} values against their index (TA-Lib LINEARREG_SLOPE):
 * {@code (n·Σxy − Σx·Σy) / (n·Σx² − (Σx)²)} with x = 0..n−1; first defined at index {@code period - 1}.
 * NaN while any value in the window is NaN. O(1) per update via sliding sums.
 */
public final class LinearRegressionSlopeIndicator {
    private final int period;
    private final double[] ring;
    private final double sumX;
    private final double denominator;
    private int count;
    private int pos;
    private int nanCount;
    private double sumY;
    private double sumXY;

    public LinearRegressionSlopeIndicator(int period) {
        this.period = Checks.atLeast("period", period, 2);
        this.ring = new double[period];
        double n = period;
        this.sumX = n * (n - 1) / 2.0;
        // n·Σx² − (Σx)² with Σx² = (n−1)n(2n−1)/6 simplifies to n²(n²−1)/12
        this.denominator = n * n * (n * n - 1) / 12.0;
    }

    /** Number of leading outputs that are NaN: {@code period - 1}. */
    public static int warmupBars(int period) {
        return Checks.atLeast("period", period, 2) - 1;
    }

    public int warmupBars() {
        return period - 1;
    }

    /** The slope per index. */
    public static double[] compute(double[] y, int period) {
        LinearRegressionSlopeIndicator slope = new LinearRegressionSlopeIndicator(period);
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = slope.update(y[i]);
        }
        return out;
    }

    /** Adds one value and returns the current slope (NaN during warm-up or with a NaN in the window). */
    public double update(double y) {
        add(y);
        return value();
    }

    /** Adds one value without computing the slope; for callers that read {@link #value()} less often than they add. */
    public void add(double y) {
        boolean nan = y != y;
        double v = nan ? 0.0 : y;
        if (nan) {
            nanCount++;
        }
        if (count < period) {
            sumXY += count * v;
            sumY += v;
            ring[count++] = y;
        } else {
            double oldest = ring[pos];
            double old = oldest != oldest ? 0.0 : oldest;
            if (oldest != oldest) {
                nanCount--;
            }
            // dropping the oldest shifts every x down by one: Σxy' = Σxy − (Σy − y₀) + (n−1)·yₙ
            sumXY = sumXY - (sumY - old) + (period - 1) * v;
            sumY = sumY - old + v;
            ring[pos] = y;
            pos = pos + 1 == period ? 0 : pos + 1;
        }
    }

    /** The slope of the current window (NaN during warm-up or with a NaN in the window). */
    public double value() {
        return count < period || nanCount > 0 ? Double.NaN : (period * sumXY - sumX * sumY) / denominator;
    }
}
