package com.adaptive.core.backtest;

import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.strategy.Strategy;

/** One strategy on one symbol inside a portfolio run, with its capital weight and (nullable) per-bar regimes. */
public record Sleeve(String symbol, BarSeries bars, byte[] regimes, Strategy strategy, double weight) {

    public Sleeve {
        if (symbol == null || bars == null || strategy == null) {
            throw new IllegalArgumentException("symbol, bars and strategy are required");
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight of " + strategy.id() + " on " + symbol + " must be positive, was: " + weight);
        }
    }

    /** {@code S1@BTC-USD}. */
    public String label() {
        return strategy.id() + "@" + symbol;
    }
}
