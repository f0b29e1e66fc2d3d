package com.adaptive.marketdata.http;

/**
 * How often and how long to retry a request that failed in a way retrying can fix (HTTP 429/418, 5xx, I/O).
 *
 * <p>Back-off before retry {@code n} (1-based) is {@code min(maxBackoffMillis, baseBackoffMillis * 2^(n-1))},
 * jittered uniformly into its upper half so that many clients do not retry in step. A server's
 * {@code Retry-After} wins over the back-off, unless it asks for more than {@code maxRetryAfterMillis}: then the
 * request fails at once instead of hanging a job for hours (Binance's 418 bans can last days).
 *
 * @param maxAttempts         total attempts including the first, at least 1
 * @param baseBackoffMillis   first back-off
 * @param maxBackoffMillis    cap of any single back-off
 * @param maxRetryAfterMillis longest {@code Retry-After} we agree to wait
 */
public record RetryPolicy(int maxAttempts, long baseBackoffMillis, long maxBackoffMillis, long maxRetryAfterMillis) {

    /** 5 attempts, 500 ms doubling to at most 30 s, honour Retry-After up to 5 minutes. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, 500, 30_000, 300_000);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was: " + maxAttempts);
        }
        if (baseBackoffMillis < 0 || maxBackoffMillis < baseBackoffMillis) {
            throw new IllegalArgumentException("backoff must satisfy 0 <= baseBackoffMillis <= maxBackoffMillis, was: "
                    + baseBackoffMillis + " and " + maxBackoffMillis);
        }
        if (maxRetryAfterMillis < 0) {
            throw new IllegalArgumentException("maxRetryAfterMillis must not be negative, was: " + maxRetryAfterMillis);
        }
    }

    /** Un-jittered back-off before retry {@code retry} (1-based), capped. */
    public long backoffMillis(int retry) {
        int doublings = Math.min(retry - 1, 30);
        long delay = baseBackoffMillis << doublings;
        return delay < 0 ? maxBackoffMillis : Math.min(maxBackoffMillis, delay);
    }
}
