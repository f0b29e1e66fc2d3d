package com.adaptive.core.strategy;

/** A strategy bound to one bar series: asked once per bar close, it sees data up to index t only. */
public interface SignalSource {
    /**
     * Decides on the close of bar {@code t}. {@code positionSide} is -1, 0 or +1 (0 also while an entry is
     * pending); {@code regimeOrdinal} is the regime at t, or -1 when unknown. Writes at most one intent into
     * {@code out}, which arrives cleared.
     */
    void onBarClose(int t, int positionSide, int regimeOrdinal, Intent out);
}
