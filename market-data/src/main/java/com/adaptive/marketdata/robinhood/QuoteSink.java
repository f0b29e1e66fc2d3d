package com.adaptive.marketdata.robinhood;

import java.util.List;

/** Receives recorded quotes; the lake's {@code quotes} table writer implements it later. */
@FunctionalInterface
public interface QuoteSink {
    void accept(List<Quote> quotes);
}
