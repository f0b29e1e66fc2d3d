package com.adaptive.core.indicator;

/**
 * Donchian channel: upper = highest high and lower = lowest low of the last {@code period} bars (current bar
 * included), middle = their mean; first defined at index {@code period - 1}. Monotonic queues give amortised
 * O(1) updates.
 */
public final class DonchianIndicator {
    private final int period;
    // ring-buffered monotonic queues of (bar index, value): maxima descending, minima ascending
    private final long[] maxIdx;
    private final double[] maxVal;
    private final long[] minIdx;
    private final double[] minVal;
    private int maxHead;
    private int maxSize;
    private int minHead;
    private int minSize;
    private long index = -1;
    private double upper = Double.NaN;
    private double lower = Double.NaN;
    private double middle = Double.NaN;

    public DonchianIndicator(int period) {
        this.period = Checks.atLeast("period", period, 1);
        maxIdx = new long[period];
        maxVal = new double[period];
        minIdx = new long[period];
        minVal = new double[period];
    }

    /** Number of leading outputs that are NaN: {@code period - 1}. */
    public static int warmupBars(int period) {
        return Checks.atLeast("period", period, 1) - 1;
    }

    public int warmupBars() {
        return period - 1;
    }

    /** The channel per bar. */
    public static DonchianChannel compute(double[] high, double[] low, int period) {
        int n = high.length;
        Checks.sameLength("low", n, low.length);
        DonchianIndicator channel = new DonchianIndicator(period);
        double[] upper = new double[n];
        double[] lower = new double[n];
        double[] middle = new double[n];
        for (int i = 0; i < n; i++) {
            channel.update(high[i], low[i]);
            upper[i] = channel.upper;
            lower[i] = channel.lower;
            middle[i] = channel.middle;
        }
        return new DonchianChannel(upper, lower, middle);
    }

    /** Adds one bar and returns the middle line (NaN during warm-up); see {@link #upper()}, {@link #lower()}. */
    public double update(double high, double low) {
        index++;
        long oldest = index - period + 1;
        if (maxSize > 0 && maxIdx[maxHead] < oldest) {
            maxHead = next(maxHead);
            maxSize--;
        }
        while (maxSize > 0 && maxVal[slot(maxHead, maxSize - 1)] <= high) {
            maxSize--;
        }
        int s = slot(maxHead, maxSize++);
        maxIdx[s] = index;
        maxVal[s] = high;
        if (minSize > 0 && minIdx[minHead] < oldest) {
            minHead = next(minHead);
            minSize--;
        }
        while (minSize > 0 && minVal[slot(minHead, minSize - 1)] >= low) {
            minSize--;
        }
        s = slot(minHead, minSize++);
        minIdx[s] = index;
        minVal[s] = low;
        if (oldest >= 0) {
            upper = maxVal[maxHead];
            lower = minVal[minHead];
            middle = (upper + lower) / 2.0;
        }
        return middle;
    }

    private int next(int i) {
        return i + 1 == period ? 0 : i + 1;
    }

    private int slot(int head, int offset) {
        int s = head + offset;
        return s >= period ? s - period : s;
    }

    public double upper() {
        return upper;
    }

    public double lower() {
        return lower;
    }

    public double middle() {
        return middle;
    }
}
