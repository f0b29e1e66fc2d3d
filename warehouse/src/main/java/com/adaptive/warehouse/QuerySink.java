package com.adaptive.warehouse;

import java.util.List;

/**
 * Receives a query result as a stream: {@link #columns} once, then {@link #row} per row, then {@link #end}.
 *
 * <p>Values are Java types: String, Long, Integer, Double, Boolean, java.time.Instant for timestamps,
 * java.time.LocalDate for dates, java.math.BigDecimal for decimals, or null.
 */
public interface QuerySink {

    void columns(List<String> names);

    /** One result row, values in column order; the array is not reused after the call. */
    void row(Object[] values);

    /** Called once after the last row. */
    default void end() {
    }
}
