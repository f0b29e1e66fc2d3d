package com.adaptive.marketdata.binance;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.core.bar.BarSeries;
import com.adaptive.marketdata.http.HttpResult;
import com.adaptive.marketdata.http.JsonResponses;
import com.adaptive.marketdata.http.MalformedResponseException;
import com.adaptive.marketdata.http.RetryingHttpClient;
import com.adaptive.marketdata.source.BarSource;
import com.adaptive.marketdata.source.BarSourceException;
import com.adaptive.marketdata.source.ClosedBars;
import com.adaptive.marketdata.source.RawBars;
import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Binance spot klines ({@code GET /api/v3/klines}), paged forward by {@code startTime}, at most 1000 a page.
 *
 * <p>Rows are {@code [openTime, "open", "high", "low", "close", "volume", closeTime, ...]} with prices as strings.
 * After each response the {@code X-MBX-USED-WEIGHT-1M} header is compared with the budget and, near it, the source
 * waits for the next minute instead of running into 429. An empty page ends the range (Binance skips over
 * outages: the next page simply starts after the hole).
 */
public final class BinanceBarSource implements BarSource {
    /** Name stored with the bars. */
    public static final String NAME = "binance";
    private static final Logger LOG = LoggerFactory.getLogger(BinanceBarSource.class);
    private static final String WEIGHT_HEADER = "X-MBX-USED-WEIGHT-1M";

    private final BinanceConfig config;
    private final RetryingHttpClient http;
    private final Clock clock;

    public BinanceBarSource(BinanceConfig config, RetryingHttpClient http, Clock clock) {
        this.config = config;
        this.http = http;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** All of 1m, 3m, 5m, 15m, 1h and 1d exist natively on Binance under the same labels. */
    @Override
    public Set<BarInterval> nativeIntervals() {
        return EnumSet.allOf(BarInterval.class);
    }

    @Override
    public Set<String> symbols() {
        return config.symbols().canonicalSymbols();
    }

    @Override
    public Iterator<BarSeries> pages(String symbol, BarInterval interval, long fromMillis, long toMillis) {
        String sourceSymbol = config.symbols().toSource(NAME, symbol);
        long endMillis = ClosedBars.effectiveEndMillis(NAME, interval, fromMillis, toMillis, clock);
        return new PageIterator(sourceSymbol, interval, fromMillis, endMillis);
    }

    private BarSeries fetchPage(String sourceSymbol, BarInterval interval, long startMillis, long endMillis, long[] nextStart) {
        // endTime is inclusive on Binance: the last open time we want is endMillis - 1 at most
        URI uri = URI.create(config.baseUrl() + "/api/v3/klines?symbol=" + sourceSymbol + "&interval=" + interval.label()
                + "&startTime=" + startMillis + "&endTime=" + (endMillis - 1) + "&limit=" + config.pageLimit());
        HttpResult result = http.sendRetryingThrottlingAndServerErrors(() -> HttpRequest.newBuilder(uri)
                .timeout(Duration.ofMillis(config.requestTimeoutMillis()))
                .header("Accept", "application/json")
                .GET().build());
        JsonNode rows = JsonResponses.requireArray(result, JsonResponses.parse(result), "$");
        RawBars raw = new RawBars();
        for (int i = 0; i < rows.size(); i++) {
            String path = "$[" + i + "]";
            JsonNode row = JsonResponses.requireArray(result, rows.get(i), path);
            if (row.size() < 6) {
                throw JsonResponses.shape(result, path, "a kline of at least 6 fields", row);
            }
            raw.add(JsonResponses.integer(result, row, 0, path), JsonResponses.number(result, row, 1, path),
                    JsonResponses.number(result, row, 2, path), JsonResponses.number(result, row, 3, path),
                    JsonResponses.number(result, row, 4, path), JsonResponses.number(result, row, 5, path));
        }
        slowDownNearWeightLimit(result);
        if (raw.size() == 0) {
            nextStart[0] = endMillis;
            return null;
        }
        long next = raw.maxOpenTimeMillis() + interval.millis();
        if (next <= startMillis) {
            throw new MalformedResponseException("Cannot page " + uri + ": newest row " + raw.maxOpenTimeMillis()
                    + " is before startTime " + startMillis + ", paging would not advance");
        }
        nextStart[0] = next;
        try {
            return raw.toClosedPage(interval, startMillis, endMillis, "Cannot read response of " + uri);
        } catch (IllegalStateException e) {
            throw new MalformedResponseException(e.getMessage(), e);
        }
    }

    private void slowDownNearWeightLimit(HttpResult result) {
        long used = result.longHeader(WEIGHT_HEADER);
        if (used < 0 || used < config.slowDownAtWeightShare() * config.weightLimitPerMinute()) {
            return;
        }
        // the weight counter resets with each clock minute, so waiting for the next minute restores the budget
        long waitMillis = 60_000 - Math.floorMod(clock.millis(), 60_000L);
        LOG.info("Binance used weight {} of {} this minute; waiting {} ms for the next minute", used,
                config.weightLimitPerMinute(), waitMillis);
        try {
            http.sleeper().sleepMillis(waitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BarSourceException("Binance fetch interrupted while waiting for request weight", e);
        }
    }

    private final class PageIterator implements Iterator<BarSeries> {
        private final String sourceSymbol;
        private final BarInterval interval;
        private final long endMillis;
        private long startMillis;
        private BarSeries ready;

        PageIterator(String sourceSymbol, BarInterval interval, long fromMillis, long endMillis) {
            this.sourceSymbol = sourceSymbol;
            this.interval = interval;
            this.startMillis = fromMillis;
            this.endMillis = endMillis;
        }

        @Override
        public boolean hasNext() {
            long[] next = new long[1];
            while (ready == null && startMillis < endMillis) {
                BarSeries page = fetchPage(sourceSymbol, interval, startMillis, endMillis, next);
                startMillis = next[0];
                if (page == null) {
                    break; // an empty page: nothing more in the range
                }
                if (page.size() > 0) {
                    ready = page;
                }
            }
            return ready != null;
        }

        @Override
        public BarSeries next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more Binance pages for " + sourceSymbol + " " + interval);
            }
            BarSeries page = ready;
            ready = null;
            return page;
        }
    }
}
