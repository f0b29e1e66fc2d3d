package com.adaptive.marketdata.coinbase;

import com.adaptive.marketdata.http.RetryPolicy;
import com.adaptive.marketdata.source.SymbolMap;

import java.net.URI;
import java.util.Map;

/**
 * Settings of {@link CoinbaseBarSource}.
 *
 * @param baseUrl               e.g. {@code https://api.exchange.coinbase.com}
 * @param symbols               canonical to Coinbase product ids (the same names for BTC-USD and ETH-USD)
 * @param candlesPerRequest     1..300 (Coinbase rejects requests spanning more than 300 candles)
 * @param requestTimeoutMillis  per request
 * @param retry                 what to do on 429, 5xx and I/O errors
 */
public record CoinbaseConfig(URI baseUrl, SymbolMap symbols, int candlesPerRequest, long requestTimeoutMillis,
                             RetryPolicy retry) {

    public static final URI DEFAULT_BASE_URL = URI.create("https://api.exchange.coinbase.com");
    public static final SymbolMap DEFAULT_SYMBOLS = new SymbolMap(Map.of("BTC-USD", "BTC-USD", "ETH-USD", "ETH-USD"));

    public CoinbaseConfig {
        if (baseUrl == null) {
            throw new IllegalArgumentException("baseUrl of the Coinbase source must be set");
        }
        if (candlesPerRequest < 1 || candlesPerRequest > 300) {
            throw new IllegalArgumentException("candlesPerRequest must be in 1..300, was: " + candlesPerRequest);
        }
        if (requestTimeoutMillis < 1) {
            throw new IllegalArgumentException("requestTimeoutMillis must be positive, was: " + requestTimeoutMillis);
        }
    }

    /** Production defaults: api.exchange.coinbase.com, BTC/ETH, 300 candles a request. */
    public static CoinbaseConfig defaults() {
        return new CoinbaseConfig(DEFAULT_BASE_URL, DEFAULT_SYMBOLS, 300, 10_000, RetryPolicy.DEFAULT);
    }

    public CoinbaseConfig withBaseUrl(URI url) {
        return new CoinbaseConfig(url, symbols, candlesPerRequest, requestTimeoutMillis, retry);
    }

    public CoinbaseConfig withRetry(RetryPolicy policy) {
        return new CoinbaseConfig(baseUrl, symbols, candlesPerRequest, requestTimeoutMillis, policy);
    }
}
