package com.adaptive.core.backtest;

/**
 * What one run produced: equity marked at every bar's close, the closed trades, and counters. {@code regimes}
 * is the per-bar regime ordinal the run was gated with (null when none); {@code tradedNotional} sums
 * {@code quantity × price} over every fill. {@code equity} is null for a run that fed a
 * {@link com.adaptive.core.metrics.ReturnAccumulator} instead of keeping a curve.
 */
public record BacktestResult(long[] openTimeMillis, double[] equity, TradeLog trades, byte[] regimes,
                             double initialCapital, int blockedEntries, int barsInPosition, double tradedNotional,
                             double feesPaid) {

    public double finalEquity() {
        return equity[equity.length - 1];
    }

    public int bars() {
        return equity.length;
    }
}
