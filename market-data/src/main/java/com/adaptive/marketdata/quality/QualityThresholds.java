package com.adaptive.marketdata.quality;

/**
 * When a quality check fails a batch; every field has a documented default in {@link #DEFAULTS}.
 *
 * @param maxMissingShare       fail when more than this share of expected bars is missing (default 0.01 = 1 %)
 * @param maxDuplicates         fail when more open times than this arrive more than once (default 0)
 * @param maxZeroVolumeRunBars  fail when a run of consecutive zero-volume bars is longer (default 120: two hours of
 *                              1m bars; the bundled 2023 sample holds a real 72-minute Binance halt, which passes)
 * @param jumpSigmas            flag a close-to-close log return further than this many robust sigmas
 *                              (1.4826 x MAD) from the median (default 10)
 * @param maxPriceJumpShare     fail when more than this share of the compared returns is flagged (default 0.01 =
 *                              1 %; jumps are flagged, never dropped, and 1m crypto returns are fat-tailed: the bundled
 *                              2023 BTC sample has 186 returns beyond 10 sigmas out of 66,085, 0.28 %, so only a flood
 *                              of bad ticks fails a batch)
 * @param staleAfterBars        fail when the latest bar is more than this many closed bars behind the clock
 *                              (default 3); 0 turns the staleness check off, as backfills of old ranges need
 */
public record QualityThresholds(double maxMissingShare, int maxDuplicates, int maxZeroVolumeRunBars, double jumpSigmas,
                                double maxPriceJumpShare, int staleAfterBars) {

    /** The defaults listed above. */
    public static final QualityThresholds DEFAULTS = new QualityThresholds(0.01, 0, 120, 10.0, 0.01, 3);

    public QualityThresholds {
        if (!(maxMissingShare >= 0 && maxMissingShare <= 1)) {
            throw new IllegalArgumentException("maxMissingShare must be in [0, 1], was: " + maxMissingShare);
        }
        if (maxDuplicates < 0) {
            throw new IllegalArgumentException("maxDuplicates must not be negative, was: " + maxDuplicates);
        }
        if (maxZeroVolumeRunBars < 0) {
            throw new IllegalArgumentException("maxZeroVolumeRunBars must not be negative, was: " + maxZeroVolumeRunBars);
        }
        if (!(jumpSigmas > 0)) {
            throw new IllegalArgumentException("jumpSigmas must be positive, was: " + jumpSigmas);
        }
        if (!(maxPriceJumpShare >= 0 && maxPriceJumpShare <= 1)) {
            throw new IllegalArgumentException("maxPriceJumpShare must be in [0, 1], was: " + maxPriceJumpShare);
        }
        if (staleAfterBars < 0) {
            throw new IllegalArgumentException("staleAfterBars must not be negative (0 turns the check off), was: " + staleAfterBars);
        }
    }

    public QualityThresholds withMaxMissingShare(double share) {
        return new QualityThresholds(share, maxDuplicates, maxZeroVolumeRunBars, jumpSigmas, maxPriceJumpShare, staleAfterBars);
    }

    public QualityThresholds withMaxDuplicates(int count) {
        return new QualityThresholds(maxMissingShare, count, maxZeroVolumeRunBars, jumpSigmas, maxPriceJumpShare, staleAfterBars);
    }

    public QualityThresholds withMaxZeroVolumeRunBars(int bars) {
        return new QualityThresholds(maxMissingShare, maxDuplicates, bars, jumpSigmas, maxPriceJumpShare, staleAfterBars);
    }

    public QualityThresholds withJumpSigmas(double sigmas) {
        return new QualityThresholds(maxMissingShare, maxDuplicates, maxZeroVolumeRunBars, sigmas, maxPriceJumpShare, staleAfterBars);
    }

    public QualityThresholds withMaxPriceJumpShare(double share) {
        return new QualityThresholds(maxMissingShare, maxDuplicates, maxZeroVolumeRunBars, jumpSigmas, share, staleAfterBars);
    }

    public QualityThresholds withStaleAfterBars(int bars) {
        return new QualityThresholds(maxMissingShare, maxDuplicates, maxZeroVolumeRunBars, jumpSigmas, maxPriceJumpShare, bars);
    }
}
