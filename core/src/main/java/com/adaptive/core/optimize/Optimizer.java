package com.adaptive.core.optimize;

import com.adaptive.core.backtest.BacktestConfig;
import com.adaptive.core.backtest.BacktestEngine;
import com.adaptive.core.backtest.BacktestResult;
import com.adaptive.core.backtest.TradeLog;
import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.metrics.MetricsCalculator;
import com.adaptive.core.metrics.PerformanceMetrics;
import com.adaptive.core.metrics.ReturnAccumulator;
import com.adaptive.core.strategy.IndicatorCache;
import com.adaptive.core.strategy.Strategies;
import com.adaptive.core.strategy.Strategy;
import com.adaptive.core.strategy.StrategyParams;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Backtests many parameter combinations of one strategy on one series with a fixed thread pool and ranks them.
 *
 * <p>All threads share one {@link IndicatorCache}, so each indicator is computed once per distinct parameter value
 * (an EMA of 20 serves every combination with fast=20); each thread reuses one trade log and one
 * {@link ReturnAccumulator}, which the engine feeds bar by bar instead of writing an equity curve.
 * Ranking: feasible results first, then by the metric (descending, or ascending for metrics where lower is better),
 * NaN last, ties by combination order — so the ranking does not depend on thread timing.
 */
public final class Optimizer {
    /** Metrics for which a smaller value ranks higher. */
    public static final Set<String> LOWER_IS_BETTER = Set.of("max_drawdown", "max_drawdown_duration_minutes",
            "annual_volatility", "fees_paid", "turnover");

    private final BacktestConfig config;
    private final int threads;

    public Optimizer(BacktestConfig config, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was: " + threads);
        }
        this.config = config;
        this.threads = threads;
    }

    /** Indicator columns computed during the last {@link #run}, for the reuse check. */
    private volatile int lastIndicatorComputations;

    public int lastIndicatorComputations() {
        return lastIndicatorComputations;
    }

    /**
     * Evaluates every combination of strategy {@code strategyId}; combinations the strategy rejects (e.g. fast ≥ slow)
     * are dropped. {@code regimes} may be null.
     */
    public List<OptimizationResult> run(BarSeries bars, byte[] regimes, String strategyId, List<StrategyParams> combinations,
                                        String metric, List<Constraint> constraints) {
        PerformanceMetrics probe = MetricsCalculator.compute(new double[] {1}, 1, null, MetricsCalculator.ALL_REGIMES,
                new TradeLog(), 1);
        probe.get(metric); // rejects an unknown metric name before any work
        for (Constraint c : constraints) {
            probe.get(c.metric());
        }
        double barMinutes = MetricsCalculator.barMinutes(bars.openTimeMillis());
        IndicatorCache cache = new IndicatorCache(bars);
        BacktestEngine engine = new BacktestEngine(config);
        int n = combinations.size();
        PerformanceMetrics[] metrics = new PerformanceMetrics[n];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "optimizer");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                workers.add(pool.submit(() -> {
                    // no equity curve: the engine feeds each bar's equity straight into the metrics' accumulator
                    ReturnAccumulator returns = new ReturnAccumulator();
                    TradeLog trades = new TradeLog(1024);
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        Strategy strategy;
                        try {
                            strategy = Strategies.create(strategyId, combinations.get(i));
                        } catch (IllegalArgumentException invalid) {
                            continue;
                        }
                        BacktestResult r = engine.run(bars, strategy.bind(bars, cache), strategy.warmupBars(), regimes,
                                null, null, trades, returns);
                        metrics[i] = MetricsCalculator.of(r, returns, barMinutes);
                    }
                }));
            }
            for (Future<?> f : workers) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("optimization interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("optimization failed: " + cause, cause);
        } finally {
            pool.shutdownNow();
        }
        lastIndicatorComputations = cache.computations();
        return rank(combinations, metrics, metric, constraints);
    }

    private static List<OptimizationResult> rank(List<StrategyParams> combinations, PerformanceMetrics[] metrics,
                                                 String metric, List<Constraint> constraints) {
        boolean ascending = LOWER_IS_BETTER.contains(metric);
        List<OptimizationResult> unranked = new ArrayList<>();
        for (int i = 0; i < metrics.length; i++) {
            PerformanceMetrics m = metrics[i];
            if (m == null) {
                continue;
            }
            boolean feasible = constraints.stream().allMatch(c -> c.test(m));
            unranked.add(new OptimizationResult(0, i, combinations.get(i), m, m.get(metric), feasible));
        }
        Comparator<OptimizationResult> byScore = (a, b) -> {
            boolean aNan = Double.isNaN(a.score());
            boolean bNan = Double.isNaN(b.score());
            if (aNan || bNan) {
                return Boolean.compare(aNan, bNan);
            }
            return ascending ? Double.compare(a.score(), b.score()) : Double.compare(b.score(), a.score());
        };
        unranked.sort(Comparator.comparing((OptimizationResult r) -> !r.feasible()).thenComparing(byScore)
                .thenComparingInt(OptimizationResult::combination));
        List<OptimizationResult> ranked = new ArrayList<>(unranked.size());
        for (int i = 0; i < unranked.size(); i++) {
            OptimizationResult r = unranked.get(i);
            ranked.add(new OptimizationResult(i + 1, r.combination(), r.params(), r.metrics(), r.score(), r.feasible()));
        }
        return ranked;
    }
}
