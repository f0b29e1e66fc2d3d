package com.adaptive.marketdata.coinbase;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.core.bar.BarSeries;
import com.adaptive.marketdata.http.HttpResult;
import com.adaptive.marketdata.http.JsonResponses;
import com.adaptive.marketdata.http.MalformedResponseException;
import com.adaptive.marketdata.http.RetryingHttpClient;
import com.adaptive.marketdata.source.BarSource;
import com.adaptive.marketdata.source.ClosedBars;
import com.adaptive.marketdata.source.RawBars;
import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Coinbase Exchange candles ({@code GET /products/{id}/candles}), fetched in fixed time windows of at most 300 candles.
 *
 * <p>Quirks handled here: rows come <em>newest first</em> as {@code [time, low, high, open, close, volume]} (low
 * before high, open fourth) with {@code time} in epoch seconds; a minute without trades has no row at all, which
 * is a gap and not an error, so an empty window just moves on to the next one. Granularity is one of 60, 300, 900,
 * 3600, 21600 or 86400 s: there is no 3m candle, so callers fetch 1m and resample
 * ({@link com.adaptive.marketdata.resample.Resampler}); asking for 3m fails with a message that says so.
 */
public final class CoinbaseBarSource implements BarSource {
    /** Name stored with the bars. */
    public static final String NAME = "coinbase";

    private final CoinbaseConfig config;
    private final RetryingHttpClient http;
    private final Clock clock;

    public CoinbaseBarSource(CoinbaseConfig config, RetryingHttpClient http, Clock clock) {
        this.config = config;
        this.http = http;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** 1m, 5m, 15m, 1h and 1d; not 3m (Coinbase offers no 180 s granularity). */
    @Override
    public Set<BarInterval> nativeIntervals() {
        return EnumSet.of(BarInterval.M1, BarInterval.M5, BarInterval.M15, BarInterval.H1, BarInterval.D1);
    }

    @Override
    public Set<String> symbols() {
        return config.symbols().canonicalSymbols();
    }

    /** Coinbase granularity in seconds for a native interval. */
    public static long granularitySeconds(BarInterval interval) {
        if (interval == BarInterval.M3) {
            throw new IllegalArgumentException("interval 3m is not offered by source coinbase (granularities 60, 300, "
                    + "900, 3600, 21600, 86400 s): fetch 1m and resample to 3m");
        }
        return interval.millis() / 1000;
    }

    @Override
    public Iterator<BarSeries> pages(String symbol, BarInterval interval, long fromMillis, long toMillis) {
        String product = config.symbols().toSource(NAME, symbol);
        long granularity = granularitySeconds(interval);
        long endMillis = ClosedBars.effectiveEndMillis(NAME, interval, fromMillis, toMillis, clock);
        // windows start on a bar boundary so each window holds at most candlesPerRequest open times
        long firstMillis = interval.isAligned(fromMillis) ? fromMillis : interval.bucketStart(fromMillis) + interval.millis();
        return new WindowIterator(product, interval, granularity, firstMillis, endMillis);
    }

    private BarSeries fetchWindow(String product, BarInterval interval, long granularity, long startMillis, long endMillis) {
        // Coinbase's end is inclusive: ask for the last open time inside the window, never one candle more
        long lastOpenMillis = endMillis - interval.millis();
        URI uri = URI.create(config.baseUrl() + "/products/" + product + "/candles?granularity=" + granularity
                + "&start=" + Instant.ofEpochMilli(startMillis) + "&end=" + Instant.ofEpochMilli(lastOpenMillis));
        HttpResult result = http.sendRetryingThrottlingAndServerErrors(() -> HttpRequest.newBuilder(uri)
                .timeout(Duration.ofMillis(config.requestTimeoutMillis()))
                .header("Accept", "application/json")
                .header("User-Agent", "adaptive-engine market-data")
                .GET().build());
        JsonNode rows = JsonResponses.requireArray(result, JsonResponses.parse(result), "$");
        RawBars raw = new RawBars();
        for (int i = 0; i < rows.size(); i++) {
            String path = "$[" + i + "]";
            JsonNode row = JsonResponses.requireArray(result, rows.get(i), path);
            if (row.size() < 6) {
                throw JsonResponses.shape(result, path, "a candle [time, low, high, open, close, volume]", row);
            }
            long timeSeconds = JsonResponses.integer(result, row, 0, path);
            double low = JsonResponses.number(result, row, 1, path);
            double high = JsonResponses.number(result, row, 2, path);
            double open = JsonResponses.number(result, row, 3, path);
            double close = JsonResponses.number(result, row, 4, path);
            double volume = JsonResponses.number(result, row, 5, path);
            raw.add(timeSeconds * 1000, open, high, low, close, volume);
        }
        try {
            return raw.toClosedPage(interval, startMillis, endMillis, "Cannot read response of " + uri);
        } catch (IllegalStateException e) {
            throw new MalformedResponseException(e.getMessage(), e);
        }
    }

    private final class WindowIterator implements Iterator<BarSeries> {
        private final String product;
        private final BarInterval interval;
        private final long granularity;
        private final long endMillis;
        private long startMillis;
        private BarSeries ready;

        WindowIterator(String product, BarInterval interval, long granularity, long startMillis, long endMillis) {
            this.product = product;
            this.interval = interval;
            this.granularity = granularity;
            this.startMillis = startMillis;
            this.endMillis = endMillis;
        }

        @Override
        public boolean hasNext() {
            while (ready == null && startMillis < endMillis) {
                long windowEnd = Math.min(endMillis, startMillis + config.candlesPerRequest() * interval.millis());
                BarSeries page = fetchWindow(product, interval, granularity, startMillis, windowEnd);
                startMillis = windowEnd;
                if (page.size() > 0) {
                    ready = page; // an empty window is a stretch without trades, not the end of the range
                }
            }
            return ready != null;
        }

        @Override
        public BarSeries next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more Coinbase pages for " + product + " " + interval);
            }
            BarSeries page = ready;
            ready = null;
            return page;
        }
    }
}
