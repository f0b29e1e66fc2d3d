package com.adaptive.jobs.updates;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.marketdata.http.RetryPolicy;
import com.adaptive.marketdata.http.RetryingHttpClient;
import com.adaptive.marketdata.http.Sleeper;
import com.adaptive.marketdata.robinhood.QuoteRecorder;
import com.adaptive.marketdata.robinhood.RobinhoodClient;
import com.adaptive.marketdata.robinhood.RobinhoodConfig;
import com.adaptive.marketdata.robinhood.RobinhoodCredentials;
import com.adaptive.marketdata.robinhood.TokenBucketRateLimiter;
import com.adaptive.warehouse.Lake;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Records Robinhood best bid/ask quotes for a while into lake table {@code quotes} (and quote bars into {@code bars}). */
public final class QuoteRecording {
    /** How often staged quotes are MERGEd while recording. */
    private static final long FLUSH_INTERVAL_MILLIS = 60_000;
    private static final long CONNECT_TIMEOUT_MILLIS = 10_000;

    private QuoteRecording() {
    }

    /** What one recording did. */
    public record Summary(long polls, long failedPolls, long quotesReceived, long quotesStored, long barsStored,
                          long lateQuotesDropped) {
    }

    /**
     * Polls every {@code adaptive.sources.robinhood.poll-interval} for {@code duration}, then flushes.
     *
     * @throws IllegalArgumentException when Robinhood is not enabled in the configuration or the duration is not positive
     */
    public static Summary record(MarketSources sources, Lake lake, RobinhoodCredentials credentials, Duration duration,
                                 Path stagingDir) throws InterruptedException {
        var settings = sources.settings().robinhood();
        if (!settings.enabled()) {
            throw new IllegalArgumentException("Robinhood quotes are off: set adaptive.sources.robinhood.enabled: true "
                    + "(and the keys in " + RobinhoodCredentials.API_KEY + " / " + RobinhoodCredentials.PRIVATE_KEY + " or their _FILE variants)");
        }
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("--duration must be positive, was: " + duration);
        }
        Clock clock = Clock.systemUTC();
        RobinhoodConfig config = RobinhoodConfig.defaults().withBaseUrl(sources.robinhoodUrl());
        RobinhoodClient client = new RobinhoodClient(config, credentials,
                RetryingHttpClient.create(RetryPolicy.DEFAULT, CONNECT_TIMEOUT_MILLIS),
                new TokenBucketRateLimiter(config.burstRequests(), config.requestsPerMinute(), clock, Sleeper.SYSTEM), clock);
        Set<String> barSymbols = new HashSet<>();
        for (String symbol : settings.symbols()) {
            if (sources.targetFor(symbol, BarInterval.M1) == null) {
                barSymbols.add(symbol);
            }
        }
        LakeQuoteSink sink = new LakeQuoteSink(lake, stagingDir, barSymbols, FLUSH_INTERVAL_MILLIS, clock);
        QuoteRecorder recorder = new QuoteRecorder(client, List.copyOf(settings.symbols()), sink, sink::acceptBars, clock);
        long deadline = clock.millis() + duration.toMillis();
        long[] polls = {0};
        recorder.run(settings.pollInterval().toMillis(), () -> {
            boolean more = clock.millis() < deadline;
            if (more) {
                polls[0]++;
            }
            return more;
        }, millis -> Sleeper.SYSTEM.sleepMillis(Math.min(millis, Math.max(0, deadline - clock.millis()))));
        sink.flush();
        return new Summary(polls[0], recorder.failedPolls(), sink.received(), sink.storedQuotes(), sink.storedBars(),
                recorder.lateQuotesDropped());
    }
}
