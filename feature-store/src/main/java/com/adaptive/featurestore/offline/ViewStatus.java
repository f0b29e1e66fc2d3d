package com.adaptive.featurestore.offline;

import java.time.Instant;
import java.util.Map;

/**
 * A feature view's offline table as {@code adaptive features list} shows it.
 *
 * @param latestEventTimes latest event time per entity ({@code symbol/interval}); empty when nothing is built
 * @param lastWrite        time of the table's latest Delta commit, or null
 * @param fingerprintMatches false when the table was built by a declaration whose parameters differ from today's
 */
public record ViewStatus(String view, int version, String table, boolean exists, long rows,
                         Map<String, Instant> latestEventTimes, Instant lastWrite, boolean fingerprintMatches) {
}
