package com.adaptive.marketdata.coinbase;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.core.bar.BarSeries;
import com.adaptive.marketdata.http.MalformedResponseException;
import com.adaptive.marketdata.http.RetryPolicy;
import com.adaptive.marketdata.http.RetryingHttpClient;
import com.adaptive.marketdata.testing.LoopbackServer;
import com.adaptive.marketdata.testing.LoopbackServer.Reply;
import com.adaptive.marketdata.testing.LoopbackServer.Request;
import com.adaptive.marketdata.testing.ManualTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongPredicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoinbaseBarSourceTest {
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

    /** Coinbase's exact candle format: newest first, [time s, low, high, open, close, volume], numbers; at most 300. */
    static Reply candles(Request request, long lastOpenMillisInclusive, LongPredicate traded) {
        long granularity = Long.parseLong(request.param("granularity"));
        long start = Instant.parse(request.param("start")).toEpochMilli();
        long end = Instant.parse(request.param("end")).toEpochMilli();
        if ((end - start) / (granularity * 1000) + 1 > 300) {
            return Reply.status(400, "{\"message\":\"granularity too small for the requested time range. "
                    + "Count of aggregations requested exceeds 300\"}");
        }
        StringBuilder body = new StringBuilder("[");
        for (long t = Math.min(end, lastOpenMillisInclusive); t >= start; t -= granularity * 1000) {
            if (!traded.test(t)) {
                continue;
            }
            double open = 100 + (t - T0) / 60_000.0;
            if (body.length() > 1) {
                body.append(',');
            }
            body.append(String.format(Locale.ROOT, "[%d,%s,%s,%s,%s,%s]", t / 1000, open - 1, open + 2, open, open + 1, 0.5));
        }
        return Reply.json(body.append(']').toString());
    }

    private CoinbaseBarSource source(java.util.function.Function<Request, Reply> handler) {
        server = LoopbackServer.start(handler);
        RetryingHttpClient http = new RetryingHttpClient(HttpClient.newHttpClient(),
                new RetryPolicy(3, 100, 1_000, 5_000), time, new Random(7));
        return new CoinbaseBarSource(CoinbaseConfig.defaults().withBaseUrl(server.baseUrl()), http, time);
    }

    @Test
    void readsNewestFirstRowsInCoinbaseColumnOrderAcrossWindowsOf300() {
        CoinbaseBarSource source = source(r -> candles(r, T0 + 699 * MINUTE, t -> true));

        BarSeries bars = source.fetch("BTC-USD", BarInterval.M1, T0, T0 + 700 * MINUTE);

        assertThat(bars.size()).isEqualTo(700);
        assertThat(bars.openTimeMillis()[0]).isEqualTo(T0);
        assertThat(bars.openTimeMillis()[699]).isEqualTo(T0 + 699 * MINUTE);
        // row [time, low, high, open, close, volume] for minute 10 is [.., 109, 112, 110, 111, 0.5]
        assertThat(bars.open()[10]).isEqualTo(110.0);
        assertThat(bars.high()[10]).isEqualTo(112.0);
        assertThat(bars.low()[10]).isEqualTo(109.0);
        assertThat(bars.close()[10]).isEqualTo(111.0);
        assertThat(bars.volume()[10]).isEqualTo(0.5);
        assertThat(server.requests()).extracting(r -> r.uri().getPath()).containsOnly("/products/BTC-USD/candles");
        assertThat(server.requests()).extracting(r -> r.param("start") + ".." + r.param("end")).containsExactly(
                "2024-01-01T00:00:00Z..2024-01-01T04:59:00Z",
                "2024-01-01T05:00:00Z..2024-01-01T09:59:00Z",
                "2024-01-01T10:00:00Z..2024-01-01T11:39:00Z");
        assertThat(server.requests()).extracting(r -> r.param("granularity")).containsOnly("60");
    }

    @Test
    void minutesWithoutTradesAreGapsAndAnEmptyWindowDoesNotEndTheRange() {
        // no trades at all in the first window (minutes 0..299) and none at minute 400
        CoinbaseBarSource source = source(r -> candles(r, T0 + 599 * MINUTE, t -> t >= T0 + 300 * MINUTE && t != T0 + 400 * MINUTE));

        BarSeries bars = source.fetch("ETH-USD", BarInterval.M1, T0, T0 + 600 * MINUTE);

        assertThat(bars.size()).isEqualTo(299);
        assertThat(bars.openTimeMillis()[0]).isEqualTo(T0 + 300 * MINUTE);
        assertThat(bars.indexAtOrAfter(T0 + 400 * MINUTE)).isEqualTo(100);
        assertThat(bars.openTimeMillis()[100]).isEqualTo(T0 + 401 * MINUTE);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void neverReturnsTheStillFormingBar() {
        long formingOpen = Instant.parse("2024-01-03T00:00:00Z").toEpochMilli();
        // a server that includes the current candle whatever end says
        CoinbaseBarSource source = source(r -> Reply.json(String.format(Locale.ROOT,
                "[[%d,1,3,2,2.5,1.0],[%d,1,3,2,2.5,1.0],[%d,1,3,2,2.5,1.0]]",
                formingOpen / 1000, (formingOpen - MINUTE) / 1000, (formingOpen - 2 * MINUTE) / 1000)));

        BarSeries bars = source.fetch("BTC-USD", BarInterval.M1, formingOpen - 2 * MINUTE, formingOpen + 10 * MINUTE);

        assertThat(bars.openTimeMillis()).containsExactly(formingOpen - 2 * MINUTE, formingOpen - MINUTE);
        assertThat(server.requests().get(0).param("end")).isEqualTo("2024-01-02T23:59:00Z");
    }

    @Test
    void sortsOutOfOrderRowsAndDropsRepeats() {
        String body = String.format(Locale.ROOT, "[[%d,1,3,2,2.5,1.0],[%d,1,3,2,2.5,1.0],[%d,1,3,2,2.5,1.0],[%d,1,3,2,2.5,1.0]]",
                (T0 + MINUTE) / 1000, (T0 + 2 * MINUTE) / 1000, T0 / 1000, (T0 + MINUTE) / 1000);
        CoinbaseBarSource source = source(r -> Reply.json(body));

        BarSeries bars = source.fetch("BTC-USD", BarInterval.M1, T0, T0 + 3 * MINUTE);

        assertThat(bars.openTimeMillis()).containsExactly(T0, T0 + MINUTE, T0 + 2 * MINUTE);
    }

    @Test
    void refuses3mBecauseCoinbaseHasNoSuchGranularity() {
        CoinbaseBarSource source = source(r -> Reply.json("[]"));

        assertThat(source.nativeIntervals()).doesNotContain(BarInterval.M3).contains(BarInterval.M1);
        assertThatThrownBy(() -> source.pages("BTC-USD", BarInterval.M3, T0, T0 + 30 * MINUTE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interval 3m is not offered by source coinbase (granularities 60, 300, 900, 3600, 21600, "
                        + "86400 s): fetch 1m and resample to 3m");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void retriesA429WithRetryAfterAndA5xx() {
        AtomicInteger calls = new AtomicInteger();
        CoinbaseBarSource source = source(r -> switch (calls.getAndIncrement()) {
            case 0 -> Reply.status(429, "{\"message\":\"Public rate limit exceeded\"}").withHeader("Retry-After", "1");
            case 1 -> Reply.status(500, "{\"message\":\"Internal server error\"}");
            default -> candles(r, T0 + 9 * MINUTE, t -> true);
        });

        BarSeries bars = source.fetch("BTC-USD", BarInterval.M1, T0, T0 + 10 * MINUTE);

        assertThat(bars.size()).isEqualTo(10);
        assertThat(time.sleeps()).hasSize(2);
        assertThat(time.sleeps().get(0)).isEqualTo(1_000L);
        assertThat(time.sleeps().get(1)).isBetween(100L, 200L);
    }

    @Test
    void malformedJsonNamesUrlAndPosition() {
        CoinbaseBarSource source = source(r -> Reply.json("[[1704067200,1,3,2,2.5,1.0],\n[1704067260,1,3,2,2.5"));

        assertThatThrownBy(() -> source.fetch("BTC-USD", BarInterval.M1, T0, T0 + 10 * MINUTE))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageStartingWith("Cannot parse response of " + server.baseUrl()
                        + "/products/BTC-USD/candles?granularity=60&start=2024-01-01T00:00:00Z&end=2024-01-01T00:09:00Z:"
                        + " malformed JSON at line 2, column ");
    }

    @Test
    void aRowThatIsNotACandleNamesItsPosition() {
        CoinbaseBarSource source = source(r -> Reply.json("[[1704067200,1,3,2,2.5,1.0],{\"time\":1}]"));

        assertThatThrownBy(() -> source.fetch("BTC-USD", BarInterval.M1, T0, T0 + 10 * MINUTE))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessage("Cannot read response of " + server.baseUrl()
                        + "/products/BTC-USD/candles?granularity=60&start=2024-01-01T00:00:00Z&end=2024-01-01T00:09:00Z:"
                        + " at $[1] expected an array but got object {\"time\":1}");
    }

    @Test
    void servesFiveMinuteCandlesWithGranularity300() {
        CoinbaseBarSource source = source(r -> candles(r, T0 + 55 * MINUTE, t -> true));

        BarSeries bars = source.fetch("BTC-USD", BarInterval.M5, T0, T0 + 60 * MINUTE);

        assertThat(bars.size()).isEqualTo(12);
        assertThat(server.requests()).extracting(r -> r.param("granularity")).containsExactly("300");
        assertThat(List.of(bars.openTimeMillis()[1])).containsExactly(T0 + 5 * MINUTE);
    }
}
