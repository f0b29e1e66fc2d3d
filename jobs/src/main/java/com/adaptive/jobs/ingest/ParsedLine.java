package com.adaptive.jobs.ingest;

/** The outcome of parsing and validating one line: a bar, or a row for quarantine with its reason. */
public sealed interface ParsedLine {

    /** A valid bar and the line it came from (null when replayed from staging). */
    record Bar(RawLine line, long openTimeMillis, double open, double high, double low, double close, double volume) implements ParsedLine {
    }

    /** A rejected line: {@code reason} is a stable code for counting, {@code detail} says what and where. */
    record Rejected(RawLine line, String reason, String detail) implements ParsedLine {
    }
}
