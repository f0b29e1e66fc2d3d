package com.adaptive.core.regime;

/** Receives each decision of a {@link RegimeClassifier} as primitives, so the hot path allocates nothing. */
@FunctionalInterface
public interface DecisionListener {
    void onDecision(long decisionTimeMillis, Regime regime, RegimeRule rule, Regime candidate, int confirmations,
                    double vwapSlope, double atrPercentile, double volRatio);

    /**
     * The form the classifier calls: the decision with the inputs that are written into the reason only — drift_z,
     * the reversal window's z and the fast vol ratio. By default it drops them and calls the eight-argument form, so
     * listeners written before they existed keep working.
     */
    default void onDecision(long decisionTimeMillis, Regime regime, RegimeRule rule, Regime candidate, int confirmations,
                            double vwapSlope, double atrPercentile, double volRatio, double driftZ, double reversalZ,
                            double fastVolRatio) {
        onDecision(decisionTimeMillis, regime, rule, candidate, confirmations, vwapSlope, atrPercentile, volRatio);
    }
}
