package com.adaptive.marketdata.robinhood;

/**
 * A 1m bar of quote mid prices. Robinhood reports no trades, so {@code volume} is always 0 and {@code source} is
 * {@value #SOURCE}; {@code quotes} says how many observations the bar was built from.
 */
public record QuoteBar(String symbol, long openTimeMillis, double open, double high, double low, double close,
                       double volume, int quotes, String source) {
    /** Source name stored with these bars. */
    public static final String SOURCE = "robinhood-quotes";
}
