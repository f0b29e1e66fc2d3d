package com.adaptive.marketdata.quality;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.bar.BarSeriesBuilder;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks a batch of bars: gaps, duplicates, zero-volume runs, price jumps, staleness and missing share.
 *
 * <p>Price jumps: log returns {@code ln(close[i] / close[i-1])} between bars exactly one interval apart (a return
 * across a gap spans more time and is not compared); robust sigma is {@code 1.4826 x median(|r - median(r)|)}, which
 * equals the standard deviation for normal returns but is not inflated by the jumps it is looking for. A return
 * more than {@code jumpSigmas} robust sigmas from the median is flagged, never dropped. One sigma for the whole
 * batch: with fewer than {@link #MIN_RETURNS_FOR_JUMPS} returns the estimate is meaningless and jumps are not judged,
 * so small incremental batches should be checked together with a lookback of stored bars.
 *
 * <p>Staleness compares the latest bar with the last closed bar by the clock: {@code behindBars} closed bars exist
 * after it. Pure Java, no I/O; thread-safe.
 */
public final class DataQualityChecker {
    /** Makes MAD a consistent estimator of the standard deviation under normality (1 / Phi^-1(3/4)). */
    private static final double MAD_TO_SIGMA = 1.4826;
    /** Fewest returns from which a robust sigma is estimated and jumps are judged. */
    public static final int MIN_RETURNS_FOR_JUMPS = 100;

    private final QualityThresholds thresholds;
    private final Clock clock;

    public DataQualityChecker(QualityThresholds thresholds, Clock clock) {
        this.thresholds = thresholds;
        this.clock = clock;
    }

    /** Checks a series over its own span: from its first bar to just after its last. */
    public QualityReport check(BarSeries bars, BarInterval interval) {
        if (bars.size() == 0) {
            long now = interval.bucketStart(clock.millis());
            return check(bars, interval, now, now);
        }
        return check(bars, interval, bars.openTimeMillis()[0], bars.openTimeMillis()[bars.size() - 1] + interval.millis());
    }

    /** Checks a series against an expected window {@code [fromMillis, toMillis)}: bars missing at either end are gaps too. */
    public QualityReport check(BarSeries bars, BarInterval interval, long fromMillis, long toMillis) {
        return check(bars, interval, fromMillis, toMillis, List.of());
    }

    /**
     * Checks rows as received (any order, maybe repeated) against a window; repeats are reported as duplicates and
     * the first copy of each open time is checked.
     *
     * @throws IllegalArgumentException when a row is not aligned to the interval (quarantine such rows first)
     */
    public QualityReport checkRows(long[] openTimeMillis, double[] open, double[] high, double[] low, double[] close,
                                   double[] volume, BarInterval interval, long fromMillis, long toMillis) {
        int n = openTimeMillis.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            if (!interval.isAligned(openTimeMillis[i])) {
                throw new IllegalArgumentException("cannot check quality: row " + i + " open time "
                        + Instant.ofEpochMilli(openTimeMillis[i]) + " is not aligned to " + interval.label());
            }
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(openTimeMillis[a], openTimeMillis[b]));
        BarSeriesBuilder distinct = new BarSeriesBuilder(n);
        List<QualityReport.Duplicate> duplicates = new ArrayList<>();
        int k = 0;
        while (k < n) {
            int first = order[k];
            int copies = 1;
            boolean conflicting = false;
            while (k + copies < n && openTimeMillis[order[k + copies]] == openTimeMillis[first]) {
                int j = order[k + copies];
                conflicting |= open[j] != open[first] || high[j] != high[first] || low[j] != low[first]
                        || close[j] != close[first] || volume[j] != volume[first];
                copies++;
            }
            if (copies > 1) {
                duplicates.add(new QualityReport.Duplicate(openTimeMillis[first], copies, conflicting));
            }
            distinct.add(openTimeMillis[first], open[first], high[first], low[first], close[first], volume[first]);
            k += copies;
        }
        return check(distinct.build(), interval, fromMillis, toMillis, duplicates);
    }

    private QualityReport check(BarSeries bars, BarInterval interval, long fromMillis, long toMillis,
                                List<QualityReport.Duplicate> duplicates) {
        if (toMillis < fromMillis) {
            throw new IllegalArgumentException("cannot check quality: window end " + Instant.ofEpochMilli(toMillis)
                    + " is before its start " + Instant.ofEpochMilli(fromMillis));
        }
        long step = interval.millis();
        // the window holds the aligned open times in [from, to)
        long firstExpected = interval.isAligned(fromMillis) ? fromMillis : interval.bucketStart(fromMillis) + step;
        long expectedBars = toMillis <= firstExpected ? 0 : (toMillis - firstExpected + step - 1) / step;
        long[] t = bars.openTimeMillis();
        int lo = bars.indexAtOrAfter(firstExpected);
        int hi = bars.indexAtOrAfter(toMillis);

        List<QualityReport.Gap> gaps = new ArrayList<>();
        long expectedNext = firstExpected;
        for (int i = lo; i < hi; i++) {
            if (t[i] > expectedNext) {
                gaps.add(new QualityReport.Gap(expectedNext, (t[i] - expectedNext) / step));
            }
            expectedNext = t[i] + step;
        }
        long windowEnd = firstExpected + expectedBars * step;
        if (expectedNext < windowEnd) {
            gaps.add(new QualityReport.Gap(expectedNext, (windowEnd - expectedNext) / step));
        }

        List<QualityReport.ZeroVolumeRun> zeroRuns = new ArrayList<>();
        double[] volume = bars.volume();
        int runStart = -1;
        for (int i = lo; i <= hi; i++) {
            boolean continues = i < hi && volume[i] == 0 && (runStart >= 0 ? t[i] == t[i - 1] + step : true);
            if (runStart >= 0 && !continues) {
                zeroRuns.add(new QualityReport.ZeroVolumeRun(t[runStart], i - runStart));
                runStart = -1;
            }
            if (runStart < 0 && i < hi && volume[i] == 0) {
                runStart = i; // starts a run, or restarts one after a gap broke it
            }
        }

        double[] close = bars.close();
        int returns = 0;
        double[] r = new double[Math.max(0, hi - lo)];
        int[] at = new int[r.length];
        for (int i = lo + 1; i < hi; i++) {
            if (t[i] == t[i - 1] + step && close[i] > 0 && close[i - 1] > 0) {
                r[returns] = Math.log(close[i] / close[i - 1]);
                at[returns++] = i;
            }
        }
        double sigma = 0;
        List<QualityReport.PriceJump> jumps = new ArrayList<>();
        if (returns >= MIN_RETURNS_FOR_JUMPS) {
            double median = median(Arrays.copyOf(r, returns));
            double[] deviation = new double[returns];
            for (int j = 0; j < returns; j++) {
                deviation[j] = Math.abs(r[j] - median);
            }
            sigma = MAD_TO_SIGMA * median(deviation);
            if (sigma > 0) {
                for (int j = 0; j < returns; j++) {
                    double sigmas = (r[j] - median) / sigma;
                    if (Math.abs(sigmas) > thresholds.jumpSigmas()) {
                        jumps.add(new QualityReport.PriceJump(t[at[j]], r[j], sigmas));
                    }
                }
            }
        }

        long latest = bars.size() == 0 ? -1 : t[bars.size() - 1];
        long closedBefore = interval.bucketStart(clock.millis());
        long behind = latest < 0 ? -1 : Math.max(0, (closedBefore - (latest + step)) / step);
        return new QualityReport(interval, firstExpected, windowEnd, hi - lo, expectedBars, gaps, duplicates, zeroRuns,
                jumps, returns >= MIN_RETURNS_FOR_JUMPS ? returns : 0, sigma, latest, behind, thresholds);
    }

    private static double median(double[] values) {
        Arrays.sort(values);
        int n = values.length;
        return (n & 1) == 1 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
    }
}
