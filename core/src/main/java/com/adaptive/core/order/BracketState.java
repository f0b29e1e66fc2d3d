package com.adaptive.core.order;

/** The life of one bracket: a pending entry, then an open position guarded by an OCO take-profit/stop-loss pair. */
public enum BracketState {
    /** The entry order is working; neither exit leg exists yet (one-triggers-other). */
    PENDING_ENTRY,
    /** The entry filled; take-profit and stop-loss work as one-cancels-other. */
    OPEN,
    /** Terminal: the take-profit filled and the stop was cancelled. */
    CLOSED_TAKE_PROFIT,
    /** Terminal: the stop filled and the take-profit was cancelled. */
    CLOSED_STOP_LOSS,
    /** Terminal: both legs were cancelled and a market exit filled (signal, regime change or end of data). */
    CLOSED_EXIT,
    /** Terminal: the entry was cancelled or expired before it filled. */
    CANCELLED;

    /** True when no event may follow. */
    public boolean isTerminal() {
        return this != PENDING_ENTRY && this != OPEN;
    }
}
