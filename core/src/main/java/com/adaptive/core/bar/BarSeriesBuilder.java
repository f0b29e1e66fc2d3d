package com.adaptive.core.bar;

import java.util.Arrays;

/** Grows primitive columns bar by bar and freezes them into a {@link BarSeries}. */
public final class BarSeriesBuilder {
    private long[] openTimeMillis;
    private double[] open;
    private double[] high;
    private double[] low;
    private double[] close;
    private double[] volume;
    private int size;

    public BarSeriesBuilder() {
        this(1024);
    }

    public BarSeriesBuilder(int initialCapacity) {
        int capacity = Math.max(16, initialCapacity);
        openTimeMillis = new long[capacity];
        open = new double[capacity];
        high = new double[capacity];
        low = new double[capacity];
        close = new double[capacity];
        volume = new double[capacity];
    }

    public BarSeriesBuilder add(long openTimeMillis, double open, double high, double low, double close, double volume) {
        if (size == this.openTimeMillis.length) {
            grow();
        }
        this.openTimeMillis[size] = openTimeMillis;
        this.open[size] = open;
        this.high[size] = high;
        this.low[size] = low;
        this.close[size] = close;
        this.volume[size] = volume;
        size++;
        return this;
    }

    public int size() {
        return size;
    }

    /** Open time of the most recently added bar; the builder must not be empty. */
    public long lastOpenTimeMillis() {
        return openTimeMillis[size - 1];
    }

    public BarSeries build() {
        return BarSeries.of(Arrays.copyOf(openTimeMillis, size), Arrays.copyOf(open, size), Arrays.copyOf(high, size),
                Arrays.copyOf(low, size), Arrays.copyOf(close, size), Arrays.copyOf(volume, size));
    }

    private void grow() {
        int capacity = openTimeMillis.length * 2;
        openTimeMillis = Arrays.copyOf(openTimeMillis, capacity);
        open = Arrays.copyOf(open, capacity);
        high = Arrays.copyOf(high, capacity);
        low = Arrays.copyOf(low, capacity);
        close = Arrays.copyOf(close, capacity);
        volume = Arrays.copyOf(volume, capacity);
    }
}
