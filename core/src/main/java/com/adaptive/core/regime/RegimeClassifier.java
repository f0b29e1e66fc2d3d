package com.adaptive.core.regime;

import com.adaptive.core.indicator.AtrIndicator;
import com.adaptive.core.indicator.LinearRegressionSlopeIndicator;
import com.adaptive.core.indicator.PercentileRankIndicator;
import com.adaptive.core.indicator.RealizedVolatilityIndicator;
import com.adaptive.core.indicator.RollingVwapIndicator;

/**
 * The streaming regime classifier: feed 1m bars in time order with {@link #onBar}; on the close of every
 * 5-minute UTC bucket that holds at least one bar it makes one decision from bars closed by then and hands it to
 * the listener. A bucket closes when its last minute's bar arrives or, across a gap, when a later bar does.
 *
 * <p>Rules, in order (thresholds from {@link RegimeConfig}; see {@link RegimeRule#pick}):
 * <ol>
 *   <li>an input undefined → TRANSITION (WARMUP);</li>
 *   <li>vol_ratio ≥ volSpikeRatioMin → HIGH_VOLATILITY (HIGH_VOL_SPIKE);</li>
 *   <li>vol_ratio ≥ highVolRatioMin with atr_percentile ≥ highVolAtrPercentileMin (HIGH_VOL_ATR) or with
 *       |drift_z| &lt; highVolDriftMax (HIGH_VOL_NO_DRIFT) → HIGH_VOLATILITY;</li>
 *   <li>atr_percentile ≥ highVolAtrPercentileMin and vol_ratio ≤ fadingRatioMax → TRANSITION (VOL_FADING);</li>
 *   <li>drift score = |drift_z| + driftVolWeight × (vol_ratio − 1); score ≥ trendDriftMin and |vwap_slope| ≥
 *       trendSlopeMin → TRENDING (TREND_SLOPE), unless the reversal window's z runs against drift_z by more than
 *       trendReversalZ → TRANSITION (TREND_REVERSING); otherwise vol_ratio ≥ volRisingRatioMin with score below
 *       trendDriftMin, or the fast vol ratio ≥ fastVolRatioMin → TRANSITION (VOL_RISING); score ≤ rangeDriftMax or |vwap_slope| ≤ rangeSlopeMax → RANGING
 *       (RANGE_FLAT); in between the current TRENDING or RANGING regime holds (HOLD_TREND, HOLD_RANGE: hysteresis),
 *       with none to hold TRANSITION (SLOPE_DEAD_BAND);</li>
 *   <li>a pick other than the current regime is reported as TRANSITION (UNCONFIRMED) until it has held for
 *       confirmDecisions consecutive decisions.</li>
 * </ol>
 * drift_z (see {@link ReturnWindows}) blends the normalised net move Σr/√Σr² of the last driftWindowBars and
 * driftLongWindowBars log returns; it, the reversal z and the fast vol ratio are written into the decision's reason,
 * not CSV columns. The short volatility window, the drift, reversal and fast-volatility windows share one ring of
 * log returns.
 * atr_percentile ranks the current ATR(14) against the ATRs sampled on each hour's close over the last
 * atrPercentileSamples hours. Per bar the work is O(1) (O(log n) for the ATR rank, once per bucket) and allocates
 * nothing.
 */
public final class RegimeClassifier {
    static final long BUCKET_MILLIS = 300_000L;
    private static final long BAR_MILLIS = 60_000L;
    private static final long SAMPLE_MILLIS = 3_600_000L;

    private final RegimeConfig config;
    private final DecisionListener listener;
    private final AtrIndicator atr;
    private final RollingVwapIndicator vwap;
    private final LinearRegressionSlopeIndicator vwapSlope;
    private final RealizedVolatilityIndicator longVol;
    private final PercentileRankIndicator atrPercentile;
    private final ReturnWindows returns;
    private final double slopeScale;

    private long lastOpenTime = Long.MIN_VALUE;
    private long currentBucketStart = Long.MIN_VALUE / 2;
    private long nextSampleTime = Long.MIN_VALUE;
    private long pendingBucketEnd = Long.MIN_VALUE;
    private double prevClose = Double.NaN;
    private Regime current = Regime.TRANSITION;
    private Regime pendingCandidate = Regime.TRANSITION;
    private int pendingCount;
    private long decisions;

    public RegimeClassifier(RegimeConfig config, DecisionListener listener) {
        this.config = config;
        this.listener = listener;
        this.atr = new AtrIndicator(config.atrPeriodBars());
        this.vwap = new RollingVwapIndicator(config.vwapWindowBars());
        this.vwapSlope = new LinearRegressionSlopeIndicator(config.slopeWindowBars());
        this.longVol = new RealizedVolatilityIndicator(config.longVolBars());
        this.atrPercentile = new PercentileRankIndicator(config.atrPercentileSamples());
        this.returns = new ReturnWindows(config.shortVolBars(), config.driftWindowBars(), config.driftLongWindowBars(),
                config.driftLongWeight(), config.reversalWindowBars(), config.fastVolBars());
        this.slopeScale = config.slopeWindowBars();
    }

    public RegimeConfig config() {
        return config;
    }

    /** Decisions made so far. */
    public long decisions() {
        return decisions;
    }

    /**
     * Adds one closed 1m bar; first closes (decides) any earlier bucket that this bar proves complete, then the
     * bar's own bucket if the bar is its last minute. Open times must be minute-aligned and strictly ascending.
     */
    public void onBar(long openTimeMillis, double high, double low, double close, double volume) {
        long offset = openTimeMillis - currentBucketStart;
        // inside the current bucket the five valid minute offsets are checked by comparison: no 64-bit division per bar
        if (openTimeMillis <= lastOpenTime || offset < 0 || offset >= BUCKET_MILLIS
                || (offset != 0 && offset != BAR_MILLIS && offset != 2 * BAR_MILLIS && offset != 3 * BAR_MILLIS && offset != 4 * BAR_MILLIS)) {
            if (openTimeMillis <= lastOpenTime || Math.floorMod(openTimeMillis, BAR_MILLIS) != 0) {
                throw new IllegalArgumentException("bar open time " + openTimeMillis + " must be minute-aligned and after "
                        + lastOpenTime);
            }
            currentBucketStart = openTimeMillis - Math.floorMod(openTimeMillis, BUCKET_MILLIS);
            offset = openTimeMillis - currentBucketStart;
        }
        lastOpenTime = openTimeMillis;
        long bucketEnd = currentBucketStart + BUCKET_MILLIS;
        if (pendingBucketEnd != Long.MIN_VALUE && bucketEnd != pendingBucketEnd) {
            decide(pendingBucketEnd);
        }
        atr.update(high, low, close);
        vwapSlope.add(vwap.update(high, low, close, volume));
        if (prevClose == prevClose) {
            // one log per bar serves every window: the long volatility window and the ring of the short ones
            double r = Math.log(close / prevClose);
            longVol.addReturn(r);
            returns.add(r);
        }
        prevClose = close;
        if (offset == 4 * BAR_MILLIS) {
            decide(bucketEnd);
            pendingBucketEnd = Long.MIN_VALUE;
        } else {
            pendingBucketEnd = bucketEnd;
        }
    }

    private void decide(long decisionTime) {
        double atrNow = atr.value();
        double pct = atrPercentile.rankInWindow(atrNow);
        if (decisionTime >= nextSampleTime) {
            if (decisionTime > nextSampleTime) {
                // first decision or after a gap: find the hour at or after this decision without dividing every time
                nextSampleTime = decisionTime - Math.floorMod(decisionTime, SAMPLE_MILLIS);
                nextSampleTime += nextSampleTime < decisionTime ? SAMPLE_MILLIS : 0;
            }
            if (decisionTime == nextSampleTime) {
                // the reference set grows on the hour only: ranking is cheap, reshaping the set is rare
                atrPercentile.add(atrNow);
                nextSampleTime += SAMPLE_MILLIS;
            }
        }
        double slope = vwapSlope.value() * slopeScale / atrNow;
        double ratio = returns.volatility() / longVol.value();
        double driftZ = returns.driftZ();
        double reversalZ = returns.reversalZ();
        double fastVolRatio = returns.fastVolRatio();
        RegimeRule rule = RegimeRule.pick(slope, pct, ratio, driftZ, reversalZ, fastVolRatio, config);
        if (rule == RegimeRule.SLOPE_DEAD_BAND) {
            // hysteresis: inside the band the current trend or range holds; with nothing to hold it stays TRANSITION
            rule = current == Regime.TRENDING ? RegimeRule.HOLD_TREND : current == Regime.RANGING ? RegimeRule.HOLD_RANGE : rule;
        }
        Regime candidate = rule.regime();
        Regime reported;
        if (candidate == Regime.TRANSITION || candidate == current) {
            reported = candidate;
            pendingCount = 0;
            pendingCandidate = Regime.TRANSITION;
        } else {
            pendingCount = candidate == pendingCandidate ? pendingCount + 1 : 1;
            pendingCandidate = candidate;
            if (pendingCount >= config.confirmDecisions()) {
                current = candidate;
                reported = candidate;
                pendingCount = 0;
                pendingCandidate = Regime.TRANSITION;
            } else {
                reported = Regime.TRANSITION;
                rule = RegimeRule.UNCONFIRMED;
            }
        }
        decisions++;
        listener.onDecision(decisionTime, reported, rule, candidate, rule == RegimeRule.UNCONFIRMED ? pendingCount : 0,
                slope, pct, ratio, driftZ, reversalZ, fastVolRatio);
    }
}
