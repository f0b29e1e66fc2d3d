package com.adaptive.core.order;

/** Something that happened to a bracket's orders. */
public enum BracketEvent {
    ENTRY_FILLED,
    ENTRY_CANCELLED,
    TAKE_PROFIT_FILLED,
    STOP_LOSS_FILLED,
    EXIT_FILLED
}
