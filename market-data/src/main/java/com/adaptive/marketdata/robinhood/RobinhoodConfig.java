package com.adaptive.marketdata.robinhood;

import com.adaptive.marketdata.http.RetryPolicy;
import com.adaptive.marketdata.source.SymbolMap;

import java.net.URI;
import java.util.Map;

/**
 * Settings of {@link RobinhoodClient}.
 *
 * @param baseUrl              e.g. {@code https://trading.robinhood.com}
 * @param symbols              canonical to Robinhood pair symbols (the same names for BTC-USD and ETH-USD)
 * @param burstRequests        token-bucket capacity (Robinhood: bursts of 300)
 * @param requestsPerMinute    token-bucket refill (Robinhood: about 100 a minute)
 * @param requestTimeoutMillis per request
 * @param retry                what to do on 429, 5xx and I/O errors (each retry is re-signed with a fresh timestamp)
 */
public record RobinhoodConfig(URI baseUrl, SymbolMap symbols, int burstRequests, int requestsPerMinute,
                              long requestTimeoutMillis, RetryPolicy retry) {

    public static final URI DEFAULT_BASE_URL = URI.create("https://trading.robinhood.com");
    public static final SymbolMap DEFAULT_SYMBOLS = new SymbolMap(Map.of("BTC-USD", "BTC-USD", "ETH-USD", "ETH-USD"));

    public RobinhoodConfig {
        if (baseUrl == null) {
            throw new IllegalArgumentException("baseUrl of the Robinhood client must be set");
        }
        if (burstRequests < 1 || requestsPerMinute < 1) {
            throw new IllegalArgumentException("burstRequests and requestsPerMinute must be positive, were: " + burstRequests
                    + " and " + requestsPerMinute);
        }
        if (requestTimeoutMillis < 1) {
            throw new IllegalArgumentException("requestTimeoutMillis must be positive, was: " + requestTimeoutMillis);
        }
    }

    /** trading.robinhood.com, BTC/ETH, 300 burst, 100 a minute, 10 s timeout, default retries. */
    public static RobinhoodConfig defaults() {
        return new RobinhoodConfig(DEFAULT_BASE_URL, DEFAULT_SYMBOLS, 300, 100, 10_000, RetryPolicy.DEFAULT);
    }

    public RobinhoodConfig withBaseUrl(URI url) {
        return new RobinhoodConfig(url, symbols, burstRequests, requestsPerMinute, requestTimeoutMillis, retry);
    }

    public RobinhoodConfig withRetry(RetryPolicy policy) {
        return new RobinhoodConfig(baseUrl, symbols, burstRequests, requestsPerMinute, requestTimeoutMillis, policy);
    }
}
