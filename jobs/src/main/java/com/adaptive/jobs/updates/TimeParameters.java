package com.adaptive.jobs.updates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Parses the times users give to backfills: ISO-8601 instants, plain UTC dates or epoch milliseconds. */
public final class TimeParameters {
    private TimeParameters() {
    }

    /** {@code 2024-01-01T00:00:00Z}, {@code 2024-01-01} (UTC midnight) or {@code 1704067200000}; the message names {@code what}. */
    public static long parseMillis(String text, String what) {
        String t = text == null ? "" : text.strip();
        if (t.matches("-?\\d{9,}")) {
            return Long.parseLong(t);
        }
        try {
            return t.length() == 10 ? LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()
                    : Instant.parse(t).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a time: expected an ISO-8601 instant "
                    + "(2024-01-01T00:00:00Z), a UTC date (2024-01-01) or epoch milliseconds");
        }
    }
}
