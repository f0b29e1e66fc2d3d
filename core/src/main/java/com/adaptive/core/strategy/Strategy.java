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

    /** Regimes in which this strategy may open positions unless the run's gating config says otherwise. */
    java.util.Set<com.adaptive.core.regime.Regime> defaultAllowedRegimes();
}
