package com.adaptive.marketdata.source;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.core.bar.BarSeries;
import com.adaptive.marketdata.binance.BinanceBarSource;
import com.adaptive.marketdata.binance.BinanceConfig;
import com.adaptive.marketdata.coinbase.CoinbaseBarSource;
import com.adaptive.marketdata.coinbase.CoinbaseConfig;
import com.adaptive.marketdata.http.RetryPolicy;
import com.adaptive.marketdata.http.RetryingHttpClient;
import com.adaptive.marketdata.testing.LoopbackServer;
import com.adaptive.marketdata.testing.LoopbackServer.Reply;
import com.adaptive.marketdata.testing.ManualTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.time.Instant;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows fetched per second from a loopback server speaking each exchange's format (server-side JSON rendering
 * included, so this is a lower bound of the client's own speed). Prints the figures; checks every bar it counts.
 */
@Tag("integration")
class LoopbackFetchThroughputTest {
    private static final long T0 = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;
    private static final int BARS = 200_000;

    private final ManualTime time = new ManualTime(Instant.ofEpochMilli(T0 + 400 * 1440 * MINUTE));

    private static double openAt(long t) {
        return 30_000 + ((t - T0) / MINUTE) % 1000;
    }

    private static Reply binance(LoopbackServer.Request r) {
        long start = Long.parseLong(r.param("startTime"));
        long end = Long.parseLong(r.param("endTime"));
        int limit = Integer.parseInt(r.param("limit"));
        StringBuilder b = new StringBuilder(limit * 160).append('[');
        int n = 0;
        for (long t = start; t <= end && t < T0 + BARS * MINUTE && n < limit; t += MINUTE, n++) {
            double o = openAt(t);
            if (n > 0) {
                b.append(',');
            }
            b.append('[').append(t).append(",\"").append(o).append("\",\"").append(o + 5).append("\",\"").append(o - 5)
                    .append("\",\"").append(o + 1).append("\",\"1.23456789\",").append(t + 59_999)
                    .append(",\"37000.1\",100,\"0.6\",\"18000.5\",\"0\"]");
        }
        return Reply.json(b.append(']').toString()).withHeader("X-MBX-USED-WEIGHT-1M", "2");
    }

    private static Reply coinbase(LoopbackServer.Request r) {
        long start = Instant.parse(r.param("start")).toEpochMilli();
        long end = Instant.parse(r.param("end")).toEpochMilli();
        StringBuilder b = new StringBuilder(300 * 80).append('[');
        for (long t = Math.min(end, T0 + (BARS - 1) * MINUTE); t >= start; t -= MINUTE) {
            double o = openAt(t);
            if (b.length() > 1) {
                b.append(',');
            }
            b.append('[').append(t / 1000).append(',').append(o - 5).append(',').append(o + 5).append(',').append(o)
                    .append(',').append(o + 1).append(",1.23456789]");
        }
        return Reply.json(b.append(']').toString());
    }

    private double rowsPerSecond(BarSource source, int bars) {
        long started = System.nanoTime();
        BarSeries fetched = source.fetch("BTC-USD", BarInterval.M1, T0, T0 + bars * MINUTE);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(fetched.size()).isEqualTo(bars);
        for (int i = 0; i < bars; i += 997) {
            long t = T0 + i * MINUTE;
            assertThat(fetched.openTimeMillis()[i]).isEqualTo(t);
            assertThat(fetched.open()[i]).isEqualTo(openAt(t));
            assertThat(fetched.low()[i]).isEqualTo(openAt(t) - 5);
        }
        return bars / seconds;
    }

    private RetryingHttpClient http() {
        return new RetryingHttpClient(HttpClient.newHttpClient(), RetryPolicy.DEFAULT, time, new Random(1));
    }

    @Test
    void binanceKlinesRowsPerSecondOverLoopback() {
        try (LoopbackServer server = LoopbackServer.start(LoopbackFetchThroughputTest::binance)) {
            BinanceBarSource source = new BinanceBarSource(BinanceConfig.defaults().withBaseUrl(server.baseUrl()), http(), time);
            rowsPerSecond(source, 20_000); // warm-up
            double rate = rowsPerSecond(source, BARS);
            System.out.printf(Locale.ROOT, "binance loopback: %,d rows in pages of 1000: %,.0f rows/s%n", BARS, rate);
            assertThat(rate).isPositive();
        }
    }

    @Test
    void coinbaseCandlesRowsPerSecondOverLoopback() {
        try (LoopbackServer server = LoopbackServer.start(LoopbackFetchThroughputTest::coinbase)) {
            CoinbaseBarSource source = new CoinbaseBarSource(CoinbaseConfig.defaults().withBaseUrl(server.baseUrl()), http(), time);
            rowsPerSecond(source, 20_000); // warm-up
            double rate = rowsPerSecond(source, BARS);
            System.out.printf(Locale.ROOT, "coinbase loopback: %,d rows in windows of 300: %,.0f rows/s%n", BARS, rate);
            assertThat(rate).isPositive();
        }
    }
}
