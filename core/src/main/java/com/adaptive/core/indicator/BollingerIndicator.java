package com.adaptive.core.indicator;

/**
 * Bollinger bands: middle = SMA(period) (equal to {@link SmaIndicator} up to rounding), upper/lower = middle ± k ×
 * population standard deviation of the same window (TA-Lib BBANDS with a simple average); first defined at index
 * {@code period - 1}.
 */
public final class BollingerIndicator {
    private final int period;
    private final double k;
    private final SlidingMoments moments;
    private double middle = Double.NaN;
    private double upper = Double.NaN;
    private double lower = Double.NaN;

    public BollingerIndicator(int period, double k) {
        this.period = Checks.atLeast("period", period, 1);
        if (!(k >= 0.0) || Double.isInfinite(k)) {
            throw new IllegalArgumentException("k must be a finite number at least 0, was: " + k);
        }
        this.k = k;
        this.moments = new SlidingMoments(period);
    }

    /** Number of leading outputs that are NaN: {@code period - 1}. */
    public static int warmupBars(int period) {
        return Checks.atLeast("period", period, 1) - 1;
    }

    public int warmupBars() {
        return period - 1;
    }

    /** The three bands per bar. */
    public static BollingerBands compute(double[] x, int period, double k) {
        BollingerIndicator bands = new BollingerIndicator(period, k);
        int n = x.length;
        double[] middle = new double[n];
        double[] upper = new double[n];
        double[] lower = new double[n];
        for (int i = 0; i < n; i++) {
            bands.update(x[i]);
            middle[i] = bands.middle;
            upper[i] = bands.upper;
            lower[i] = bands.lower;
        }
        return new BollingerBands(middle, upper, lower);
    }

    /** Adds one input and returns the middle band (NaN during warm-up); see {@link #upper()}, {@link #lower()}. */
    public double update(double x) {
        if (moments.add(x)) {
            middle = moments.mean();
            double width = k * moments.stdDev();
            upper = middle + width;
            lower = middle - width;
        }
        return middle;
    }

    public double middle() {
        return middle;
    }

    public double upper() {
        return upper;
    }

    public double lower() {
        return lower;
    }
}
