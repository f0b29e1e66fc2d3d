package com.adaptive.core.regime;

/** Which rule of the classifier produced a decision; written into the decision's reason. */
public enum RegimeRule {
    /** An input is not yet defined (indicator warm-up) or undefined (a window without volume). */
    WARMUP(Regime.TRANSITION),
    /** ATR percentile high and short-window volatility well above the long window. */
    HIGH_VOL_ATR(Regime.HIGH_VOLATILITY),
    /** Short-window volatility far above the long window, whatever the ATR percentile. */
    HIGH_VOL_SPIKE(Regime.HIGH_VOLATILITY),
    /** ATR percentile still high but short-window volatility well below the long window: calming down. */
    VOL_FADING(Regime.TRANSITION),
    /** Drift score high enough to call a trend, and the VWAP slope steep enough to agree. */
    TREND_SLOPE(Regime.TRENDING),
    /** Drift score low enough to call a range, or the VWAP slope flat. */
    RANGE_FLAT(Regime.RANGING),
    /**
     * Drift score or VWAP slope between the range and trend thresholds with no TRENDING or RANGING regime to hold
     * (the classifier turns it into HOLD_TREND or HOLD_RANGE when there is): the signals do not agree on either.
     */
    SLOPE_DEAD_BAND(Regime.TRANSITION),
    /** The rules point to a new regime that has not yet held for the configured number of decisions. */
    UNCONFIRMED(Regime.TRANSITION),
    /** Short-window volatility well above the long window and no net move over the drift window: a burst, not a trend. */
    HIGH_VOL_NO_DRIFT(Regime.HIGH_VOLATILITY),
    /**
     * Volatility rising — vol_ratio above volRisingRatioMin without a trend's drift score, or the fast vol ratio above
     * fastVolRatioMin — but not yet high and not a trend: a change has begun.
     */
    VOL_RISING(Regime.TRANSITION),
    /** Drift score inside the hysteresis band while the current regime is TRENDING: the trend holds. */
    HOLD_TREND(Regime.TRENDING),
    /** Drift score inside the hysteresis band while the current regime is RANGING: the range holds. */
    HOLD_RANGE(Regime.RANGING),
    /** Drift score and VWAP slope say trend, but the last reversalWindowBars moved against it: the trend may be ending. */
    TREND_REVERSING(Regime.TRANSITION);

    private final Regime regime;

    RegimeRule(Regime regime) {
        this.regime = regime;
    }

    /** The regime this rule reports. */
    public Regime regime() {
        return regime;
    }

    /**
     * The rules of the classifier on one set of inputs without the reversal and fast-volatility checks (their inputs
     * NaN, so neither fires).
     */
    public static RegimeRule pick(double vwapSlope, double atrPercentile, double volRatio, double driftZ, RegimeConfig c) {
        return pick(vwapSlope, atrPercentile, volRatio, driftZ, Double.NaN, Double.NaN, c);
    }

    /**
     * The rules of the classifier on one set of inputs (see {@link RegimeClassifier}): which rule fires. Pure, so
     * the thresholds can be tested without bars. {@code driftZ} is the blended normalised net move of the drift
     * windows, {@code reversalZ} the normalised net move of the reversal window and {@code fastVolRatio} the fast vol
     * ratio; a NaN reversalZ or fastVolRatio (a window without movement) never fires its rule.
     */
    public static RegimeRule pick(double vwapSlope, double atrPercentile, double volRatio, double driftZ, double reversalZ,
                                  double fastVolRatio, RegimeConfig c) {
        if (!(vwapSlope == vwapSlope && atrPercentile == atrPercentile && volRatio == volRatio && driftZ == driftZ)
                || Double.isInfinite(vwapSlope) || Double.isInfinite(volRatio) || Double.isInfinite(driftZ)) {
            return WARMUP;
        }
        if (volRatio >= c.volSpikeRatioMin()) {
            return HIGH_VOL_SPIKE;
        }
        double drift = Math.abs(driftZ);
        boolean highPct = atrPercentile >= c.highVolAtrPercentileMin();
        if (volRatio >= c.highVolRatioMin()) {
            if (highPct) {
                return HIGH_VOL_ATR;
            }
            if (drift < c.highVolDriftMax()) {
                return HIGH_VOL_NO_DRIFT;
            }
        }
        if (highPct && volRatio <= c.fadingRatioMax()) {
            return VOL_FADING;
        }
        double score = driftScore(driftZ, volRatio, c);
        double slope = Math.abs(vwapSlope);
        if (score >= c.trendDriftMin() && slope >= c.trendSlopeMin()) {
            return (driftZ >= 0 ? reversalZ : -reversalZ) < -c.trendReversalZ() ? TREND_REVERSING : TREND_SLOPE;
        }
        if ((volRatio >= c.volRisingRatioMin() && score < c.trendDriftMin()) || fastVolRatio >= c.fastVolRatioMin()) {
            return VOL_RISING;
        }
        return score <= c.rangeDriftMax() || slope <= c.rangeSlopeMax() ? RANGE_FLAT : SLOPE_DEAD_BAND;
    }

    /** The drift score the trend and range rules compare: |drift_z| + driftVolWeight × (vol_ratio − 1). */
    public static double driftScore(double driftZ, double volRatio, RegimeConfig c) {
        return Math.abs(driftZ) + c.driftVolWeight() * (volRatio - 1.0);
    }
}
