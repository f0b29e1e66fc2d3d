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
 * @param driftZ             blended normalised net move of the drift windows (see RegimeConfig); written in the reason
 * @param reversalZ          normalised net move of the reversal window; written in the reason of TREND_REVERSING
 * @param fastVolRatio       rms of the fast volatility window's returns / of the long drift window's; in VOL_RISING's reason
 */
public record RegimeDecision(long decisionTimeMillis, Regime regime, RegimeRule rule, Regime candidate, int confirmations,
                             double vwapSlope, double atrPercentile, double volRatio, double driftZ, double reversalZ,
                             double fastVolRatio) {

    /** A decision without the reason-only inputs (NaN), as the first classifier version made them. */
    public RegimeDecision(long decisionTimeMillis, Regime regime, RegimeRule rule, Regime candidate, int confirmations,
                          double vwapSlope, double atrPercentile, double volRatio) {
        this(decisionTimeMillis, regime, rule, candidate, confirmations, vwapSlope, atrPercentile, volRatio, Double.NaN, Double.NaN,
                Double.NaN);
    }

    /** A one-line human reason naming the rule and the numbers it compared, without commas (CSV-safe). */
    public String reason(RegimeConfig c) {
        String drift = f(" drift_z %.3f", driftZ);
        double score = RegimeRule.driftScore(driftZ, volRatio, c);
        return switch (rule) {
            case WARMUP -> "undefined input: indicator warm-up or a window without volume or range";
            case HIGH_VOL_ATR -> f("atr_percentile %.3f >= %.3f and vol_ratio %.3f >= %.3f", atrPercentile,
                    c.highVolAtrPercentileMin(), volRatio, c.highVolRatioMin()) + drift;
            case HIGH_VOL_SPIKE -> f("vol_ratio %.3f >= %.3f", volRatio, c.volSpikeRatioMin()) + drift;
            case HIGH_VOL_NO_DRIFT -> f("vol_ratio %.3f >= %.3f and |drift_z| %.3f < %.3f", volRatio, c.highVolRatioMin(),
                    Math.abs(driftZ), c.highVolDriftMax());
            case VOL_FADING -> f("atr_percentile %.3f >= %.3f but vol_ratio %.3f <= %.3f: volatility fading", atrPercentile,
                    c.highVolAtrPercentileMin(), volRatio, c.fadingRatioMax()) + drift;
            case VOL_RISING -> (fastVolRatio >= c.fastVolRatioMin()
                    ? f("fast vol ratio %.3f >= %.3f: volatility rising", fastVolRatio, c.fastVolRatioMin())
                    : f("vol_ratio %.3f >= %.3f but drift score %.3f < %.3f: volatility rising", volRatio, c.volRisingRatioMin(),
                    score, c.trendDriftMin())) + drift;
            case TREND_REVERSING -> f("drift score %.3f >= %.3f but the last %d bars moved against it: z %.3f", score,
                    c.trendDriftMin(), c.reversalWindowBars(), reversalZ) + drift;
            case TREND_SLOPE -> f("drift score %.3f >= %.3f and |vwap_slope| %.3f >= %.3f", score, c.trendDriftMin(),
                    Math.abs(vwapSlope), c.trendSlopeMin()) + drift;
            case RANGE_FLAT -> (score <= c.rangeDriftMax() ? f("drift score %.3f <= %.3f", score, c.rangeDriftMax())
                    : f("|vwap_slope| %.3f <= %.3f", Math.abs(vwapSlope), c.rangeSlopeMax())) + drift;
            case SLOPE_DEAD_BAND -> f("drift score %.3f or |vwap_slope| %.3f between range and trend thresholds", score,
                    Math.abs(vwapSlope)) + drift;
            case HOLD_TREND, HOLD_RANGE -> f("drift score %.3f between %.3f and %.3f (|vwap_slope| %.3f): %s holds", score,
                    c.rangeDriftMax(), c.trendDriftMin(), Math.abs(vwapSlope), regime) + drift;
            case UNCONFIRMED -> "unconfirmed " + candidate + " " + confirmations + "/" + c.confirmDecisions() + " decisions" + drift;
        };
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
