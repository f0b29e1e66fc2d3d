package com.adaptive.marketdata.robinhood;

import com.adaptive.marketdata.http.HttpResult;
import com.adaptive.marketdata.http.JsonResponses;
import com.adaptive.marketdata.http.MalformedResponseException;
import com.adaptive.marketdata.http.RetryingHttpClient;
import com.adaptive.marketdata.source.BarSourceException;
import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Authenticated client of the Robinhood Crypto Trading API ({@code /api/v1/crypto/...}).
 *
 * <p>Every attempt (retries included) takes a token from the client-side rate limiter, then is signed afresh:
 * {@code x-api-key}, {@code x-timestamp} (unix seconds by the clock; Robinhood accepts 30 s of skew) and
 * {@code x-signature} over the same body bytes that are sent. The API has no historical candles: market data is
 * {@code best_bid_ask} (and estimated prices), which {@link QuoteRecorder} turns into quotes and 1m bars.
 */
public final class RobinhoodClient {
    static final String BEST_BID_ASK_PATH = "/api/v1/crypto/marketdata/best_bid_ask/";

    private final RobinhoodConfig config;
    private final RobinhoodCredentials credentials;
    private final RetryingHttpClient http;
    private final TokenBucketRateLimiter limiter;
    private final Clock clock;

    public RobinhoodClient(RobinhoodConfig config, RobinhoodCredentials credentials, RetryingHttpClient http,
                           TokenBucketRateLimiter limiter, Clock clock) {
        this.config = config;
        this.credentials = credentials;
        this.http = http;
        this.limiter = limiter;
        this.clock = clock;
    }

    /** A signed GET of a path with its query string, e.g. {@code /api/v1/crypto/trading/accounts/}. */
    public HttpResult get(String pathWithQuery) {
        return send("GET", pathWithQuery, "");
    }

    /** A signed POST of a JSON body; the exact string given is both signed and sent. */
    public HttpResult post(String path, String jsonBody) {
        return send("POST", path, jsonBody);
    }

    /** Best bid and ask for canonical symbols, one quote each, in the order the server returns them. */
    public List<Quote> bestBidAsk(List<String> symbols) {
        Map<String, String> toCanonical = symbols.stream().collect(Collectors.toMap(
                s -> config.symbols().toSource("robinhood", s), s -> s, (a, b) -> a));
        String query = toCanonical.keySet().stream()
                .map(s -> "symbol=" + URLEncoder.encode(s, StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResult result = get(BEST_BID_ASK_PATH + "?" + query);
        JsonNode results = JsonResponses.parse(result).get("results");
        JsonResponses.requireArray(result, results, "$.results");
        List<Quote> quotes = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            String path = "$.results[" + i + "]";
            JsonNode q = results.get(i);
            String symbol = JsonResponses.text(result, q, "symbol", path);
            String canonical = toCanonical.get(symbol);
            if (canonical == null) {
                throw new MalformedResponseException("Cannot read response of " + result.uri() + ": at " + path
                        + ".symbol got " + symbol + ", which was not asked for");
            }
            quotes.add(Quote.of(time(result, q, path), canonical, decimal(result, q, "price", path),
                    decimal(result, q, "bid_inclusive_of_sell_spread", path),
                    decimal(result, q, "ask_inclusive_of_buy_spread", path)));
        }
        return quotes;
    }

    private HttpResult send(String method, String pathWithQuery, String body) {
        byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
        URI uri = URI.create(config.baseUrl() + pathWithQuery);
        return http.sendRetryingThrottlingAndServerErrors(() -> {
            try {
                limiter.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BarSourceException(method + " " + uri + " interrupted while waiting for the rate limiter", e);
            }
            long timestampSeconds = clock.millis() / 1000;
            // sign the very string whose UTF-8 bytes go on the wire, so signature and body cannot drift apart
            String signature = RobinhoodSigner.sign(credentials, timestampSeconds, pathWithQuery, method, body);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofMillis(config.requestTimeoutMillis()))
                    .header("x-api-key", credentials.apiKey())
                    .header("x-timestamp", Long.toString(timestampSeconds))
                    .header("x-signature", signature)
                    .header("Accept", "application/json");
            if ("GET".equals(method)) {
                return request.GET().build();
            }
            return request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(bodyBytes)).build();
        });
    }

    private static double decimal(HttpResult result, JsonNode q, String field, String path) {
        String text = JsonResponses.text(result, q, field, path);
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new MalformedResponseException("Cannot read response of " + result.uri() + ": at " + path + "." + field
                    + " expected a number but got \"" + text + "\"");
        }
    }

    private static long time(HttpResult result, JsonNode q, String path) {
        String text = JsonResponses.text(result, q, "timestamp", path);
        try {
            return OffsetDateTime.parse(text).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new MalformedResponseException("Cannot read response of " + result.uri() + ": at " + path
                    + ".timestamp expected an ISO-8601 time but got \"" + text + "\"");
        }
    }
}
