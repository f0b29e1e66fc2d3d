package com.adaptive.marketdata.http;

import com.adaptive.marketdata.source.BarSourceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Sends requests and retries only what retrying can fix: 429 and 418 (throttled, wait {@code Retry-After}),
 * 5xx and I/O failures (jittered exponential back-off, capped). Any other non-2xx fails at once.
 *
 * <p>The request is rebuilt for every attempt by a supplier, so signed requests carry a fresh timestamp.
 * Log lines and messages carry the method and URL only, never headers (they may hold API keys).
 */
public final class RetryingHttpClient {
    private static final Logger LOG = LoggerFactory.getLogger(RetryingHttpClient.class);
    private static final int BODY_EXCERPT_CHARS = 200;

    private final HttpClient http;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Random jitter;

    public RetryingHttpClient(HttpClient http, RetryPolicy policy, Sleeper sleeper, Random jitter) {
        this.http = http;
        this.policy = policy;
        this.sleeper = sleeper;
        this.jitter = jitter;
    }

    /** A client on a fresh JDK {@link HttpClient} with random jitter and real sleeping. */
    public static RetryingHttpClient create(RetryPolicy policy, long connectTimeoutMillis) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(java.time.Duration.ofMillis(connectTimeoutMillis))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return new RetryingHttpClient(http, policy, Sleeper.SYSTEM, new Random());
    }

    public Sleeper sleeper() {
        return sleeper;
    }

    /**
     * Sends the request built by {@code request}, retrying throttling (429/418), server errors (5xx) and I/O failures.
     *
     * @throws HttpStatusException on a non-retryable status, when retries run out, or when Retry-After is too long
     */
    public HttpResult sendRetryingThrottlingAndServerErrors(Supplier<HttpRequest> request) {
        String lastFailure = "";
        int lastStatus = 0;
        URI uri = null;
        String method = "";
        for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
            HttpRequest req = request.get();
            uri = req.uri();
            method = req.method();
            long waitMillis;
            try {
                HttpResponse<byte[]> response = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                String body = new String(response.body(), StandardCharsets.UTF_8);
                if (status >= 200 && status < 300) {
                    return new HttpResult(uri, status, response.headers(), body);
                }
                lastStatus = status;
                lastFailure = "HTTP " + status + " " + excerpt(body);
                if (status == 429 || status == 418) {
                    long retryAfterMillis = retryAfterMillis(response);
                    if (retryAfterMillis > policy.maxRetryAfterMillis()) {
                        throw new HttpStatusException(method + " " + uri + " failed: HTTP " + status + " asks to retry after "
                                + retryAfterMillis / 1000 + " s, more than maxRetryAfterMillis " + policy.maxRetryAfterMillis(),
                                status);
                    }
                    waitMillis = retryAfterMillis >= 0 ? retryAfterMillis : jittered(attempt);
                } else if (status >= 500) {
                    waitMillis = jittered(attempt);
                } else {
                    throw new HttpStatusException(method + " " + uri + " failed: " + lastFailure, status);
                }
            } catch (IOException e) {
                lastStatus = 0;
                lastFailure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                waitMillis = jittered(attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BarSourceException(method + " " + uri + " interrupted", e);
            }
            if (attempt < policy.maxAttempts()) {
                LOG.warn("{} {} attempt {} of {} failed ({}); retrying in {} ms", method, uri, attempt,
                        policy.maxAttempts(), lastFailure, waitMillis);
                sleep(waitMillis, method, uri);
            }
        }
        throw new HttpStatusException(method + " " + uri + " failed after " + policy.maxAttempts() + " attempts: "
                + lastFailure, lastStatus);
    }

    private void sleep(long millis, String method, URI uri) {
        try {
            sleeper.sleepMillis(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BarSourceException(method + " " + uri + " interrupted while backing off", e);
        }
    }

    /** Equal jitter: half the capped back-off fixed, half random, so the wait never exceeds the cap. */
    private long jittered(int attempt) {
        long backoff = policy.backoffMillis(attempt);
        long half = backoff / 2;
        return half + (long) (jitter.nextDouble() * (backoff - half));
    }

    /** Retry-After in delta-seconds (what Binance, Coinbase and Robinhood send), or -1 when absent or unparseable. */
    private static long retryAfterMillis(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(v -> {
            try {
                long seconds = Long.parseLong(v.trim());
                return seconds < 0 ? -1L : seconds * 1000;
            } catch (NumberFormatException e) {
                return -1L;
            }
        }).orElse(-1L);
    }

    private static String excerpt(String body) {
        String oneLine = body.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= BODY_EXCERPT_CHARS ? oneLine : oneLine.substring(0, BODY_EXCERPT_CHARS) + "...";
    }
}
