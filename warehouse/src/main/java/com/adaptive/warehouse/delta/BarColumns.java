package com.adaptive.warehouse.delta;

import com.adaptive.core.bar.BarSeries;

import java.util.Arrays;

/** Bars read from Delta in file order, grown as primitive columns and sorted by open time once at the end. */
final class BarColumns {
    private long[] openTimeMillis = new long[1024];
    private double[] values = new double[1024 * 5];
    private int size;
    private boolean ascending = true;

    void add(long openTimeMillis, double open, double high, double low, double close, double volume) {
        if (size == this.openTimeMillis.length) {
            this.openTimeMillis = Arrays.copyOf(this.openTimeMillis, size * 2);
            values = Arrays.copyOf(values, size * 2 * 5);
        }
        ascending &= size == 0 || openTimeMillis > this.openTimeMillis[size - 1];
        this.openTimeMillis[size] = openTimeMillis;
        int base = size * 5;
        values[base] = open;
        values[base + 1] = high;
        values[base + 2] = low;
        values[base + 3] = close;
        values[base + 4] = volume;
        size++;
    }

    BarSeries toSeriesSortedByOpenTime() {
        int[] order = new int[size];
        Arrays.setAll(order, i -> i);
        if (!ascending) {
            // Delta files come back in no particular order; one boxed index sort per read is cheap next to the scan
            Integer[] boxed = new Integer[size];
            Arrays.setAll(boxed, i -> i);
            Arrays.sort(boxed, (a, b) -> Long.compare(openTimeMillis[a], openTimeMillis[b]));
            Arrays.setAll(order, i -> boxed[i]);
        }
        long[] t = new long[size];
        double[] o = new double[size];
        double[] h = new double[size];
        double[] l = new double[size];
        double[] c = new double[size];
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
            int src = order[i];
            t[i] = openTimeMillis[src];
            int base = src * 5;
            o[i] = values[base];
            h[i] = values[base + 1];
            l[i] = values[base + 2];
            c[i] = values[base + 3];
            v[i] = values[base + 4];
        }
        return BarSeries.of(t, o, h, l, c, v);
    }
}
