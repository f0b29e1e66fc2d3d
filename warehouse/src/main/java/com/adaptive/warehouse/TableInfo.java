package com.adaptive.warehouse;

import java.time.Instant;
import java.util.List;

/**
 * A lake table as {@code adaptive lake tables} shows it.
 *
 * @param partitions number of distinct partition values holding data (1 for an unpartitioned table with data)
 * @param latestVersion the newest Delta version, -1 for a table not yet created
 * @param lastWrite time of the newest commit, null for a table not yet created
 * @param partitionColumns the columns the table is partitioned by, in order
 */
public record TableInfo(String name, long rows, long files, long bytes, long partitions, long latestVersion,
                        Instant lastWrite, List<String> partitionColumns) {

    public TableInfo {
        partitionColumns = List.copyOf(partitionColumns);
    }

    /** False for a table the catalog defines but nothing has written yet. */
    public boolean exists() {
        return latestVersion >= 0;
    }
}
