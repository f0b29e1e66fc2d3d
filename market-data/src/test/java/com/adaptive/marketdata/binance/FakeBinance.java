package com.adaptive.marketdata.binance;

import com.adaptive.marketdata.testing.LoopbackServer.Reply;
import com.adaptive.marketdata.testing.LoopbackServer.Request;

import java.util.Set;
import java.util.function.Function;

/**
 * Serves {@code /api/v3/klines} in Binance's exact format from a synthetic minute series: bar k (minutes since
 * {@code firstOpenMillis}) opens at {@code 100 + k}; minutes in {@code missing} have no row (an outage).
 */
final class FakeBinance implements Function<Request, Reply> {
    final long firstOpenMillis;
    final long lastOpenMillisInclusive;
    Set<Long> missing = Set.of();
    boolean ignoreEndTime;
    String weightUsed = "12";

    FakeBinance(long firstOpenMillis, long lastOpenMillisInclusive) {
        this.firstOpenMillis = firstOpenMillis;
        this.lastOpenMillisInclusive = lastOpenMillisInclusive;
    }

    static String kline(long openMillis, double open) {
        // the 12 fields Binance sends; prices and volumes are strings with 8 decimals
        return String.format(java.util.Locale.ROOT,
                "[%d,\"%.8f\",\"%.8f\",\"%.8f\",\"%.8f\",\"%.8f\",%d,\"1000.00000000\",42,\"0.50000000\",\"500.00000000\",\"0\"]",
                openMillis, open, open + 2, open - 1, open + 1, 1.25, openMillis + 59_999);
    }

    @Override
    public Reply apply(Request request) {
        if (!request.uri().getPath().equals("/api/v3/klines")) {
            return Reply.status(404, "{\"code\":-1,\"msg\":\"not found\"}");
        }
        long start = Long.parseLong(request.param("startTime"));
        long end = ignoreEndTime ? Long.MAX_VALUE : Long.parseLong(request.param("endTime"));
        int limit = Integer.parseInt(request.param("limit"));
        StringBuilder body = new StringBuilder("[");
        int n = 0;
        long t = Math.max(start + Math.floorMod(-start, 60_000L), firstOpenMillis);
        for (; t <= Math.min(end, lastOpenMillisInclusive) && n < limit; t += 60_000) {
            if (missing.contains(t)) {
                continue;
            }
            if (n++ > 0) {
                body.append(',');
            }
            body.append(kline(t, openAt(t)));
        }
        return Reply.json(body.append(']').toString()).withHeader("X-MBX-USED-WEIGHT-1M", weightUsed);
    }

    double openAt(long openMillis) {
        return 100 + (openMillis - firstOpenMillis) / 60_000.0;
    }
}
