package com.adaptive.marketdata.robinhood;

import com.adaptive.marketdata.http.Sleeper;

import java.time.Clock;

/**
 * A client-side token bucket: up to {@code capacity} requests at once, refilled continuously at
 * {@code refillPerMinute}; {@link #acquire()} waits for a token. Robinhood allows about 100 requests a minute with
 * bursts of 300, so {@code new TokenBucketRateLimiter(300, 100, ...)} keeps us under its 429s.
 */
public final class TokenBucketRateLimiter {
    private final int capacity;
    private final double tokensPerMilli;
    private final Clock clock;
    private final Sleeper sleeper;
    private double tokens;
    private long lastRefillMillis;

    public TokenBucketRateLimiter(int capacity, int refillPerMinute, Clock clock, Sleeper sleeper) {
        if (capacity < 1 || refillPerMinute < 1) {
            throw new IllegalArgumentException("capacity and refillPerMinute must be positive, were: " + capacity + " and "
                    + refillPerMinute);
        }
        this.capacity = capacity;
        this.tokensPerMilli = refillPerMinute / 60_000.0;
        this.clock = clock;
        this.sleeper = sleeper;
        this.tokens = capacity;
        this.lastRefillMillis = clock.millis();
    }

    /** Takes one token, waiting as long as needed for it. */
    public synchronized void acquire() throws InterruptedException {
        while (true) {
            long now = clock.millis();
            tokens = Math.min(capacity, tokens + (now - lastRefillMillis) * tokensPerMilli);
            lastRefillMillis = now;
            if (tokens >= 1) {
                tokens -= 1;
                return;
            }
            sleeper.sleepMillis((long) Math.ceil((1 - tokens) / tokensPerMilli));
        }
    }

    /** Tokens available now (for tests and metrics). */
    public synchronized double availableTokens() {
        long now = clock.millis();
        return Math.min(capacity, tokens + (now - lastRefillMillis) * tokensPerMilli);
    }
}
