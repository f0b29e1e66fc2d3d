package com.adaptive.core.order;

/** How a bracket's entry order is placed. */
public enum EntryType {
    /** A market order that fills at the open of the next bar, with slippage and the taker fee. */
    MARKET_NEXT_OPEN,
    /** A resting limit order: fills at the limit (or at a better open) with the maker fee, or expires. */
    LIMIT
}
