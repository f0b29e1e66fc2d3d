package com.adaptive.marketdata.quality;

import com.adaptive.marketdata.resample.ResampleResult;

import java.time.Instant;
import java.util.List;

/**
 * One finding, shaped like a row of the {@code data_quality} table: which check, where it starts, how many bars.
 *
 * <p>Check names: {@value #GAP}, {@value #DUPLICATE}, {@value #ZERO_VOLUME_RUN}, {@value #PRICE_JUMP},
 * {@value #STALE}, {@value #MISSING_SHARE}, {@value #RESAMPLE_INCOMPLETE}.
 */
public record QualityFinding(String check, long firstTimeMillis, long count, String detail) {
    public static final String GAP = "gap";
    public static final String DUPLICATE = "duplicate";
    public static final String ZERO_VOLUME_RUN = "zero_volume_run";
    public static final String PRICE_JUMP = "price_jump";
    public static final String STALE = "stale";
    public static final String MISSING_SHARE = "missing_share";
    public static final String RESAMPLE_INCOMPLETE = "resample_incomplete";

    /** One summary finding for the buckets a resample dropped, or none when all were complete. */
    public static List<QualityFinding> ofResample(ResampleResult result) {
        if (result.incompleteBuckets() == 0) {
            return List.of();
        }
        long first = result.firstIncompleteOpenTimes().get(0);
        return List.of(new QualityFinding(RESAMPLE_INCOMPLETE, first, result.incompleteBuckets(),
                result.incompleteBuckets() + " " + result.interval().label() + " buckets not emitted (a source bar missing), first at "
                        + Instant.ofEpochMilli(first)));
    }
}
