package com.adaptive.core.order;

/**
 * The one bracket state machine: an exhaustive (state, event) → state table; every empty cell is illegal and throws.
 *
 * <p>The backtest engine drives it through {@link #next(int, int)} with ordinals so its loop never allocates;
 * {@link BracketOrder} (live and paper trading) drives it through {@link #next(BracketState, BracketEvent)}.
 */
public final class BracketStateMachine {
    private static final int ILLEGAL = -1;
    private static final int STATES = BracketState.values().length;
    private static final int EVENTS = BracketEvent.values().length;
    /** TABLE[state][event] = next state ordinal, or ILLEGAL. */
    private static final int[][] TABLE = new int[STATES][EVENTS];
    private static final BracketState[] STATE_VALUES = BracketState.values();
    private static final BracketEvent[] EVENT_VALUES = BracketEvent.values();

    static {
        for (int[] row : TABLE) {
            java.util.Arrays.fill(row, ILLEGAL);
        }
        allow(BracketState.PENDING_ENTRY, BracketEvent.ENTRY_FILLED, BracketState.OPEN);
        allow(BracketState.PENDING_ENTRY, BracketEvent.ENTRY_CANCELLED, BracketState.CANCELLED);
        allow(BracketState.OPEN, BracketEvent.TAKE_PROFIT_FILLED, BracketState.CLOSED_TAKE_PROFIT);
        allow(BracketState.OPEN, BracketEvent.STOP_LOSS_FILLED, BracketState.CLOSED_STOP_LOSS);
        allow(BracketState.OPEN, BracketEvent.EXIT_FILLED, BracketState.CLOSED_EXIT);
        // every other cell, including any event on a terminal state, stays ILLEGAL
    }

    private BracketStateMachine() {
    }

    private static void allow(BracketState from, BracketEvent event, BracketState to) {
        TABLE[from.ordinal()][event.ordinal()] = to.ordinal();
    }

    /** The state after {@code event}; throws {@link IllegalBracketTransitionException} for an illegal pair. */
    public static BracketState next(BracketState state, BracketEvent event) {
        return STATE_VALUES[next(state.ordinal(), event.ordinal())];
    }

    /** Ordinal form of {@link #next(BracketState, BracketEvent)} for allocation-free loops. */
    public static int next(int stateOrdinal, int eventOrdinal) {
        int to = TABLE[stateOrdinal][eventOrdinal];
        if (to == ILLEGAL) {
            throw new IllegalBracketTransitionException(STATE_VALUES[stateOrdinal], EVENT_VALUES[eventOrdinal]);
        }
        return to;
    }

    /** True when the table allows {@code event} in {@code state}. */
    public static boolean allows(BracketState state, BracketEvent event) {
        return TABLE[state.ordinal()][event.ordinal()] != ILLEGAL;
    }
}
