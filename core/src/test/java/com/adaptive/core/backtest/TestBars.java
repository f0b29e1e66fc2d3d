package com.adaptive.core.backtest;

import com.adaptive.core.bar.BarSeries;

/** Tiny hand-written bar series for the fill scenarios. */
final class TestBars {
    static final long T0 = 1_679_000_400_000L; // 2023-03-16T21:00:00Z, a whole hour

    private TestBars() {
    }

    /** Rows of {open, high, low, close}, {@code stepMillis} apart from T0, volume 1. */
    static BarSeries of(long stepMillis, double[]... ohlc) {
        return of(T0, stepMillis, ohlc);
    }

    static BarSeries of(long start, long stepMillis, double[]... ohlc) {
        int n = ohlc.length;
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = start + i * stepMillis;
            o[i] = ohlc[i][0];
            h[i] = ohlc[i][1];
            l[i] = ohlc[i][2];
            c[i] = ohlc[i][3];
            v[i] = 1;
        }
        return BarSeries.of(t, o, h, l, c, v);
    }

    static double[] bar(double open, double high, double low, double close) {
        return new double[] {open, high, low, close};
    }
}
