package com.adaptive.marketdata.resample;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.bar.BarSeriesBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * Aggregates bars into a longer interval aligned to the Unix epoch in UTC: open of the first bar, highest high,
 * lowest low, close of the last bar, sum of volumes.
 *
 * <p>A bucket is emitted only when every source bar in it is present (e.g. all three minutes of a 3m bucket);
 * otherwise it is dropped and counted in {@link ResampleResult#incompleteBuckets()}, because a bar built from part of
 * its minutes would differ from the exchange's own bar. Buckets with no source bar at all are plain gaps and are
 * neither emitted nor counted here (gap detection finds them).
 *
 * <p>Volumes are summed exactly as decimals when every volume in the bucket has at most 8 decimals (Binance's
 * precision): each is scaled to an integer count of 1e-8 units, summed as a long and scaled back, which gives the
 * double nearest to the exact decimal sum, i.e. the same double as parsing the exchange's own 3m volume. Otherwise
 * (more decimals, or a bucket volume above 9e7 units where the long count would lose exactness) volumes are summed
 * as plain doubles.
 */
public final class Resampler {
    private static final double SCALE = 1e8;
    /** 2^53 / 1e8: beyond this many units a scaled long no longer maps back to a double exactly. */
    private static final double MAX_EXACT_VOLUME = 9.0e7;
    private static final int MAX_LISTED_INCOMPLETE = 100;

    private Resampler() {
    }

    /**
     * Resamples {@code bars} of interval {@code from} into {@code to}.
     *
     * @throws IllegalArgumentException when {@code to} is not a whole multiple of {@code from} longer than it, or a
     *                                  source bar is not aligned to {@code from}
     */
    public static ResampleResult resample(BarSeries bars, BarInterval from, BarInterval to) {
        if (to.millis() <= from.millis() || to.millis() % from.millis() != 0) {
            throw new IllegalArgumentException("cannot resample " + from.label() + " to " + to.label()
                    + ": the target must be a whole multiple of the source interval and longer");
        }
        int perBucket = (int) (to.millis() / from.millis());
        long[] t = bars.openTimeMillis();
        double[] open = bars.open();
        double[] high = bars.high();
        double[] low = bars.low();
        double[] close = bars.close();
        double[] volume = bars.volume();
        int n = bars.size();
        BarSeriesBuilder out = new BarSeriesBuilder(n / perBucket + 1);
        List<Long> incompleteOpenTimes = new ArrayList<>();
        int incomplete = 0;
        int i = 0;
        while (i < n) {
            long bucket = to.bucketStart(t[i]);
            long bucketEnd = bucket + to.millis();
            int first = i;
            double h = high[i];
            double l = low[i];
            long volumeUnits = 0;
            double volumeSum = 0;
            boolean exact = true;
            while (i < n && t[i] < bucketEnd) {
                if (!from.isAligned(t[i])) {
                    throw new IllegalArgumentException("cannot resample " + from.label() + " to " + to.label() + ": bar " + i
                            + " open time " + java.time.Instant.ofEpochMilli(t[i]) + " is not aligned to " + from.label());
                }
                h = Math.max(h, high[i]);
                l = Math.min(l, low[i]);
                double v = volume[i];
                volumeSum += v;
                if (exact) {
                    double scaled = v * SCALE;
                    long units = Math.round(scaled);
                    // exact only if v is a decimal with <= 8 places: then units / 1e8 parses back to v itself
                    exact = Math.abs(v) < MAX_EXACT_VOLUME && units / SCALE == v;
                    volumeUnits += units;
                }
                i++;
            }
            int count = i - first;
            if (count < perBucket) {
                incomplete++;
                if (incompleteOpenTimes.size() < MAX_LISTED_INCOMPLETE) {
                    incompleteOpenTimes.add(bucket);
                }
                continue;
            }
            // units / 1e8 is one correctly rounded division: the double nearest to the exact decimal sum
            double v = exact && volumeUnits < MAX_EXACT_VOLUME * SCALE ? volumeUnits / SCALE : volumeSum;
            out.add(bucket, open[first], h, l, close[i - 1], v);
        }
        return new ResampleResult(out.build(), to, incomplete, incompleteOpenTimes);
    }
}
