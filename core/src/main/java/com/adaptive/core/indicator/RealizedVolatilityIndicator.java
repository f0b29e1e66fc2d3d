package com.adaptive.core.indicator;

/**
 * Rolling realized volatility: the population standard deviation of the last {@code period} log returns
 * {@code ln(close[i] / close[i - 1])}, per bar (not annualised); first defined at index {@code period}.
 * Closes must be positive.
 */
public final class RealizedVolatilityIndicator {
    private final int period;
    private final SlidingMoments moments;
    private double prevClose = Double.NaN;

    public RealizedVolatilityIndicator(int period) {
        this.period = Checks.atLeast("period", period, 2);
        this.moments = new SlidingMoments(period);
    }

    /** Number of leading outputs that are NaN: {@code period}. */
    public static int warmupBars(int period) {
        return Checks.atLeast("period", period, 2);
    }

    public int warmupBars() {
        return period;
    }

    /** The realized volatility per bar. */
    public static double[] compute(double[] close, int period) {
        RealizedVolatilityIndicator vol = new RealizedVolatilityIndicator(period);
        double[] out = new double[close.length];
        for (int i = 0; i < close.length; i++) {
            out[i] = vol.update(close[i]);
        }
        return out;
    }

    /** Adds one close and returns the current realized volatility (NaN during warm-up). */
    public double update(double close) {
        if (prevClose == prevClose) {
            moments.add(Math.log(close / prevClose));
        }
        prevClose = close;
        return value();
    }

    /**
     * Adds a log return that the caller already computed; lets several windows share one logarithm. The caller
     * must not mix this with {@link #update}.
     */
    public void addReturn(double logReturn) {
        moments.add(logReturn);
    }

    /** The realized volatility of the current window (NaN during warm-up). */
    public double value() {
        return moments.full() ? moments.stdDev() : Double.NaN;
    }
}
