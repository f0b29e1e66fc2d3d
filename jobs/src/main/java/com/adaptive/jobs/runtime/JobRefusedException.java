package com.adaptive.jobs.runtime;

/** A launch that the job's current state forbids, such as a second run of an instance that is running now. */
public final class JobRefusedException extends RuntimeException {
    public JobRefusedException(String message) {
        super(message);
    }
}
