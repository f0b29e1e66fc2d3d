package com.adaptive.core.order;

/** An instruction a bracket hands to whatever carries orders out (the simulator or a broker adapter). */
public sealed interface OrderAction {

    /** One of a bracket's orders. */
    enum Leg { ENTRY, TAKE_PROFIT, STOP_LOSS, EXIT }

    /** How an order rests at the venue. */
    enum OrderType { MARKET, LIMIT, STOP_MARKET }

    /** Place an order for {@code leg}; {@code price} is NaN for a market order. */
    record Submit(Leg leg, Side side, OrderType type, double price) implements OrderAction {
    }

    /** Cancel the working order of {@code leg}. */
    record Cancel(Leg leg) implements OrderAction {
    }
}
