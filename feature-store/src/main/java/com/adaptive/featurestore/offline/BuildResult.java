package com.adaptive.featurestore.offline;

/**
 * What one incremental build of one table for one entity did.
 *
 * @param table       the Delta table written
 * @param barsRead    bars read, warm-up lookback included
 * @param rowsWritten rows added (none when the table was already up to date)
 * @param commits     Delta commits made
 * @param watermarkMillis latest event time in the table after the build, or {@code Long.MIN_VALUE} when it holds none
 * @param readMillis    time spent reading bars (Spark, Delta)
 * @param computeMillis time spent computing features or decisions (core, one thread)
 * @param writeMillis   time spent writing Delta commits
 */
public record BuildResult(String table, String symbol, String interval, long barsRead, long rowsWritten, int commits,
                          long watermarkMillis, long readMillis, long computeMillis, long writeMillis) {

    /** Nothing to build: the table is up to date. */
    static BuildResult upToDate(String table, String symbol, String interval, long watermarkMillis) {
        return new BuildResult(table, symbol, interval, 0, 0, 0, watermarkMillis, 0, 0, 0);
    }
}
