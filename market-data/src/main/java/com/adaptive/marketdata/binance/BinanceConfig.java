package com.adaptive.marketdata.binance;

import com.adaptive.marketdata.http.RetryPolicy;
import com.adaptive.marketdata.source.SymbolMap;

import java.net.URI;
import java.util.Map;

/**
 * Settings of {@link BinanceBarSource}.
 *
 * @param baseUrl                 e.g. {@code https://api.binance.com} (no trailing path)
 * @param symbols                 canonical to Binance names; Binance quotes in USDT, mapped to canonical {@code -USD}
 * @param pageLimit               klines per request, 1..1000 (Binance's maximum)
 * @param weightLimitPerMinute    the account's request-weight budget per minute (Binance spot: 6000)
 * @param slowDownAtWeightShare   when {@code X-MBX-USED-WEIGHT-1M} reaches this share of the budget, wait for the next minute
 * @param requestTimeoutMillis    per request
 * @param retry                   what to do on 429/418, 5xx and I/O errors
 */
public record BinanceConfig(URI baseUrl, SymbolMap symbols, int pageLimit, int weightLimitPerMinute,
                            double slowDownAtWeightShare, long requestTimeoutMillis, RetryPolicy retry) {

    public static final URI DEFAULT_BASE_URL = URI.create("https://api.binance.com");
    public static final SymbolMap DEFAULT_SYMBOLS = new SymbolMap(Map.of("BTC-USD", "BTCUSDT", "ETH-USD", "ETHUSDT"));

    public BinanceConfig {
        if (baseUrl == null) {
            throw new IllegalArgumentException("baseUrl of the Binance source must be set");
        }
        if (pageLimit < 1 || pageLimit > 1000) {
            throw new IllegalArgumentException("pageLimit must be in 1..1000, was: " + pageLimit);
        }
        if (weightLimitPerMinute < 1) {
            throw new IllegalArgumentException("weightLimitPerMinute must be positive, was: " + weightLimitPerMinute);
        }
        if (!(slowDownAtWeightShare > 0 && slowDownAtWeightShare <= 1)) {
            throw new IllegalArgumentException("slowDownAtWeightShare must be in (0, 1], was: " + slowDownAtWeightShare);
        }
        if (requestTimeoutMillis < 1) {
            throw new IllegalArgumentException("requestTimeoutMillis must be positive, was: " + requestTimeoutMillis);
        }
    }

    /** Production defaults: api.binance.com, BTC/ETH, pages of 1000, budget 6000, slow down at 80 %. */
    public static BinanceConfig defaults() {
        return new BinanceConfig(DEFAULT_BASE_URL, DEFAULT_SYMBOLS, 1000, 6000, 0.8, 10_000, RetryPolicy.DEFAULT);
    }

    public BinanceConfig withBaseUrl(URI url) {
        return new BinanceConfig(url, symbols, pageLimit, weightLimitPerMinute, slowDownAtWeightShare, requestTimeoutMillis, retry);
    }

    public BinanceConfig withPageLimit(int limit) {
        return new BinanceConfig(baseUrl, symbols, limit, weightLimitPerMinute, slowDownAtWeightShare, requestTimeoutMillis, retry);
    }

    public BinanceConfig withRetry(RetryPolicy policy) {
        return new BinanceConfig(baseUrl, symbols, pageLimit, weightLimitPerMinute, slowDownAtWeightShare, requestTimeoutMillis, policy);
    }

    public BinanceConfig withWeightLimitPerMinute(int limit) {
        return new BinanceConfig(baseUrl, symbols, pageLimit, limit, slowDownAtWeightShare, requestTimeoutMillis, retry);
    }
}
