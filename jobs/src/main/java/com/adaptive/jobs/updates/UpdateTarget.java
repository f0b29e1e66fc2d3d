package com.adaptive.jobs.updates;

import com.adaptive.core.bar.BarInterval;

/** One (source, symbol, interval) that {@code ingest-updates} keeps up to date, with its own watermark. */
public record UpdateTarget(String source, String symbol, BarInterval interval) {

    /** {@code source/symbol/interval}, as shown in summaries and messages. */
    public String key() {
        return source + "/" + symbol + "/" + interval.label();
    }

    @Override
    public String toString() {
        return key();
    }
}
