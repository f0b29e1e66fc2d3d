package com.adaptive.core.indicator;

/**
 * Mean and population variance of the last {@code period} values, updated in O(1) with the sliding Welford step
 * {@code m2 += (x - old) * (x - newMean + old - oldMean)}. The values are taken relative to a shift near the window
 * mean, which keeps every term as small as the deviations themselves (for prices the subtraction of the shift is
 * exact, Sterbenz), and once per window length the shift, the sum and m2 are recomputed from the window (O(1)
 * amortised), so rounding cannot pile up over millions of updates and a flat window has a deviation of exactly 0.
 */
final class SlidingMoments {
    private final int period;
    private final double invPeriod;
    private final double[] ring;
    private int count;
    private int pos;
    private double shift;
    private double sum;
    private double m2;

    SlidingMoments(int period) {
        this.period = period;
        this.invPeriod = 1.0 / period;
        this.ring = new double[period];
    }

    /** Adds a value; returns true once the window is full. */
    boolean add(double x) {
        if (count < period) {
            if (count == 0) {
                shift = x;
            }
            ring[count++] = x;
            double d = x - shift;
            double oldMean = sum / Math.max(1, count - 1);
            sum += d;
            m2 += (d - oldMean) * (d - sum / count);
            if (count == period) {
                recompute();
            }
            return count == period;
        }
        double old = ring[pos] - shift;
        double d = x - shift;
        ring[pos] = x;
        pos = pos + 1 == period ? 0 : pos + 1;
        double oldMean = sum * invPeriod;
        sum += d - old;
        m2 += (d - old) * (d - sum * invPeriod + old - oldMean);
        if (pos == 0) {
            recompute();
        }
        return true;
    }

    private void recompute() {
        double s = 0.0;
        for (double v : ring) {
            s += v - shift;
        }
        shift += s / period;
        s = 0.0;
        double ss = 0.0;
        for (double v : ring) {
            double d = v - shift;
            s += d;
            ss += d * d;
        }
        sum = s;
        // two-pass with the exact residual mean s/period: Σ(d − s/n)² = Σd² − s²/n
        m2 = ss - s * s / period;
    }

    boolean full() {
        return count == period;
    }

    double mean() {
        return shift + sum / period;
    }

    /** Population standard deviation; clamped at zero because rounding can push m2 a hair below it. */
    double stdDev() {
        return Math.sqrt(Math.max(m2, 0.0) / period);
    }
}
