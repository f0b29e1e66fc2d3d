package com.adaptive.core.optimize;

import com.adaptive.core.metrics.PerformanceMetrics;
import com.adaptive.core.strategy.StrategyParams;

/** One evaluated combination: its place in the ranking, parameters, metrics and whether every constraint held. */
public record OptimizationResult(int rank, int combination, StrategyParams params, PerformanceMetrics metrics,
                                 double score, boolean feasible) {
}
