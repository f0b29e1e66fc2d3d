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
    private double value = Double.NaN;

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
            return updateReturn(Math.log(close / prevClose), close);
        }
        prevClose = close;
        return value;
    }

    /** Adds a log return that the caller already computed for {@code close}; lets several windows share one log. */
    public double updateReturn(double logReturn, double close) {
        prevClose = close;
        if (moments.add(logReturn)) {
            value = moments.stdDev();
        }
        return value;
    }

    public double value() {
        return value;
    }
}
