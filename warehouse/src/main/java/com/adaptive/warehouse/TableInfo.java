package com.adaptive.warehouse;

import java.time.Instant;
import java.util.List;

/** A lake table as {@code adaptive lake tables} shows it; {@code lastWrite} is null for a table never written. */
public record TableInfo(String name, long rows, long files, long bytes, List<String> partitions, long latestVersion,
                        Instant lastWrite) {

    public TableInfo {
        partitions = List.copyOf(partitions);
    }
}
