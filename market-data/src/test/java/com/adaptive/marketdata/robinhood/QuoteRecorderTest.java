package com.adaptive.marketdata.robinhood;

import com.adaptive.marketdata.http.RetryPolicy;
import com.adaptive.marketdata.http.RetryingHttpClient;
import com.adaptive.marketdata.testing.LoopbackServer;
import com.adaptive.marketdata.testing.LoopbackServer.Reply;
import com.adaptive.marketdata.testing.ManualTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteRecorderTest {
    private static final long T0 = Instant.parse("2024-04-01T21:28:00Z").toEpochMilli();

    private final ManualTime time = new ManualTime(Instant.ofEpochMilli(T0));
    private LoopbackServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void recordsQuotesAndFoldsMidsIntoOneMinuteBarsWithZeroVolume() throws Exception {
        // each poll: BTC mid rises by 10, quote time = the clock's time when served
        AtomicInteger poll = new AtomicInteger();
        server = LoopbackServer.start(r -> {
            int k = poll.getAndIncrement();
            double mid = 100 + 10 * k;
            String ts = Instant.ofEpochMilli(time.millis()).toString();
            return Reply.json(RobinhoodClientTest.bestBidAsk(
                    RobinhoodClientTest.quoteRow("BTC-USD", String.valueOf(mid), String.valueOf(mid - 0.5), String.valueOf(mid + 0.5), ts),
                    RobinhoodClientTest.quoteRow("ETH-USD", "10", "9.99", "10.01", ts)));
        });
        RobinhoodCredentials credentials = RobinhoodCredentials.of("rh-api-test",
                Ed25519Keys.privateSeedBase64(Ed25519Keys.generate()), "test");
        RobinhoodClient client = new RobinhoodClient(RobinhoodConfig.defaults().withBaseUrl(server.baseUrl()), credentials,
                new RetryingHttpClient(HttpClient.newHttpClient(), RetryPolicy.DEFAULT, time, new Random(1)),
                new TokenBucketRateLimiter(300, 100, time, time), time);
        List<Quote> quotes = new ArrayList<>();
        List<QuoteBar> bars = new ArrayList<>();
        QuoteRecorder recorder = new QuoteRecorder(client, List.of("BTC-USD", "ETH-USD"), quotes::addAll, bars::addAll, time);

        // polls at :00, :20, :40 of minute 21:28 and :00, :20 of 21:29 (the sleeper moves the clock)
        AtomicInteger polls = new AtomicInteger();
        recorder.run(20_000, () -> polls.getAndIncrement() < 5, time);

        assertThat(quotes).hasSize(10);
        assertThat(quotes.get(0).spreadBps()).isCloseTo(1.0 / 100 * 1e4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(bars).containsExactly(
                new QuoteBar("BTC-USD", T0, 100, 120, 100, 120, 0, 3, "robinhood-quotes"),
                new QuoteBar("ETH-USD", T0, 10, 10, 10, 10, 0, 3, "robinhood-quotes"));
        assertThat(server.requests()).hasSize(5);
        assertThat(recorder.failedPolls()).isZero();
    }

    @Test
    void aFailedPollIsCountedAndTheRecorderCarriesOn() throws Exception {
        AtomicInteger poll = new AtomicInteger();
        server = LoopbackServer.start(r -> poll.getAndIncrement() == 0 ? Reply.status(400, "{\"type\":\"validation_error\"}")
                : Reply.json(RobinhoodClientTest.bestBidAsk(RobinhoodClientTest.quoteRow("BTC-USD", "1", "0.9", "1.1",
                Instant.ofEpochMilli(time.millis()).toString()))));
        RobinhoodClient client = new RobinhoodClient(RobinhoodConfig.defaults().withBaseUrl(server.baseUrl()),
                RobinhoodCredentials.of("rh-api-test", Ed25519Keys.privateSeedBase64(Ed25519Keys.generate()), "test"),
                new RetryingHttpClient(HttpClient.newHttpClient(), RetryPolicy.DEFAULT, time, new Random(1)),
                new TokenBucketRateLimiter(300, 100, time, time), time);
        List<Quote> quotes = new ArrayList<>();
        QuoteRecorder recorder = new QuoteRecorder(client, List.of("BTC-USD"), quotes::addAll, b -> { }, time);

        AtomicInteger polls = new AtomicInteger();
        recorder.run(5_000, () -> polls.getAndIncrement() < 2, time);

        assertThat(recorder.failedPolls()).isEqualTo(1);
        assertThat(quotes).hasSize(1);
    }

    @Test
    void aLateQuoteForAnEmittedMinuteIsDroppedAndCounted() {
        QuoteBarAggregator aggregator = new QuoteBarAggregator();
        aggregator.add(Quote.of(T0 + 1_000, "BTC-USD", 1, 0.9, 1.1));
        List<QuoteBar> closed = aggregator.add(Quote.of(T0 + 61_000, "BTC-USD", 2, 1.9, 2.1));

        List<QuoteBar> late = aggregator.add(Quote.of(T0 + 59_000, "BTC-USD", 5, 4.9, 5.1));
        List<QuoteBar> flushed = aggregator.closeBefore(T0 + 120_000);

        assertThat(closed).extracting(QuoteBar::openTimeMillis).containsExactly(T0);
        assertThat(late).isEmpty();
        assertThat(aggregator.lateQuotesDropped()).isEqualTo(1);
        assertThat(flushed).containsExactly(new QuoteBar("BTC-USD", T0 + 60_000, 2, 2, 2, 2, 0, 1, "robinhood-quotes"));
        assertThat(aggregator.add(Quote.of(T0 + 90_000, "BTC-USD", 5, 4.9, 5.1))).isEmpty();
        assertThat(aggregator.lateQuotesDropped()).isEqualTo(2);
    }
}
