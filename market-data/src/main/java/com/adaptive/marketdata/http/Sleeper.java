package com.adaptive.marketdata.http;

/** Waits; injected so that tests of back-off and rate limits run without real waiting. */
@FunctionalInterface
public interface Sleeper {
    /** The real thing: {@link Thread#sleep(long)}. */
    Sleeper SYSTEM = millis -> {
        if (millis > 0) {
            Thread.sleep(millis);
        }
    };

    void sleepMillis(long millis) throws InterruptedException;
}
