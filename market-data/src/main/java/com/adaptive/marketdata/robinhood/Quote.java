package com.adaptive.marketdata.robinhood;

/**
 * One best bid/ask observation. Bid and ask include Robinhood's spread (what a market order really gets), so
 * {@code spreadBps} is the real round-trip cost of trading there; keep it for backtests.
 *
 * @param timeMillis quote time reported by the server (epoch ms, UTC)
 * @param symbol     canonical symbol, e.g. {@code BTC-USD}
 * @param price      the server's mid price
 * @param bid        {@code bid_inclusive_of_sell_spread}
 * @param ask        {@code ask_inclusive_of_buy_spread}
 * @param spreadBps  {@code (ask - bid) / ((ask + bid) / 2) * 10_000}
 */
public record Quote(long timeMillis, String symbol, double price, double bid, double ask, double spreadBps) {

    /** Builds a quote and derives the spread in basis points of the bid/ask mid. */
    public static Quote of(long timeMillis, String symbol, double price, double bid, double ask) {
        double mid = (ask + bid) / 2;
        return new Quote(timeMillis, symbol, price, bid, ask, (ask - bid) / mid * 10_000);
    }

    /** The bid/ask midpoint that quote bars are built from. */
    public double mid() {
        return (ask + bid) / 2;
    }
}
