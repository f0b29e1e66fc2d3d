package com.adaptive.marketdata.source;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.bar.BarSeriesBuilder;

import java.util.Arrays;

/**
 * Rows as an API returned them (any order, maybe duplicated), turned into a clean page of closed bars.
 *
 * <p>Exchanges send pages newest-first (Coinbase), repeat a row across page edges, or include the still-forming
 * bar; {@link #toClosedPage} sorts, keeps the last copy of a repeated open time (the most recent version the
 * server sent), and keeps only {@code from <= openTime < closedBefore}.
 */
public final class RawBars {
    private long[] openTimeMillis = new long[64];
    private double[] ohlcv = new double[64 * 5];
    private int size;
    private int duplicatesDropped;

    /** Appends one row in the order received. */
    public void add(long openTimeMillis, double open, double high, double low, double close, double volume) {
        if (size == this.openTimeMillis.length) {
            this.openTimeMillis = Arrays.copyOf(this.openTimeMillis, size * 2);
            ohlcv = Arrays.copyOf(ohlcv, size * 2 * 5);
        }
        this.openTimeMillis[size] = openTimeMillis;
        int o = size * 5;
        ohlcv[o] = open;
        ohlcv[o + 1] = high;
        ohlcv[o + 2] = low;
        ohlcv[o + 3] = close;
        ohlcv[o + 4] = volume;
        size++;
    }

    /** Rows received so far, before cleaning. */
    public int size() {
        return size;
    }

    /** Open time of the latest row received (by time, not by position); the page must not be empty. */
    public long maxOpenTimeMillis() {
        long max = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            max = Math.max(max, openTimeMillis[i]);
        }
        return max;
    }

    /** Rows dropped as repeats of an open time by the last {@link #toClosedPage} call. */
    public int duplicatesDropped() {
        return duplicatesDropped;
    }

    /**
     * Sorted, de-duplicated bars with {@code fromMillis <= openTime < closedBeforeMillis}.
     *
     * @throws IllegalStateException naming {@code where} when a row is not aligned to {@code interval}
     */
    public BarSeries toClosedPage(BarInterval interval, long fromMillis, long closedBeforeMillis, String where) {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            if (!interval.isAligned(openTimeMillis[i])) {
                throw new IllegalStateException(where + ": row " + i + " open time " + openTimeMillis[i]
                        + " is not aligned to " + interval.label());
            }
            order[i] = i;
        }
        // stable sort: among equal open times the received order survives, so "last wins" below is well defined
        Arrays.sort(order, (a, b) -> Long.compare(openTimeMillis[a], openTimeMillis[b]));
        BarSeriesBuilder page = new BarSeriesBuilder(size);
        duplicatesDropped = 0;
        for (int k = 0; k < size; k++) {
            int i = order[k];
            long t = openTimeMillis[i];
            if (k + 1 < size && openTimeMillis[order[k + 1]] == t) {
                duplicatesDropped++;
                continue;
            }
            if (t < fromMillis || t >= closedBeforeMillis) {
                continue;
            }
            int o = i * 5;
            page.add(t, ohlcv[o], ohlcv[o + 1], ohlcv[o + 2], ohlcv[o + 3], ohlcv[o + 4]);
        }
        return page.build();
    }
}
