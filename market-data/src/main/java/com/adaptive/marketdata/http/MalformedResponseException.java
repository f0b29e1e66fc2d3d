package com.adaptive.marketdata.http;

import com.adaptive.marketdata.source.BarSourceException;

/** A response that is not what the API documents (bad JSON, wrong shape, a bad number); names URL and position. */
public final class MalformedResponseException extends BarSourceException {
    public MalformedResponseException(String message) {
        super(message);
    }

    public MalformedResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
