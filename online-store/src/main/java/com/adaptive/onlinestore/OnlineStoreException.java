package com.adaptive.onlinestore;

/** The online store's SQLite file could not be opened, read or written; the message names the file and the action. */
public final class OnlineStoreException extends RuntimeException {
    public OnlineStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
