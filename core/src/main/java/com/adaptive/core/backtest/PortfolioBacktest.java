package com.adaptive.core.backtest;

import com.adaptive.core.metrics.MetricsCalculator;
import com.adaptive.core.metrics.PerformanceMetrics;
import com.adaptive.core.regime.Regime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs several strategies × symbols together: capital split by normalised weights, each sleeve an independent
 * {@link BacktestEngine} run (one position per strategy and symbol), portfolio equity the sum of the sleeves.
 */
public final class PortfolioBacktest {
    private static final Regime[] REGIMES = Regime.values();
    private final BacktestConfig config;

    /** {@code config.initialCapital()} is the whole portfolio's capital. */
    public PortfolioBacktest(BacktestConfig config) {
        this.config = config;
    }

    public PortfolioResult run(List<Sleeve> sleeves) {
        if (sleeves.isEmpty()) {
            throw new IllegalArgumentException("a portfolio needs at least one sleeve");
        }
        double weightSum = sleeves.stream().mapToDouble(Sleeve::weight).sum();
        long[] axis = unionOfTimes(sleeves);
        List<PortfolioResult.SleeveResult> results = new ArrayList<>();
        double[] total = new double[axis.length];
        Map<String, double[]> byStrategy = new LinkedHashMap<>();
        Map<String, Double> capitalByStrategy = new LinkedHashMap<>();
        Map<String, TradeLog> tradesByStrategy = new LinkedHashMap<>();
        TradeLog allTrades = new TradeLog();
        Map<String, Double> pnlByRegime = new TreeMap<>();
        double barMinutes = Double.MAX_VALUE;
        for (Sleeve s : sleeves) {
            double capital = config.initialCapital() * s.weight() / weightSum;
            BacktestEngine engine = new BacktestEngine(config.withInitialCapital(capital));
            double[] eq = new double[s.bars().size()];
            BacktestResult r = engine.run(s.bars(), s.strategy().bindStreaming(s.bars()),
                    s.strategy().warmupBars(), s.regimes(), null, eq, new TradeLog());
            double minutes = MetricsCalculator.barMinutes(s.bars().openTimeMillis());
            barMinutes = Math.min(barMinutes, minutes);
            results.add(new PortfolioResult.SleeveResult(s, capital, r, MetricsCalculator.of(r, minutes)));
            double[] onAxis = carryForward(axis, s.bars().openTimeMillis(), r.equity(), capital);
            String id = s.strategy().id();
            double[] strategyEquity = byStrategy.computeIfAbsent(id, k -> new double[axis.length]);
            for (int i = 0; i < axis.length; i++) {
                total[i] += onAxis[i];
                strategyEquity[i] += onAxis[i];
            }
            capitalByStrategy.merge(id, capital, Double::sum);
            TradeLog strategyTrades = tradesByStrategy.computeIfAbsent(id, k -> new TradeLog());
            copyOntoAxis(r.trades(), s.bars().openTimeMillis(), axis, strategyTrades);
            copyOntoAxis(r.trades(), s.bars().openTimeMillis(), axis, allTrades);
            for (int k = 0; k < r.trades().size(); k++) {
                int regime = r.trades().entryRegime(k);
                pnlByRegime.merge(regime < 0 ? "UNKNOWN" : REGIMES[regime].name(), r.trades().pnl(k), Double::sum);
            }
        }
        Map<String, PerformanceMetrics> perStrategy = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : byStrategy.entrySet()) {
            perStrategy.put(e.getKey(), MetricsCalculator.compute(e.getValue(), capitalByStrategy.get(e.getKey()), null,
                    MetricsCalculator.ALL_REGIMES, tradesByStrategy.get(e.getKey()), barMinutes));
        }
        PerformanceMetrics overall = MetricsCalculator.compute(total, config.initialCapital(), null,
                MetricsCalculator.ALL_REGIMES, allTrades, barMinutes);
        return new PortfolioResult(axis, total, overall, results, perStrategy, pnlByRegime);
    }

    private static long[] unionOfTimes(List<Sleeve> sleeves) {
        long[] all = sleeves.stream().flatMapToLong(s -> Arrays.stream(s.bars().openTimeMillis())).sorted().distinct().toArray();
        return all;
    }

    /** Sleeve equity on the axis: its starting capital before its first bar, the last mark between its bars. */
    private static double[] carryForward(long[] axis, long[] times, double[] equity, double capital) {
        double[] out = new double[axis.length];
        int j = -1;
        for (int i = 0; i < axis.length; i++) {
            while (j + 1 < times.length && times[j + 1] <= axis[i]) {
                j++;
            }
            out[i] = j < 0 ? capital : equity[j];
        }
        return out;
    }

    private static void copyOntoAxis(TradeLog from, long[] times, long[] axis, TradeLog to) {
        for (int k = 0; k < from.size(); k++) {
            to.add(Arrays.binarySearch(axis, times[from.entryBar(k)]), Arrays.binarySearch(axis, times[from.exitBar(k)]),
                    from.entryTimeMillis(k), from.exitTimeMillis(k), from.side(k), from.quantity(k), from.entryPrice(k),
                    from.exitPrice(k), from.fees(k), from.pnl(k), from.exitReason(k), from.entryRegime(k));
        }
    }
}
