package com.adaptive.marketdata.http;

import com.adaptive.marketdata.source.BarSourceException;

/** The server answered with a status that retrying cannot fix (4xx other than 429/418), or retries ran out. */
public final class HttpStatusException extends BarSourceException {
    private final int status;

    public HttpStatusException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** The last HTTP status seen, or 0 when the last attempt failed before a response. */
    public int status() {
        return status;
    }
}
