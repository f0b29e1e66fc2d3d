package com.adaptive.jobs.ingest;

/** One line of an input file as read, with where it came from. */
public record RawLine(String file, long lineNumber, BarFileFormat format, String text) {
}
