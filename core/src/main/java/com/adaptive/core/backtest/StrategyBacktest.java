package com.adaptive.core.backtest;

import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.metrics.MetricsCalculator;
import com.adaptive.core.metrics.PerformanceMetrics;
import com.adaptive.core.regime.Regime;
import com.adaptive.core.regime.RegimeClassification;
import com.adaptive.core.regime.RegimeConfig;
import com.adaptive.core.strategy.RegimeChangePolicy;
import com.adaptive.core.strategy.RegimeGating;
import com.adaptive.core.strategy.Strategy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One strategy on one symbol end to end, as the {@code adaptive backtest} verb runs it: classify regimes with the
 * default classifier, gate (or not) by the strategy's allowed regimes, run, and compute metrics overall and per
 * regime.
 */
public final class StrategyBacktest {
    private StrategyBacktest() {
    }

    /** The run and its metrics. */
    public record Outcome(Strategy strategy, boolean gated, BacktestResult result, PerformanceMetrics overall,
                          Map<String, PerformanceMetrics> perRegime) {

        /** The content of metrics.json: run facts, overall metrics, per-regime metrics, snake_case names. */
        public Map<String, Object> toJsonMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("strategy", strategy.id());
            m.put("params", strategy.params().asMap());
            m.put("gating", gated ? "on" : "off");
            m.put("allowed_regimes", gated ? strategy.defaultAllowedRegimes().stream().map(Enum::name).sorted().toList()
                    : java.util.List.of("ALL"));
            m.put("blocked_entries", result.blockedEntries());
            m.putAll(overall.toMap());
            Map<String, Object> regimes = new LinkedHashMap<>();
            perRegime.forEach((k, v) -> regimes.put(k.toLowerCase(java.util.Locale.ROOT), v.toMap()));
            m.put("per_regime", regimes);
            return m;
        }
    }

    /**
     * Runs {@code strategy} over 1m {@code bars}; with {@code gating} entries are allowed only in the strategy's
     * default regimes and {@code onRegimeChange} applies to open positions. {@code subBars} may be null.
     */
    public static Outcome run(BarSeries bars, Strategy strategy, BacktestConfig config, boolean gating,
                              RegimeChangePolicy onRegimeChange, BarSeries subBars) {
        double barMinutes = MetricsCalculator.barMinutes(bars.openTimeMillis());
        byte[] regimes = RegimeAlignment.perBar(bars, RegimeClassification.classify(bars, RegimeConfig.DEFAULTS),
                Math.round(barMinutes * 60_000));
        RegimeGating gate = gating ? RegimeGating.allowing(strategy.defaultAllowedRegimes(), onRegimeChange) : RegimeGating.off();
        BacktestEngine engine = new BacktestEngine(config.withGating(gate));
        BacktestResult r = engine.run(bars, strategy.bindStreaming(bars), strategy.warmupBars(), regimes,
                subBars, new double[bars.size()], new TradeLog());
        Map<String, PerformanceMetrics> perRegime = new LinkedHashMap<>();
        for (Regime regime : Regime.values()) {
            perRegime.put(regime.name(), MetricsCalculator.ofRegime(r, regime.ordinal(), barMinutes));
        }
        return new Outcome(strategy, gating, r, MetricsCalculator.of(r, barMinutes), perRegime);
    }
}
