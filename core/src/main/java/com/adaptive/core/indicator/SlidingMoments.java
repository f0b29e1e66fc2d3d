package com.adaptive.core.indicator;

/**
 * Mean and population variance of the last {@code period} values, updated in O(1). The mean is a running sum
 * (bit-identical to {@link SmaIndicator}); the sum of squared deviations uses the sliding Welford update
 * {@code m2 += (x - old) * (x - newMean + old - oldMean)}, which avoids the cancellation of sum-of-squares.
 */
final class SlidingMoments {
    private final int period;
    private final double[] ring;
    private int count;
    private int pos;
    private double sum;
    private double mean;
    private double m2;

    SlidingMoments(int period) {
        this.period = period;
        this.ring = new double[period];
    }

    /** Adds a value; returns true once the window is full. */
    boolean add(double x) {
        if (count < period) {
            ring[count++] = x;
            sum += x;
            double delta = x - mean;
            mean = sum / count;
            m2 += delta * (x - mean);
            return count == period;
        }
        double old = ring[pos];
        ring[pos] = x;
        pos = pos + 1 == period ? 0 : pos + 1;
        sum += x - old;
        double oldMean = mean;
        mean = sum / period;
        m2 += (x - old) * (x - mean + old - oldMean);
        return true;
    }

    boolean full() {
        return count == period;
    }

    double mean() {
        return mean;
    }

    /** Population standard deviation; clamped at zero because rounding can push m2 a hair below it. */
    double stdDev() {
        return Math.sqrt(Math.max(m2, 0.0) / period);
    }
}
