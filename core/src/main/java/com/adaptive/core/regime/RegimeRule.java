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
    /** Short-window volatility rising above the long window but neither high yet nor carried by a drift: a change has begun. */
    VOL_RISING(Regime.TRANSITION),
    /** Drift score inside the hysteresis band while the current regime is TRENDING: the trend holds. */
    HOLD_TREND(Regime.TRENDING),
    /** Drift score inside the hysteresis band while the current regime is RANGING: the range holds. */
    HOLD_RANGE(Regime.RANGING);

    private final Regime regime;

    RegimeRule(Regime regime) {
        this.regime = regime;
    }

    /** The regime this rule reports. */
    public Regime regime() {
        return regime;
    }

    /**
     * The rules of the classifier on one set of inputs (see {@link RegimeClassifier}): which rule fires. Pure, so
     * the thresholds can be tested without bars. {@code driftZ} is the normalised net move over the drift window.
     */
    public static RegimeRule pick(double vwapSlope, double atrPercentile, double volRatio, double driftZ, RegimeConfig c) {
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
            return TREND_SLOPE;
        }
        if (volRatio >= c.volRisingRatioMin() && score < c.trendDriftMin()) {
            return VOL_RISING;
        }
        return score <= c.rangeDriftMax() || slope <= c.rangeSlopeMax() ? RANGE_FLAT : SLOPE_DEAD_BAND;
    }

    /** The drift score the trend and range rules compare: |drift_z| + driftVolWeight × (vol_ratio − 1). */
    public static double driftScore(double driftZ, double volRatio, RegimeConfig c) {
        return Math.abs(driftZ) + c.driftVolWeight() * (volRatio - 1.0);
    }
}
