package com.adaptive.core.indicator;

/**
 * Relative strength index with Wilder smoothing and TA-Lib seeding: the first value, at index {@code period},
 * uses the mean gain and mean loss of changes 1..period; after that each average is
 * {@code (avg * (period - 1) + change) / period}, evaluated as a multiply-add like {@link AtrIndicator}'s. RSI = 100 * avgGain / (avgGain + avgLoss), and 0 when
 * the price did not move at all (TA-Lib's convention).
 */
public final class RsiIndicator {
    private final int period;
    private final double decay;
    private final double weight;
    private double prevClose;
    private int count;
    private double gain;
    private double loss;
    private double rsi = Double.NaN;

    public RsiIndicator(int period) {
        this.period = Checks.atLeast("period", period, 1);
        this.decay = AtrIndicator.decay(period);
        this.weight = 1.0 / period;
    }

    /** Number of leading outputs that are NaN: {@code period}. */
    public static int warmupBars(int period) {
        return Checks.atLeast("period", period, 1);
    }

    public int warmupBars() {
        return period;
    }

    /** The RSI per bar in [0, 100], NaN for the first {@code period} indices. */
    public static double[] compute(double[] close, int period) {
        return compute(close, period, new double[close.length]);
    }

    /** As {@link #compute(double[], int)}, written into {@code out} (as long as {@code close}), which is returned. */
    public static double[] compute(double[] close, int period, double[] out) {
        Checks.atLeast("period", period, 1);
        int n = close.length;
        Checks.sameLength("out", n, out.length);
        java.util.Arrays.fill(out, 0, Math.min(n, period), Double.NaN);
        if (n <= period) {
            return out;
        }
        double gain = 0.0;
        double loss = 0.0;
        for (int i = 1; i <= period; i++) {
            double d = close[i] - close[i - 1];
            if (d > 0) {
                gain += d;
            } else {
                loss -= d;
            }
        }
        gain /= period;
        loss /= period;
        out[period] = ratio(gain, loss);
        double decay = AtrIndicator.decay(period);
        double weight = 1.0 / period;
        for (int i = period + 1; i < n; i++) {
            double d = close[i] - close[i - 1];
            // branch-free split of the change into its gain and loss parts keeps the loop predictable
            double up = Math.max(d, 0.0);
            double down = Math.max(-d, 0.0);
            gain = gain * decay + up * weight;
            loss = loss * decay + down * weight;
            out[i] = ratio(gain, loss);
        }
        return out;
    }

    static double ratio(double gain, double loss) {
        double total = gain + loss;
        return total == 0.0 ? 0.0 : 100.0 * (gain / total);
    }

    /** Adds one close and returns the current RSI (NaN during warm-up). */
    public double update(double close) {
        if (count == 0) {
            count = 1;
            prevClose = close;
            return rsi;
        }
        double d = close - prevClose;
        prevClose = close;
        if (count <= period) {
            if (d > 0) {
                gain += d;
            } else {
                loss -= d;
            }
            if (count++ == period) {
                gain /= period;
                loss /= period;
                rsi = ratio(gain, loss);
            }
            return rsi;
        }
        gain = gain * decay + Math.max(d, 0.0) * weight;
        loss = loss * decay + Math.max(-d, 0.0) * weight;
        rsi = ratio(gain, loss);
        return rsi;
    }

    public double value() {
        return rsi;
    }
}
