package com.adaptive.marketdata.http;

import java.net.URI;
import java.net.http.HttpHeaders;

/** A successful (2xx) response read fully into memory. */
public record HttpResult(URI uri, int status, HttpHeaders headers, String body) {

    /** A numeric header, or {@code -1} when absent or not a number. */
    public long longHeader(String name) {
        return headers.firstValue(name).map(v -> {
            try {
                return Long.parseLong(v.trim());
            } catch (NumberFormatException e) {
                return -1L;
            }
        }).orElse(-1L);
    }
}
