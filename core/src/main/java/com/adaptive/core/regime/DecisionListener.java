package com.adaptive.core.regime;

/** Receives each decision of a {@link RegimeClassifier} as primitives, so the hot path allocates nothing. */
@FunctionalInterface
public interface DecisionListener {
    void onDecision(long decisionTimeMillis, Regime regime, RegimeRule rule, Regime candidate, int confirmations,
                    double vwapSlope, double atrPercentile, double volRatio);
}
