package com.adaptive.core.backtest;

import com.adaptive.core.order.FillModel;
import com.adaptive.core.strategy.RegimeGating;

/** Settings of one backtest run: capital, fill model (fees, slippage, ambiguity policy), sizing, gating, limit lifetime. */
public record BacktestConfig(double initialCapital, FillModel fills, PositionSizing sizing, RegimeGating gating,
                             int limitValidBars) {

    public BacktestConfig {
        if (!(initialCapital > 0) || Double.isInfinite(initialCapital)) {
            throw new IllegalArgumentException("initialCapital must be positive, was: " + initialCapital);
        }
        if (fills == null || sizing == null || gating == null) {
            throw new IllegalArgumentException("fills, sizing and gating are required");
        }
        if (limitValidBars < 1) {
            throw new IllegalArgumentException("limitValidBars must be at least 1, was: " + limitValidBars);
        }
    }

    /** 10,000 of capital, Binance-like fees (10/10 bps, 1 bp slippage), STOP_FIRST, all-in sizing, no gating. */
    public static BacktestConfig defaults() {
        return new BacktestConfig(10_000, FillModel.defaults(), PositionSizing.allIn(), RegimeGating.off(), 1);
    }

    public BacktestConfig withFills(FillModel newFills) {
        return new BacktestConfig(initialCapital, newFills, sizing, gating, limitValidBars);
    }

    public BacktestConfig withGating(RegimeGating newGating) {
        return new BacktestConfig(initialCapital, fills, sizing, newGating, limitValidBars);
    }

    public BacktestConfig withInitialCapital(double capital) {
        return new BacktestConfig(capital, fills, sizing, gating, limitValidBars);
    }

    public BacktestConfig withSizing(PositionSizing newSizing) {
        return new BacktestConfig(initialCapital, fills, newSizing, gating, limitValidBars);
    }
}
