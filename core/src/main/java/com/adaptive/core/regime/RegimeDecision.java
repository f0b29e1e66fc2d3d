package com.adaptive.core.regime;

import java.util.Locale;

/**
 * One classifier decision: the close time of the 5-minute bucket it was made at, the regime, the rule that
 * fired, the rules' own pick (which differs from the regime while a change is unconfirmed) and the inputs.
 *
 * @param decisionTimeMillis close time of the bucket, a multiple of 5 minutes; only bars closed by then were used
 * @param regime             the reported regime
 * @param rule               the rule that produced it
 * @param candidate          what the rules pointed to at this decision
 * @param confirmations      consecutive decisions the candidate has held (for UNCONFIRMED)
 * @param vwapSlope          slope of the rolling VWAP over the slope window, in ATRs per slope window
 * @param atrPercentile      percentile rank of the current ATR among the hourly ATR samples of the window, 0..1
 * @param volRatio           short-window over long-window realized volatility of log returns
 */
public record RegimeDecision(long decisionTimeMillis, Regime regime, RegimeRule rule, Regime candidate, int confirmations,
                             double vwapSlope, double atrPercentile, double volRatio) {

    /** A one-line human reason naming the rule and the numbers it compared, without commas (CSV-safe). */
    public String reason(RegimeConfig c) {
        return switch (rule) {
            case WARMUP -> "undefined input: indicator warm-up or a window without volume or range";
            case HIGH_VOL_ATR -> f("atr_percentile %.3f >= %.3f and vol_ratio %.3f >= %.3f", atrPercentile,
                    c.highVolAtrPercentileMin(), volRatio, c.highVolRatioMin());
            case HIGH_VOL_SPIKE -> f("vol_ratio %.3f >= %.3f", volRatio, c.volSpikeRatioMin());
            case VOL_FADING -> f("atr_percentile %.3f >= %.3f but vol_ratio %.3f <= %.3f: volatility fading", atrPercentile,
                    c.highVolAtrPercentileMin(), volRatio, c.fadingRatioMax());
            case TREND_SLOPE -> f("|vwap_slope| %.3f >= %.3f", Math.abs(vwapSlope), c.trendSlopeMin());
            case RANGE_FLAT -> f("|vwap_slope| %.3f <= %.3f", Math.abs(vwapSlope), c.rangeSlopeMax());
            case SLOPE_DEAD_BAND -> f("|vwap_slope| %.3f between %.3f and %.3f", Math.abs(vwapSlope), c.rangeSlopeMax(),
                    c.trendSlopeMin());
            case UNCONFIRMED -> "unconfirmed " + candidate + " " + confirmations + "/" + c.confirmDecisions() + " decisions";
        };
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
