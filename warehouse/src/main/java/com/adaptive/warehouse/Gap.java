package com.adaptive.warehouse;

import com.adaptive.core.bar.BarInterval;

/** A hole in stored bars: {@code missingBars} consecutive open times missing, the first at {@code firstMissingMillis}. */
public record Gap(String symbol, BarInterval interval, long firstMissingMillis, long missingBars) {

    public Gap {
        if (missingBars < 1) {
            throw new IllegalArgumentException("missingBars must be at least 1, was: " + missingBars);
        }
    }

    /** Open time just after the hole, i.e. the next bar that is present (or the range end). */
    public long endMillisExclusive() {
        return firstMissingMillis + missingBars * interval.millis();
    }
}
