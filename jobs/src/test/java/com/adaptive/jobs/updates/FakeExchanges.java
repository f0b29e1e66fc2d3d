package com.adaptive.jobs.updates;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real HTTP server on 127.0.0.1 speaking Binance's {@code /api/v3/klines} and Coinbase's {@code /products/{id}/candles}
 * in their exact formats, from one deterministic minute series per symbol that exists at every time up to now (so the
 * job can run on the system clock). Minutes in {@link #missing} have no row, as during an outage or a minute without
 * trades. Every request URI is recorded. A trimmed copy of market-data's test server: only what the job tests need.
 */
final class FakeExchanges implements AutoCloseable {
    static {
        // small responses stall on Nagle plus delayed ACK without this, which would measure the server, not the job
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** Open times (ms) of 1m bars that the exchanges do not serve. */
    final Set<Long> missing = ConcurrentHashMap.newKeySet();
    final List<URI> requests = Collections.synchronizedList(new ArrayList<>());
    private final HttpServer server;
    /** Robinhood: the account's API key and public key; requests whose Ed25519 signature does not verify get 401. */
    volatile String robinhoodApiKey;
    volatile java.security.PublicKey robinhoodPublicKey;
    final java.util.concurrent.atomic.AtomicInteger badSignatures = new java.util.concurrent.atomic.AtomicInteger();

    FakeExchanges() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Close of the 1m bar at minute k (epoch minutes) of a symbol: a deterministic wiggle with noise, no jumps. */
    static double close(String symbol, long k) {
        double base = symbol.startsWith("BTC") ? 40_000 : 2_000;
        // cents, so Binance's 8-decimal strings and Coinbase's numbers carry the exact same doubles
        // independent noise per minute (a mixed hash): consecutive noises must not be correlated, or returns repeat a pattern
        long h = k * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 32;
        return Math.round((base + base * 0.001 * Math.sin(k / 30.0) + (Math.floorMod(h, 13) - 6) * base * 0.00005) * 100) / 100.0;
    }

    /** The 1m bar at {@code openMillis}: open, high, low, close, volume. */
    static double[] bar1m(String symbol, long openMillis) {
        long k = openMillis / 60_000;
        double open = close(symbol, k - 1);
        double close = close(symbol, k);
        return new double[] {open, Math.max(open, close) + 1, Math.min(open, close) - 1, close, 1 + k % 5};
    }

    /** A bar of {@code minutes} minutes built from the 1m bars the exchange has, or null when it has none of them. */
    double[] bar(String symbol, long openMillis, int minutes) {
        double[] out = null;
        for (int i = 0; i < minutes; i++) {
            long t = openMillis + i * 60_000L;
            if (minutes == 1 && missing.contains(t)) {
                return null;
            }
            double[] m = bar1m(symbol, t);
            if (out == null) {
                out = m.clone();
            } else {
                out[1] = Math.max(out[1], m[1]);
                out[2] = Math.min(out[2], m[2]);
                out[3] = m[3];
                out[4] += m[4];
            }
        }
        return out;
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        requests.add(uri);
        Map<String, String> q = query(uri);
        String body;
        int status = 200;
        String path = uri.getPath();
        if (path.equals("/api/v3/klines")) {
            body = binance(q);
        } else if (path.equals("/api/v1/crypto/marketdata/best_bid_ask/")) {
            if (signed(exchange)) {
                body = robinhood(uri);
            } else {
                badSignatures.incrementAndGet();
                status = 401;
                body = "{\"type\":\"client_error\",\"errors\":[{\"detail\":\"bad signature\"}]}";
            }
        } else if (path.startsWith("/products/") && path.endsWith("/candles")) {
            body = coinbase(path.substring("/products/".length(), path.length() - "/candles".length()), q);
        } else {
            status = 404;
            body = "{\"message\":\"NotFound\"}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("X-MBX-USED-WEIGHT-1M", "2");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private boolean signed(HttpExchange exchange) {
        try {
            String key = exchange.getRequestHeaders().getFirst("x-api-key");
            String timestamp = exchange.getRequestHeaders().getFirst("x-timestamp");
            String signature = exchange.getRequestHeaders().getFirst("x-signature");
            if (key == null || !key.equals(robinhoodApiKey) || timestamp == null || signature == null) {
                return false;
            }
            java.security.Signature verifier = java.security.Signature.getInstance("Ed25519");
            verifier.initVerify(robinhoodPublicKey);
            verifier.update((key + timestamp + exchange.getRequestURI().getRawPath() + "?" + exchange.getRequestURI().getRawQuery()
                    + exchange.getRequestMethod()).getBytes(StandardCharsets.UTF_8));
            return verifier.verify(java.util.Base64.getDecoder().decode(signature));
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Robinhood best_bid_ask: one row per asked symbol, bid and ask 0.1 % either side of the current 1m close. */
    private String robinhood(URI uri) {
        List<String> rows = new ArrayList<>();
        long now = System.currentTimeMillis();
        for (String pair : uri.getRawQuery().split("&")) {
            String symbol = pair.substring(pair.indexOf('=') + 1);
            double price = close(symbol, now / 60_000);
            rows.add(String.format(Locale.ROOT, "{\"symbol\":\"%s\",\"price\":%s,\"bid_inclusive_of_sell_spread\":%s,"
                    + "\"sell_spread\":0.001,\"ask_inclusive_of_buy_spread\":%s,\"buy_spread\":0.001,\"timestamp\":\"%s\"}",
                    symbol, price, price * 0.999, price * 1.001, Instant.ofEpochMilli(now)));
        }
        return "{\"results\":[" + String.join(",", rows) + "]}";
    }

    /** Binance: rows with startTime <= open <= endTime (inclusive), ascending, at most limit, up to now (forming bar included). */
    private String binance(Map<String, String> q) {
        String symbol = q.get("symbol").replace("USDT", "-USD");
        int minutes = minutes(q.get("interval"));
        long step = minutes * 60_000L;
        long start = Long.parseLong(q.get("startTime"));
        long end = Math.min(Long.parseLong(q.get("endTime")), System.currentTimeMillis());
        int limit = Integer.parseInt(q.get("limit"));
        StringBuilder out = new StringBuilder("[");
        int n = 0;
        for (long t = start + Math.floorMod(-start, step); t <= end && n < limit; t += step) {
            double[] b = bar(symbol, t, minutes);
            if (b == null) {
                continue;
            }
            out.append(n++ == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "[%d,\"%.8f\",\"%.8f\",\"%.8f\",\"%.8f\",\"%.8f\",%d,\"0\",1,\"0\",\"0\",\"0\"]",
                    t, b[0], b[1], b[2], b[3], b[4], t + step - 1));
        }
        return out.append(']').toString();
    }

    /** Coinbase: [time s, low, high, open, close, volume], newest first, start..end inclusive, at most 300. */
    private String coinbase(String product, Map<String, String> q) {
        long granularity = Long.parseLong(q.get("granularity"));
        long step = granularity * 1000;
        long start = Instant.parse(q.get("start")).toEpochMilli();
        long end = Math.min(Instant.parse(q.get("end")).toEpochMilli(), System.currentTimeMillis());
        List<String> rows = new ArrayList<>();
        for (long t = start + Math.floorMod(-start, step); t <= end && rows.size() < 300; t += step) {
            double[] b = bar(product, t, (int) (granularity / 60));
            if (b != null) {
                rows.add(String.format(Locale.ROOT, "[%d,%s,%s,%s,%s,%s]", t / 1000, b[2], b[1], b[0], b[3], b[4]));
            }
        }
        Collections.reverse(rows);
        return "[" + String.join(",", rows) + "]";
    }

    private static int minutes(String interval) {
        return switch (interval) {
            case "1m" -> 1;
            case "3m" -> 3;
            case "5m" -> 5;
            case "15m" -> 15;
            case "1h" -> 60;
            default -> throw new IllegalArgumentException("fake exchange has no interval " + interval);
        };
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> out = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                out.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
