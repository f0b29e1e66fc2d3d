package com.adaptive.core.strategy;

/** A strategy bound to one bar series: asked once per bar close, it sees data up to index t only. */
public interface SignalSource {
    /**
     * Decides on the close of bar {@code t}. {@code positionSide} is -1, 0 or +1 (0 also while an entry is
     * pending); {@code regimeOrdinal} is the regime at t, or -1 when unknown. Writes at most one intent into
     * {@code out}, which arrives cleared.
     */
    void onBarClose(int t, int positionSide, int regimeOrdinal, Intent out);

    /**
     * A hint for the backtest: the first bar {@code u} in {@code [from, to)} at whose close {@link #onBarClose} with
     * this {@code positionSide} might write an intent (for any regime), or {@code to} when there is none, so that the
     * bars before {@code u}, on which the strategy would do nothing, can be walked without asking it. It may answer
     * too early (the default answers {@code from}) but never too late. Sources that must be asked in increasing
     * order count this as asking up to {@code u}.
     */
    default int nextCandidate(int from, int to, int positionSide) {
        return from;
    }
}
