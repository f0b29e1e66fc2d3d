package com.adaptive.core.regime;

import java.util.Arrays;

/**
 * True regime per bar (from the simulator or a hand labelling), keyed by open time ascending.
 *
 * @param openTimeMillis bar open times, strictly ascending
 * @param regimes        the label of each bar
 */
public record RegimeLabels(long[] openTimeMillis, Regime[] regimes) {
    public RegimeLabels {
        if (openTimeMillis.length != regimes.length) {
            throw new IllegalArgumentException("labels need one regime per open time, were " + openTimeMillis.length + " and " + regimes.length);
        }
    }

    /** Index of the last label whose bar opened before {@code timeMillis}, or -1. */
    public int lastBefore(long timeMillis) {
        int i = Arrays.binarySearch(openTimeMillis, timeMillis);
        return (i >= 0 ? i : -i - 1) - 1;
    }
}
