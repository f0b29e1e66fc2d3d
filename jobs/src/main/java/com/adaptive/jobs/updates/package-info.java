/** Job {@code ingest-updates}: keeps bars of the configured exchange sources and the simulator up to date by watermark, backfills ranges and gaps, checks data quality per batch and records Robinhood quotes. */
package com.adaptive.jobs.updates;
