package com.adaptive.marketdata.binance;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.core.bar.BarSeries;
import com.adaptive.marketdata.http.HttpStatusException;
import com.adaptive.marketdata.http.MalformedResponseException;
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
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BinanceBarSourceTest {
    private static final long T0 = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;

    private final ManualTime time = new ManualTime(Instant.parse("2024-01-03T00:00:30Z"));
    private LoopbackServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private BinanceBarSource source(Function<LoopbackServer.Request, Reply> handler, int pageLimit) {
        server = LoopbackServer.start(handler);
        RetryingHttpClient http = new RetryingHttpClient(HttpClient.newHttpClient(),
                new RetryPolicy(4, 100, 1_000, 5_000), time, new Random(7));
        return new BinanceBarSource(BinanceConfig.defaults().withBaseUrl(server.baseUrl()).withPageLimit(pageLimit), http, time);
    }

    @Test
    void pagesForwardByStartTimeAndReturnsEveryBarOnceWithBinanceColumns() {
        FakeBinance fake = new FakeBinance(T0, T0 + 2_499 * MINUTE);
        BinanceBarSource source = source(fake, 1000);

        BarSeries bars = source.fetch("BTC-USD", BarInterval.M1, T0, T0 + 2_500 * MINUTE);

        assertThat(bars.size()).isEqualTo(2_500);
        assertThat(bars.openTimeMillis()[0]).isEqualTo(T0);
        assertThat(bars.openTimeMillis()[2_499]).isEqualTo(T0 + 2_499 * MINUTE);
        assertThat(bars.open()[10]).isEqualTo(110.0);
        assertThat(bars.high()[10]).isEqualTo(112.0);
        assertThat(bars.low()[10]).isEqualTo(109.0);
        assertThat(bars.close()[10]).isEqualTo(111.0);
        assertThat(bars.volume()[10]).isEqualTo(1.25);
        assertThat(server.requests()).extracting(r -> r.param("startTime"))
                .containsExactly(String.valueOf(T0), String.valueOf(T0 + 1_000 * MINUTE), String.valueOf(T0 + 2_000 * MINUTE));
        assertThat(server.requests()).allSatisfy(r -> {
            assertThat(r.param("symbol")).isEqualTo("BTCUSDT");
            assertThat(r.param("interval")).isEqualTo("1m");
            assertThat(r.param("limit")).isEqualTo("1000");
            assertThat(r.param("endTime")).isEqualTo(String.valueOf(T0 + 2_500 * MINUTE - 1));
        });
    }

    @Test
    void streamsOneNonEmptyPagePerRequest() {
        BinanceBarSource source = source(new FakeBinance(T0, T0 + 249 * MINUTE), 100);

        List<Integer> pageSizes = source.pageStream("ETH-USD", BarInterval.M1, T0, T0 + 250 * MINUTE)
                .map(BarSeries::size).toList();

        assertThat(pageSizes).containsExactly(100, 100, 50);
        assertThat(server.requests()).extracting(r -> r.param("symbol")).containsOnly("ETHUSDT");
    }

    @Test
    void neverReturnsTheStillFormingBarEvenWhenTheServerSendsIt() {
        // now is 00:00:30 on Jan 3: the bar opened at 00:00 is still forming
        FakeBinance fake = new FakeBinance(T0, Instant.parse("2024-01-03T00:00:00Z").toEpochMilli());
        fake.ignoreEndTime = true;
        BinanceBarSource source = source(fake, 1000);
        long from = Instant.parse("2024-01-02T23:50:00Z").toEpochMilli();

        BarSeries bars = source.fetch("BTC-USD", BarInterval.M1, from, from + 3_600_000);

        assertThat(bars.size()).isEqualTo(10);
        assertThat(Instant.ofEpochMilli(bars.openTimeMillis()[9])).isEqualTo(Instant.parse("2024-01-02T23:59:00Z"));
        assertThat(server.requests()).hasSize(1);
        assertThat(server.requests().get(0).param("endTime"))
                .isEqualTo(String.valueOf(Instant.parse("2024-01-03T00:00:00Z").toEpochMilli() - 1));
    }

    @Test
    void anOutageIsAGapAndAnEmptyPageEndsTheRange() {
        FakeBinance fake = new FakeBinance(T0, T0 + 59 * MINUTE);
        fake.missing = Set.of(T0 + 20 * MINUTE, T0 + 21 * MINUTE);
        BinanceBarSource source = source(fake, 30);

        BarSeries bars = source.fetch("BTC-USD", BarInterval.M1, T0, T0 + 120 * MINUTE);

        assertThat(bars.size()).isEqualTo(58);
        assertThat(bars.indexAtOrAfter(T0 + 20 * MINUTE)).isEqualTo(20);
        assertThat(bars.openTimeMillis()[20]).isEqualTo(T0 + 22 * MINUTE);
        // pages [0..31] and [32..59], then an empty page at 60 ends the range
        assertThat(server.requests()).hasSize(3);
        assertThat(server.requests().get(2).param("startTime")).isEqualTo(String.valueOf(T0 + 60 * MINUTE));
    }

    @Test
    void sortsOutOfOrderRowsAndKeepsOneCopyOfARepeatedBar() {
        String body = "[" + FakeBinance.kline(T0 + 2 * MINUTE, 102) + "," + FakeBinance.kline(T0, 100) + ","
                + FakeBinance.kline(T0 + MINUTE, 101) + "," + FakeBinance.kline(T0, 100) + "]";
        AtomicInteger calls = new AtomicInteger();
        BinanceBarSource source = source(r -> calls.getAndIncrement() == 0 ? Reply.json(body) : Reply.json("[]"), 1000);

        BarSeries bars = source.fetch("BTC-USD", BarInterval.M1, T0, T0 + 10 * MINUTE);

        assertThat(bars.openTimeMillis()).containsExactly(T0, T0 + MINUTE, T0 + 2 * MINUTE);
        assertThat(bars.open()).containsExactly(100.0, 101.0, 102.0);
    }

    @Test
    void waitsForRetryAfterOn429AndThenSucceeds() {
        FakeBinance fake = new FakeBinance(T0, T0 + 9 * MINUTE);
        AtomicInteger calls = new AtomicInteger();
        BinanceBarSource source = source(r -> calls.getAndIncrement() == 0
                ? Reply.status(429, "{\"code\":-1003,\"msg\":\"Too many requests\"}").withHeader("Retry-After", "1")
                : fake.apply(r), 1000);

        BarSeries bars = source.fetch("BTC-USD", BarInterval.M1, T0, T0 + 10 * MINUTE);

        assertThat(bars.size()).isEqualTo(10);
        assertThat(time.sleeps()).containsExactly(1_000L);
    }

    @Test
    void waitsForRetryAfterOn418Ban() {
        FakeBinance fake = new FakeBinance(T0, T0 + 9 * MINUTE);
        AtomicInteger calls = new AtomicInteger();
        BinanceBarSource source = source(r -> calls.getAndIncrement() == 0
                ? Reply.status(418, "{\"code\":-1003,\"msg\":\"banned\"}").withHeader("Retry-After", "2")
                : fake.apply(r), 1000);

        assertThat(source.fetch("BTC-USD", BarInterval.M1, T0, T0 + 10 * MINUTE).size()).isEqualTo(10);
        assertThat(time.sleeps()).containsExactly(2_000L);
    }

    @Test
    void failsAtOnceWhenRetryAfterIsLongerThanTheCap() {
        BinanceBarSource source = source(r -> Reply.status(418, "{}").withHeader("Retry-After", "7200"), 1000);

        assertThatThrownBy(() -> source.fetch("BTC-USD", BarInterval.M1, T0, T0 + 10 * MINUTE))
                .isInstanceOf(HttpStatusException.class)
                .hasMessage("GET " + klinesUrl(T0, T0 + 10 * MINUTE) + " failed: HTTP 418 asks to retry after 7200 s, "
                        + "more than maxRetryAfterMillis 5000");
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void retriesServerErrorsWithJitteredDoublingBackoffThenSucceeds() {
        FakeBinance fake = new FakeBinance(T0, T0 + 9 * MINUTE);
        AtomicInteger calls = new AtomicInteger();
        BinanceBarSource source = source(r -> calls.getAndIncrement() < 2
                ? Reply.status(503, "{\"code\":-1001,\"msg\":\"Internal error\"}") : fake.apply(r), 1000);

        BarSeries bars = source.fetch("BTC-USD", BarInterval.M1, T0, T0 + 10 * MINUTE);

        assertThat(bars.size()).isEqualTo(10);
        assertThat(server.requests()).hasSize(3);
        List<Long> sleeps = time.sleeps();
        assertThat(sleeps).hasSize(2);
        assertThat(sleeps.get(0)).isBetween(50L, 100L);
        assertThat(sleeps.get(1)).isBetween(100L, 200L);
    }

    @Test
    void givesUpOnServerErrorsAfterMaxAttemptsWithBackoffNeverAboveTheCap() {
        BinanceBarSource source = source(r -> Reply.status(502, "bad gateway"), 1000);

        assertThatThrownBy(() -> source.fetch("BTC-USD", BarInterval.M1, T0, T0 + 10 * MINUTE))
                .isInstanceOf(HttpStatusException.class)
                .hasMessage("GET " + klinesUrl(T0, T0 + 10 * MINUTE) + " failed after 4 attempts: HTTP 502 bad gateway");
        assertThat(server.requests()).hasSize(4);
        assertThat(time.sleeps()).hasSize(3).allSatisfy(s -> assertThat(s).isLessThanOrEqualTo(1_000L));
    }

    @Test
    void doesNotRetryAClientError() {
        BinanceBarSource source = source(r -> Reply.status(400, "{\"code\":-1121,\"msg\":\"Invalid symbol.\"}"), 1000);

        assertThatThrownBy(() -> source.fetch("BTC-USD", BarInterval.M1, T0, T0 + 10 * MINUTE))
                .isInstanceOf(HttpStatusException.class)
                .hasMessage("GET " + klinesUrl(T0, T0 + 10 * MINUTE)
                        + " failed: HTTP 400 {\"code\":-1121,\"msg\":\"Invalid symbol.\"}");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void malformedJsonNamesUrlAndPosition() {
        BinanceBarSource source = source(r -> Reply.json("[[1704067200000,\"1.0\",\"2.0\" \"0.5\"]]"), 1000);

        assertThatThrownBy(() -> source.fetch("BTC-USD", BarInterval.M1, T0, T0 + 10 * MINUTE))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessage("Cannot parse response of " + klinesUrl(T0, T0 + 10 * MINUTE)
                        + ": malformed JSON at line 1, column 29 (char 28): Unexpected character ('\"' (code 34)):"
                        + " was expecting comma to separate Array entries");
    }

    @Test
    void aPriceThatIsNotANumberNamesTheCell() {
        String body = "[" + FakeBinance.kline(T0, 100) + ",[" + (T0 + MINUTE) + ",\"1.0\",\"abc\",\"0.5\",\"1.0\",\"3\"]]";
        BinanceBarSource source = source(r -> Reply.json(body), 1000);

        assertThatThrownBy(() -> source.fetch("BTC-USD", BarInterval.M1, T0, T0 + 10 * MINUTE))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessage("Cannot read response of " + klinesUrl(T0, T0 + 10 * MINUTE)
                        + ": at $[1][2] expected a number but got \"abc\"");
    }

    @Test
    void waitsForTheNextMinuteWhenUsedWeightNearsTheBudget() {
        FakeBinance fake = new FakeBinance(T0, T0 + 199 * MINUTE);
        fake.weightUsed = "4900";
        BinanceBarSource source = source(fake, 100);

        source.fetch("BTC-USD", BarInterval.M1, T0, T0 + 200 * MINUTE);

        // 4900 >= 0.8 * 6000: after each of the 2 pages wait until the next whole minute (clock at :30 s, then :00)
        assertThat(time.sleeps()).containsExactly(30_000L, 60_000L);
    }

    @Test
    void doesNotWaitWhileUsedWeightIsLow() {
        BinanceBarSource source = source(new FakeBinance(T0, T0 + 199 * MINUTE), 100);

        source.fetch("BTC-USD", BarInterval.M1, T0, T0 + 200 * MINUTE);

        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void rejectsAnUnknownSymbolNamingTheKnownOnes() {
        BinanceBarSource source = source(new FakeBinance(T0, T0), 100);

        assertThatThrownBy(() -> source.pages("DOGE-USD", BarInterval.M1, T0, T0 + MINUTE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown symbol 'DOGE-USD' for source binance: expected one of [BTC-USD, ETH-USD]");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void fetchesNative3mBars() {
        BinanceBarSource source = source(r -> {
            assertThat(r.param("interval")).isEqualTo("3m");
            return Reply.json("[" + FakeBinance.kline(T0, 100) + "," + FakeBinance.kline(T0 + 3 * MINUTE, 103) + "]");
        }, 1000);

        Iterator<BarSeries> pages = source.pages("BTC-USD", BarInterval.M3, T0, T0 + 6 * MINUTE);
        List<BarSeries> all = new ArrayList<>();
        pages.forEachRemaining(all::add);

        assertThat(all).hasSize(1);
        assertThat(all.get(0).openTimeMillis()).containsExactly(T0, T0 + 3 * MINUTE);
    }

    private String klinesUrl(long from, long to) {
        return server.baseUrl() + "/api/v3/klines?symbol=BTCUSDT&interval=1m&startTime=" + from + "&endTime=" + (to - 1)
                + "&limit=1000";
    }
}
