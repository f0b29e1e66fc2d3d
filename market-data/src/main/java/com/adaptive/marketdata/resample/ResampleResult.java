package com.adaptive.marketdata.resample;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.core.bar.BarSeries;

import java.util.List;

/**
 * Complete buckets as bars, plus the buckets that were dropped because a source bar was missing.
 *
 * @param bars                     one bar per complete bucket, ascending
 * @param interval                 the target interval
 * @param incompleteBuckets        buckets that had some but not all of their source bars (not emitted)
 * @param firstIncompleteOpenTimes open times of up to the first 100 incomplete buckets, for reports
 */
public record ResampleResult(BarSeries bars, BarInterval interval, int incompleteBuckets, List<Long> firstIncompleteOpenTimes) {

    public ResampleResult {
        firstIncompleteOpenTimes = List.copyOf(firstIncompleteOpenTimes);
    }
}
