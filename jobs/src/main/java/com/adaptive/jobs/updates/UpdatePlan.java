package com.adaptive.jobs.updates;

import java.util.List;

/**
 * What one execution of {@code ingest-updates} does: its mode, targets and, for {@link UpdateMode#RANGE}, the range.
 *
 * @param fromMillis inclusive start of a RANGE run (ignored otherwise)
 * @param toMillis   exclusive end of a RANGE run (ignored otherwise)
 */
public record UpdatePlan(UpdateMode mode, List<UpdateTarget> targets, long fromMillis, long toMillis) {

    public UpdatePlan {
        targets = List.copyOf(targets);
        if (mode == UpdateMode.RANGE && toMillis <= fromMillis) {
            throw new IllegalArgumentException("backfill range is empty: from must be before to");
        }
    }
}
