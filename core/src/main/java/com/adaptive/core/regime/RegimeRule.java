package com.adaptive.core.regime;

/** Which rule of the classifier produced a decision; written into the decision's reason. */
public enum RegimeRule {
    /** An input is not yet defined (indicator warm-up) or undefined (a window without volume). */
    WARMUP(Regime.TRANSITION),
    /** ATR percentile high and short-window volatility at least keeping up with the long window. */
    HIGH_VOL_ATR(Regime.HIGH_VOLATILITY),
    /** Short-window volatility far above the long window, whatever the ATR percentile. */
    HIGH_VOL_SPIKE(Regime.HIGH_VOLATILITY),
    /** ATR percentile still high but short-window volatility well below the long window: calming down. */
    VOL_FADING(Regime.TRANSITION),
    /** VWAP slope steep enough to call a trend. */
    TREND_SLOPE(Regime.TRENDING),
    /** VWAP slope flat enough to call a range. */
    RANGE_FLAT(Regime.RANGING),
    /** VWAP slope between the range and trend thresholds: the signals do not agree on either. */
    SLOPE_DEAD_BAND(Regime.TRANSITION),
    /** The rules point to a new regime that has not yet held for the configured number of decisions. */
    UNCONFIRMED(Regime.TRANSITION);

    private final Regime regime;

    RegimeRule(Regime regime) {
        this.regime = regime;
    }

    /** The regime this rule reports. */
    public Regime regime() {
        return regime;
    }

    /**
     * Rules 1–4 of the classifier on one set of inputs (see {@link RegimeClassifier}): which rule fires. Pure, so
     * the thresholds can be tested without bars.
     */
    public static RegimeRule pick(double vwapSlope, double atrPercentile, double volRatio, RegimeConfig c) {
        if (!(vwapSlope == vwapSlope && atrPercentile == atrPercentile && volRatio == volRatio)
                || Double.isInfinite(vwapSlope) || Double.isInfinite(volRatio)) {
            return WARMUP;
        }
        if (volRatio >= c.volSpikeRatioMin()) {
            return HIGH_VOL_SPIKE;
        }
        if (atrPercentile >= c.highVolAtrPercentileMin()) {
            if (volRatio >= c.highVolRatioMin()) {
                return HIGH_VOL_ATR;
            }
            if (volRatio <= c.fadingRatioMax()) {
                return VOL_FADING;
            }
        }
        double abs = Math.abs(vwapSlope);
        if (abs >= c.trendSlopeMin()) {
            return TREND_SLOPE;
        }
        return abs <= c.rangeSlopeMax() ? RANGE_FLAT : SLOPE_DEAD_BAND;
    }
}
