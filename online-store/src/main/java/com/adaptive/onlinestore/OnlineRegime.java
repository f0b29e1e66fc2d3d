package com.adaptive.onlinestore;

import com.adaptive.core.regime.Regime;

/**
 * The latest regime decision of one symbol, as the online store keeps it.
 *
 * @param decisionTimeMillis close time of the 5-minute bucket the decision was made at
 * @param rule               the classifier rule that fired
 * @param reason             one human line naming the rule and its numbers
 * @param classifierVersion  which classifier configuration decided it
 */
public record OnlineRegime(String symbol, long decisionTimeMillis, Regime regime, String rule, String reason,
                           String classifierVersion, double vwapSlope, double atrPercentile, double volRatio,
                           long materializedAtMillis) {

    public OnlineRegime {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("symbol must not be blank");
        }
        if (regime == null) {
            throw new IllegalArgumentException("regime of " + symbol + " must not be null");
        }
    }

    /** This decision stamped with the time it was written. */
    public OnlineRegime materializedAt(long millis) {
        return new OnlineRegime(symbol, decisionTimeMillis, regime, rule, reason, classifierVersion, vwapSlope, atrPercentile,
                volRatio, millis);
    }
}
