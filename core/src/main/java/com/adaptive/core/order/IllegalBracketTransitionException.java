package com.adaptive.core.order;

/** An event that the bracket state machine does not allow in the bracket's current state. */
public final class IllegalBracketTransitionException extends IllegalStateException {
    private final BracketState state;
    private final BracketEvent event;

    public IllegalBracketTransitionException(BracketState state, BracketEvent event) {
        super("Cannot apply " + event + " to a bracket in state " + state);
        this.state = state;
        this.event = event;
    }

    public BracketState state() {
        return state;
    }

    public BracketEvent event() {
        return event;
    }
}
