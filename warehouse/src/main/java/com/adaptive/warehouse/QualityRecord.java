package com.adaptive.warehouse;

import com.adaptive.core.bar.BarInterval;

import java.util.Set;

/**
 * One data-quality finding for (symbol, interval): which {@code check}, where it starts, how many bars it covers.
 *
 * <p>Known checks: {@value #GAP}, {@value #DUPLICATE}, {@value #ZERO_VOLUME_RUN}, {@value #PRICE_JUMP},
 * {@value #STALE}, {@value #MISSING_SHARE}, {@value #RESAMPLE_INCOMPLETE}.
 */
public record QualityRecord(String symbol, BarInterval interval, String check, long firstTimeMillis, long count,
                            String detail, long executionId) {

    public static final String GAP = "gap";
    public static final String DUPLICATE = "duplicate";
    public static final String ZERO_VOLUME_RUN = "zero_volume_run";
    public static final String PRICE_JUMP = "price_jump";
    public static final String STALE = "stale";
    public static final String MISSING_SHARE = "missing_share";
    public static final String RESAMPLE_INCOMPLETE = "resample_incomplete";

    /** Every check name the lake accepts. */
    public static final Set<String> CHECKS =
            Set.of(GAP, DUPLICATE, ZERO_VOLUME_RUN, PRICE_JUMP, STALE, MISSING_SHARE, RESAMPLE_INCOMPLETE);

    public QualityRecord {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("symbol of a quality record must not be blank");
        }
        if (interval == null) {
            throw new IllegalArgumentException("interval of a quality record for " + symbol + " must not be null");
        }
        if (!CHECKS.contains(check)) {
            throw new IllegalArgumentException("unknown quality check '" + check + "': expected one of "
                    + CHECKS.stream().sorted().toList());
        }
        detail = detail == null ? "" : detail;
    }

    /** A gap finding from {@link Lake#findGaps}. */
    public static QualityRecord ofGap(Gap gap, long executionId) {
        return new QualityRecord(gap.symbol(), gap.interval(), GAP, gap.firstMissingMillis(), gap.missingBars(),
                gap.missingBars() + " missing " + gap.interval().label() + " bars", executionId);
    }
}
