package com.adaptive.core.strategy;

import com.adaptive.core.bar.BarSeries;

/** A trading rule with fixed parameters; it knows nothing about whether it runs in a backtest or live. */
public interface Strategy {
    /** Short identifier, e.g. {@code S1}. */
    String id();

    /** The parameters in effect, defaults included. */
    StrategyParams params();

    /** Bars before the first index at which every indicator this strategy reads is defined. */
    int warmupBars();

    /** Computes (or takes from {@code cache}) the indicators over {@code bars} and returns the per-bar decision. */
    SignalSource bind(BarSeries bars, IndicatorCache cache);

    /**
     * The same rule with its indicators advanced bar by bar as the bars close, as the live trader feeds it; asked
     * in increasing bar order only (skipped bars are caught up), it decides exactly as {@link #bind} does. The
     * default binds over a private {@link IndicatorCache}; a strategy may override it to keep nothing but the bars
     * in memory and run indicators, rule and fills in one pass.
     */
    default SignalSource bindStreaming(BarSeries bars) {
        return bind(bars, IndicatorCache.of(bars));
    }

    /** Regimes in which this strategy may open positions unless the run's gating config says otherwise. */
    java.util.Set<com.adaptive.core.regime.Regime> defaultAllowedRegimes();
}
