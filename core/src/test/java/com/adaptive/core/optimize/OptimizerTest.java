package com.adaptive.core.optimize;

import com.adaptive.core.backtest.BacktestConfig;
import com.adaptive.core.backtest.BacktestEngine;
import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.io.BarCsvReader;
import com.adaptive.core.metrics.MetricsCalculator;
import com.adaptive.core.metrics.PerformanceMetrics;
import com.adaptive.core.strategy.IndicatorCache;
import com.adaptive.core.strategy.Strategies;
import com.adaptive.core.strategy.Strategy;
import com.adaptive.core.strategy.StrategyParams;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OptimizerTest {
    private static BarSeries bars;

    @BeforeAll
    static void readBars() {
        bars = BarCsvReader.read(Path.of("../data/sample/ETH-USD_1m_2023-03-16_2023-05-01.csv.gz")).bars().slice(0, 10_000);
    }

    private static SearchSpace space() {
        return new SearchSpace(List.of(ParameterRange.parse("fast=10:20:5"), ParameterRange.parse("slow=40:60:10")));
    }

    @Test
    void gridEnumeratesTheCartesianProductLastRangeFastest() {
        List<StrategyParams> grid = space().grid(StrategyParams.empty());

        assertThat(space().gridSize()).isEqualTo(9);
        assertThat(grid).extracting(StrategyParams::toString)
                .containsExactly("fast=10 slow=40", "fast=10 slow=50", "fast=10 slow=60", "fast=15 slow=40",
                        "fast=15 slow=50", "fast=15 slow=60", "fast=20 slow=40", "fast=20 slow=50", "fast=20 slow=60");
    }

    @Test
    void decimalStepsDoNotDriftPastTheEnd() {
        assertThat(ParameterRange.parse("tp_atr=1:2:0.1").values()).hasSize(11).endsWith(2.0).contains(1.3);
    }

    @Test
    void eachIndicatorIsComputedOncePerDistinctValueAcrossAllCombinations() {
        Optimizer optimizer = new Optimizer(BacktestConfig.defaults(), 2);

        List<OptimizationResult> results = optimizer.run(bars, null, "S1", space().grid(StrategyParams.empty()),
                "sharpe", List.of());

        assertThat(results).hasSize(9);
        // EMA 10, 15, 20, 40, 50, 60 + session VWAP + ATR 14
        assertThat(optimizer.lastIndicatorComputations()).isEqualTo(8);
    }

    @Test
    void rankingIsTheSameOnOneAndTwoThreadsAndTheWinnerMatchesAStandaloneBacktest() {
        List<StrategyParams> combos = space().grid(StrategyParams.empty());
        List<OptimizationResult> one = new Optimizer(BacktestConfig.defaults(), 1).run(bars, null, "S1", combos, "total_return", List.of());
        List<OptimizationResult> two = new Optimizer(BacktestConfig.defaults(), 2).run(bars, null, "S1", combos, "total_return", List.of());

        assertThat(two).extracting(OptimizationResult::combination).containsExactlyElementsOf(
                one.stream().map(OptimizationResult::combination).toList());
        for (int i = 1; i < one.size(); i++) {
            assertThat(one.get(i - 1).score()).isGreaterThanOrEqualTo(one.get(i).score());
        }
        Strategy best = Strategies.create("S1", one.get(0).params());
        PerformanceMetrics standalone = MetricsCalculator.of(new BacktestEngine(BacktestConfig.defaults())
                .run(bars, best.bind(bars, IndicatorCache.of(bars)), best.warmupBars()), 1);
        assertThat(one.get(0).metrics()).isEqualTo(standalone);
    }

    @Test
    void constraintsPushInfeasibleResultsBelowFeasibleOnes() {
        List<OptimizationResult> results = new Optimizer(BacktestConfig.defaults(), 2).run(bars, null, "S1",
                space().grid(StrategyParams.empty()), "sharpe", List.of(Constraint.parse("trade_count>=100000")));

        assertThat(results).allMatch(r -> !r.feasible());
        assertThat(results.get(0).rank()).isEqualTo(1);
    }

    @Test
    void combinationsTheStrategyRejectsAreDropped() {
        List<StrategyParams> combos = new SearchSpace(List.of(ParameterRange.parse("fast=30:50:10"),
                ParameterRange.parse("slow=40"))).grid(StrategyParams.empty());

        List<OptimizationResult> results = new Optimizer(BacktestConfig.defaults(), 1).run(bars, null, "S1", combos,
                "sharpe", List.of());

        assertThat(results).extracting(r -> r.params().toString()).containsExactly("fast=30 slow=40");
    }

    @Test
    void randomSearchIsRepeatableForASeed() {
        assertThat(space().random(5, 42, StrategyParams.empty())).isEqualTo(space().random(5, 42, StrategyParams.empty()));
    }

    @Test
    void unknownMetricIsRejectedBeforeAnyWork() {
        assertThatThrownBy(() -> new Optimizer(BacktestConfig.defaults(), 1).run(bars, null, "S1",
                List.of(StrategyParams.empty()), "sharpness", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown metric 'sharpness'");
    }

    @Test
    void malformedGridIsRejectedWithItsText() {
        assertThatThrownBy(() -> ParameterRange.parse("fast=10-20"))
                .hasMessage("grid 'fast=10-20' must look like name=from:to:step with numbers");
    }
}
