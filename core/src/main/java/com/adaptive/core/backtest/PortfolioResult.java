package com.adaptive.core.backtest;

import com.adaptive.core.metrics.PerformanceMetrics;

import java.util.List;
import java.util.Map;

/**
 * A portfolio run: equity on the union of all sleeves' bar times (each sleeve carried forward between its bars),
 * metrics overall, per strategy (its sleeves' equity summed) and the PnL attributed to each entry regime.
 */
public record PortfolioResult(long[] openTimeMillis, double[] equity, PerformanceMetrics overall,
                              List<SleeveResult> sleeves, Map<String, PerformanceMetrics> perStrategy,
                              Map<String, Double> pnlByEntryRegime) {

    /** One sleeve's own run, its capital and metrics. */
    public record SleeveResult(Sleeve sleeve, double capital, BacktestResult result, PerformanceMetrics metrics) {
    }
}
