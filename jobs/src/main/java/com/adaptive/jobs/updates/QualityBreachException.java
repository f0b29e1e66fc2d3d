package com.adaptive.jobs.updates;

/** A fetched batch broke a configured data-quality threshold; the message lists every breach with its reason. */
public final class QualityBreachException extends RuntimeException {
    public QualityBreachException(String message) {
        super(message);
    }
}
