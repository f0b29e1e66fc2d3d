package com.adaptive.core.regime;

/** Receives each decision of a {@link RegimeClassifier} as primitives, so the hot path allocates nothing. */
@FunctionalInterface
public interface DecisionListener {
    void onDecision(long decisionTimeMillis, Regime regime, RegimeRule rule, Regime candidate, int confirmations,
                    double vwapSlope, double atrPercentile, double volRatio);

    /**
     * The form the classifier calls: the decision with its fourth input, drift_z (normalised net move over the drift
     * window). By default it drops drift_z and calls the eight-argument form, so listeners written before drift_z
     * existed keep working.
     */
    default void onDecision(long decisionTimeMillis, Regime regime, RegimeRule rule, Regime candidate, int confirmations,
                            double vwapSlope, double atrPercentile, double volRatio, double driftZ) {
        onDecision(decisionTimeMillis, regime, rule, candidate, confirmations, vwapSlope, atrPercentile, volRatio);
    }
}
