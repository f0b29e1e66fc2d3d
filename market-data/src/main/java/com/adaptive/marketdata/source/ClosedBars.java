package com.adaptive.marketdata.source;

import com.adaptive.core.bar.BarInterval;

import java.time.Clock;

/** Where closed bars end: the bar that contains "now" is still forming and must not be returned. */
public final class ClosedBars {
    private ClosedBars() {
    }

    /** Open times strictly before this are closed bars: the open time of the bar that contains {@code clock}'s now. */
    public static long closedBeforeMillis(BarInterval interval, Clock clock) {
        return interval.bucketStart(clock.millis());
    }

    /** Checks a fetch range and returns its end clipped to closed bars; may be {@code <= fromMillis} (nothing to fetch). */
    public static long effectiveEndMillis(String source, BarInterval interval, long fromMillis, long toMillis, Clock clock) {
        if (toMillis <= fromMillis) {
            throw new IllegalArgumentException("empty range for source " + source + ": from " + fromMillis
                    + " must be before to " + toMillis);
        }
        return Math.min(toMillis, closedBeforeMillis(interval, clock));
    }
}
