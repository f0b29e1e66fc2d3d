package com.adaptive.jobs.updates;

/** What one run of {@code ingest-updates} fetches for each target. */
public enum UpdateMode {
    /** From the watermark minus the overlap (or the initial history) up to the last closed bar; moves the watermark. */
    INCREMENTAL,
    /** Exactly {@code [from, to)} (clipped to closed bars); the watermark is left alone. */
    RANGE,
    /** Exactly the holes in stored history, between the first and the last stored bar; the watermark is left alone. */
    GAPS
}
