package com.adaptive.core.regime;

/** Which rule of the classifier produced a decision; written into the decision's reason. */
public enum RegimeRule {
    /** An input is not yet defined (indicator warm-up) or undefined (a window without volume). */
    WARMUP,
    /** ATR percentile high and short-window volatility at least keeping up with the long window. */
    HIGH_VOL_ATR,
    /** Short-window volatility far above the long window, whatever the ATR percentile. */
    HIGH_VOL_SPIKE,
    /** ATR percentile still high but short-window volatility well below the long window: calming down. */
    VOL_FADING,
    /** VWAP slope steep enough to call a trend. */
    TREND_SLOPE,
    /** VWAP slope flat enough to call a range. */
    RANGE_FLAT,
    /** VWAP slope between the range and trend thresholds: the signals do not agree on either. */
    SLOPE_DEAD_BAND,
    /** The rules point to a new regime that has not yet held for the configured number of decisions. */
    UNCONFIRMED
}
