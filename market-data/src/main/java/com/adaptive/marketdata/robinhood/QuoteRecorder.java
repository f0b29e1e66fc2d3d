package com.adaptive.marketdata.robinhood;

import com.adaptive.marketdata.http.Sleeper;
import com.adaptive.marketdata.source.BarSourceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Polls {@code best_bid_ask} for the configured pairs (one request for all of them), hands every quote to a
 * {@link QuoteSink} and folds the mids into 1m {@link QuoteBar}s ({@code robinhood-quotes}, volume 0) for a bar sink.
 *
 * <p>A failed poll (after the client's own retries) is logged and counted, and the next poll goes ahead: a
 * missed poll costs a few quotes, never the recorder.
 */
public final class QuoteRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(QuoteRecorder.class);

    private final RobinhoodClient client;
    private final List<String> symbols;
    private final QuoteSink quoteSink;
    private final Consumer<List<QuoteBar>> barSink;
    private final QuoteBarAggregator bars = new QuoteBarAggregator();
    private final Clock clock;
    private long failedPolls;

    public QuoteRecorder(RobinhoodClient client, List<String> symbols, QuoteSink quoteSink,
                         Consumer<List<QuoteBar>> barSink, Clock clock) {
        if (symbols.isEmpty()) {
            throw new IllegalArgumentException("a quote recorder needs at least one symbol");
        }
        this.client = client;
        this.symbols = List.copyOf(symbols);
        this.quoteSink = quoteSink;
        this.barSink = barSink;
        this.clock = clock;
    }

    /** One poll: fetch, record quotes, emit the bars that closed; returns the quotes. */
    public List<Quote> pollOnce() {
        List<Quote> quotes = client.bestBidAsk(symbols);
        quoteSink.accept(quotes);
        List<QuoteBar> closed = new ArrayList<>();
        for (Quote q : quotes) {
            closed.addAll(bars.add(q));
        }
        closed.addAll(bars.closeBefore(clock.millis()));
        if (!closed.isEmpty()) {
            barSink.accept(closed);
        }
        return quotes;
    }

    /** Polls every {@code pollIntervalMillis} while {@code keepRunning} says so; failures are logged and counted. */
    public void run(long pollIntervalMillis, BooleanSupplier keepRunning, Sleeper sleeper) throws InterruptedException {
        if (pollIntervalMillis < 1) {
            throw new IllegalArgumentException("pollIntervalMillis must be positive, was: " + pollIntervalMillis);
        }
        while (keepRunning.getAsBoolean()) {
            try {
                pollOnce();
            } catch (BarSourceException e) {
                failedPolls++;
                LOG.warn("Robinhood quote poll failed ({} so far): {}", failedPolls, e.getMessage());
            }
            sleeper.sleepMillis(pollIntervalMillis);
        }
    }

    /** Polls that failed after retries. */
    public long failedPolls() {
        return failedPolls;
    }

    /** Quotes dropped because they arrived after their minute's bar had been emitted. */
    public long lateQuotesDropped() {
        return bars.lateQuotesDropped();
    }
}
