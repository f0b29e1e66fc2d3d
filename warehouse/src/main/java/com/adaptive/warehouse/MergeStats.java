package com.adaptive.warehouse;

/** What one MERGE did: rows new to the table, existing rows whose values changed, rows already present unchanged. */
public record MergeStats(long inserted, long revised, long unchanged) {

    /** Rows the MERGE read from its source: inserted + revised + unchanged. */
    public long sourceRows() {
        return inserted + revised + unchanged;
    }
}
