package com.adaptive.marketdata.source;

/** A source could not deliver bars: the request, the endpoint and the reason are in the message (never a secret). */
public class BarSourceException extends RuntimeException {
    public BarSourceException(String message) {
        super(message);
    }

    public BarSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
