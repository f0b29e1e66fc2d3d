package com.adaptive.marketdata.quality;

import com.adaptive.core.bar.BarInterval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What {@link DataQualityChecker} found in one batch of bars, judged against thresholds.
 *
 * @param interval        bar interval checked
 * @param fromMillis      start of the expected window (inclusive)
 * @param toMillis        end of the expected window (exclusive)
 * @param bars            distinct bars present in the window
 * @param expectedBars    bars the window should hold
 * @param gaps            holes, in time order
 * @param duplicates      open times that arrived more than once
 * @param zeroVolumeRuns  runs of consecutive zero-volume bars
 * @param priceJumps      flagged close-to-close returns (kept in the data, only flagged)
 * @param returnsCompared close-to-close returns judged for jumps (0 when fewer than
 *                        {@link DataQualityChecker#MIN_RETURNS_FOR_JUMPS} were available: too few to estimate sigma)
 * @param robustSigma     1.4826 x MAD of the log returns (0 when not estimated or a flat series)
 * @param latestOpenMillis open time of the latest bar, or -1 when there is none
 * @param behindBars      closed bars after the latest bar by the clock at check time, or -1 when there are no bars
 * @param thresholds      the thresholds judged against
 */
public record QualityReport(BarInterval interval, long fromMillis, long toMillis, int bars, long expectedBars,
                            List<Gap> gaps, List<Duplicate> duplicates, List<ZeroVolumeRun> zeroVolumeRuns,
                            List<PriceJump> priceJumps, int returnsCompared, double robustSigma, long latestOpenMillis, long behindBars,
                            QualityThresholds thresholds) {

    /** {@code missingBars} consecutive open times absent, the first at {@code firstMissingMillis}. */
    public record Gap(long firstMissingMillis, long missingBars) {
    }

    /** An open time that arrived {@code copies} times; {@code conflicting} when the copies differ in any value. */
    public record Duplicate(long openTimeMillis, int copies, boolean conflicting) {
    }

    /** {@code bars} consecutive bars with volume 0 starting at {@code startMillis}. */
    public record ZeroVolumeRun(long startMillis, int bars) {
    }

    /** The close-to-close log return into the bar at {@code openTimeMillis}, {@code sigmas} robust sigmas from the median. */
    public record PriceJump(long openTimeMillis, double logReturn, double sigmas) {
    }

    public QualityReport {
        gaps = List.copyOf(gaps);
        duplicates = List.copyOf(duplicates);
        zeroVolumeRuns = List.copyOf(zeroVolumeRuns);
        priceJumps = List.copyOf(priceJumps);
    }

    public long missingBars() {
        long missing = 0;
        for (Gap gap : gaps) {
            missing += gap.missingBars();
        }
        return missing;
    }

    /** Missing bars over expected bars; 0 for an empty window. */
    public double missingShare() {
        return expectedBars == 0 ? 0 : (double) missingBars() / expectedBars;
    }

    /** Flagged returns over compared returns; 0 when none were compared. */
    public double priceJumpShare() {
        return returnsCompared == 0 ? 0 : (double) priceJumps.size() / returnsCompared;
    }

    public int longestZeroVolumeRunBars() {
        return zeroVolumeRuns.stream().mapToInt(ZeroVolumeRun::bars).max().orElse(0);
    }

    /** True when the staleness check is on and the latest bar lags the clock by more than allowed (or there is none). */
    public boolean stale() {
        return thresholds.staleAfterBars() > 0 && (behindBars < 0 || behindBars > thresholds.staleAfterBars());
    }

    /** Every threshold broken, each with the reason; empty when the batch passes. */
    public List<QualityBreach> breaches() {
        List<QualityBreach> out = new ArrayList<>();
        if (missingShare() > thresholds.maxMissingShare()) {
            Gap largest = gaps.stream().max(Comparator.comparingLong(Gap::missingBars)).orElseThrow();
            out.add(new QualityBreach(QualityFinding.MISSING_SHARE, "maxMissingShare", String.format(Locale.ROOT,
                    "missing share %s exceeds maxMissingShare %s: %d of %d expected %s bars missing in %d gaps, largest %d bars from %s",
                    percent(missingShare()), percent(thresholds.maxMissingShare()), missingBars(), expectedBars,
                    interval.label(), gaps.size(), largest.missingBars(), Instant.ofEpochMilli(largest.firstMissingMillis()))));
        }
        if (duplicates.size() > thresholds.maxDuplicates()) {
            long conflicting = duplicates.stream().filter(Duplicate::conflicting).count();
            out.add(new QualityBreach(QualityFinding.DUPLICATE, "maxDuplicates", duplicates.size()
                    + " duplicated open times (" + conflicting + " with differing values) exceed maxDuplicates "
                    + thresholds.maxDuplicates() + ", first at " + Instant.ofEpochMilli(duplicates.get(0).openTimeMillis())));
        }
        if (longestZeroVolumeRunBars() > thresholds.maxZeroVolumeRunBars()) {
            ZeroVolumeRun run = zeroVolumeRuns.stream().max(Comparator.comparingInt(ZeroVolumeRun::bars)).orElseThrow();
            out.add(new QualityBreach(QualityFinding.ZERO_VOLUME_RUN, "maxZeroVolumeRunBars", "zero-volume run of "
                    + run.bars() + " " + interval.label() + " bars from " + Instant.ofEpochMilli(run.startMillis())
                    + " exceeds maxZeroVolumeRunBars " + thresholds.maxZeroVolumeRunBars()));
        }
        if (priceJumpShare() > thresholds.maxPriceJumpShare()) {
            PriceJump largest = priceJumps.stream().max(Comparator.comparingDouble(j -> Math.abs(j.sigmas()))).orElseThrow();
            out.add(new QualityBreach(QualityFinding.PRICE_JUMP, "maxPriceJumpShare", String.format(Locale.ROOT,
                    "price jump share %s exceeds maxPriceJumpShare %s: %d of %d returns beyond %s robust sigmas, largest %.1f sigmas at %s",
                    percent(priceJumpShare()), percent(thresholds.maxPriceJumpShare()), priceJumps.size(), returnsCompared,
                    trim(thresholds.jumpSigmas()), Math.abs(largest.sigmas()),
                    Instant.ofEpochMilli(largest.openTimeMillis()))));
        }
        if (stale()) {
            out.add(new QualityBreach(QualityFinding.STALE, "staleAfterBars", behindBars < 0
                    ? "no " + interval.label() + " bars at all, staleAfterBars is " + thresholds.staleAfterBars()
                    : "latest " + interval.label() + " bar " + Instant.ofEpochMilli(latestOpenMillis) + " is " + behindBars
                    + " closed bars behind the clock, more than staleAfterBars " + thresholds.staleAfterBars()));
        }
        return out;
    }

    public boolean passed() {
        return breaches().isEmpty();
    }

    /** Every finding as a flat row for the {@code data_quality} table (a missing-share row always, stale only if stale). */
    public List<QualityFinding> findings() {
        List<QualityFinding> out = new ArrayList<>();
        for (Gap g : gaps) {
            out.add(new QualityFinding(QualityFinding.GAP, g.firstMissingMillis(), g.missingBars(),
                    g.missingBars() + " missing " + interval.label() + " bars"));
        }
        for (Duplicate d : duplicates) {
            out.add(new QualityFinding(QualityFinding.DUPLICATE, d.openTimeMillis(), d.copies(),
                    d.copies() + " copies" + (d.conflicting() ? " with differing values" : ", identical")));
        }
        for (ZeroVolumeRun z : zeroVolumeRuns) {
            out.add(new QualityFinding(QualityFinding.ZERO_VOLUME_RUN, z.startMillis(), z.bars(),
                    z.bars() + " consecutive zero-volume " + interval.label() + " bars"));
        }
        for (PriceJump j : priceJumps) {
            out.add(new QualityFinding(QualityFinding.PRICE_JUMP, j.openTimeMillis(), 1, String.format(Locale.ROOT,
                    "log return %.6f is %.1f robust sigmas from the median (sigma %.3g)", j.logReturn(), j.sigmas(), robustSigma)));
        }
        out.add(new QualityFinding(QualityFinding.MISSING_SHARE, fromMillis, missingBars(),
                percent(missingShare()) + " of " + expectedBars + " expected " + interval.label() + " bars missing"));
        if (stale()) {
            out.add(new QualityFinding(QualityFinding.STALE, latestOpenMillis, Math.max(behindBars, 0),
                    behindBars < 0 ? "no bars" : behindBars + " closed bars behind the clock"));
        }
        return out;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f %%", share * 100);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
