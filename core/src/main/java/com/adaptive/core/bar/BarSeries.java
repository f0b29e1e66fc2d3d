package com.adaptive.core.bar;

import java.util.Arrays;

/**
 * An ordered run of OHLCV bars held as parallel primitive columns; open times strictly ascend.
 *
 * <p>The accessors hand out the backing arrays without copying so hot loops pay nothing; callers
 * must treat them as read-only.
 */
public final class BarSeries {
    private final long[] openTimeMillis;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;

    private BarSeries(long[] openTimeMillis, double[] open, double[] high, double[] low, double[] close, double[] volume) {
        this.openTimeMillis = openTimeMillis;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
    }

    /** Wraps the columns (no copy) after checking equal lengths and strictly ascending open times. */
    public static BarSeries of(long[] openTimeMillis, double[] open, double[] high, double[] low, double[] close, double[] volume) {
        int n = openTimeMillis.length;
        if (open.length != n || high.length != n || low.length != n || close.length != n || volume.length != n) {
            throw new IllegalArgumentException("all columns must have " + n + " values, were open=" + open.length
                    + " high=" + high.length + " low=" + low.length + " close=" + close.length + " volume=" + volume.length);
        }
        for (int i = 1; i < n; i++) {
            if (openTimeMillis[i] <= openTimeMillis[i - 1]) {
                throw new IllegalArgumentException("open times must strictly ascend: index " + i + " (" + openTimeMillis[i]
                        + ") is not after index " + (i - 1) + " (" + openTimeMillis[i - 1] + ")");
            }
        }
        return new BarSeries(openTimeMillis, open, high, low, close, volume);
    }

    public int size() {
        return openTimeMillis.length;
    }

    public long[] openTimeMillis() {
        return openTimeMillis;
    }

    public double[] open() {
        return open;
    }

    public double[] high() {
        return high;
    }

    public double[] low() {
        return low;
    }

    public double[] close() {
        return close;
    }

    public double[] volume() {
        return volume;
    }

    /** The bars with index in {@code [from, to)}, copied. */
    public BarSeries slice(int from, int to) {
        if (from < 0 || to > size() || from > to) {
            throw new IndexOutOfBoundsException("slice [" + from + ", " + to + ") of a series of " + size() + " bars");
        }
        return new BarSeries(Arrays.copyOfRange(openTimeMillis, from, to), Arrays.copyOfRange(open, from, to),
                Arrays.copyOfRange(high, from, to), Arrays.copyOfRange(low, from, to),
                Arrays.copyOfRange(close, from, to), Arrays.copyOfRange(volume, from, to));
    }

    /** Index of the first bar whose open time is at or after {@code timeMillis}, or {@code size()} if none. */
    public int indexAtOrAfter(long timeMillis) {
        int i = Arrays.binarySearch(openTimeMillis, timeMillis);
        return i >= 0 ? i : -i - 1;
    }
}
