package com.adaptive.core.order;

/** Which leg fills when one bar's range contains both the take-profit and the stop-loss. */
public enum AmbiguityPolicy {
    /** The stop fills: conservative, as freqtrade and backtesting.py assume. */
    STOP_FIRST,
    /** The extreme nearer the open came first (open nearer the low: low first), as NautilusTrader offers; ties go to the stop. */
    ADAPTIVE_OHLC,
    /** Replay the finer bars (e.g. 1m inside 3m/5m) in order; a finer bar that is itself ambiguous uses STOP_FIRST. */
    SUB_BARS
}
