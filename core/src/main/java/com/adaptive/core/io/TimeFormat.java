package com.adaptive.core.io;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** How a CSV file writes {@code open_time}: ISO-8601 UTC ({@code 2023-03-16T22:15:00Z}) or epoch milliseconds. */
public enum TimeFormat {
    ISO_8601,
    EPOCH_MILLIS;

    /** Formats epoch milliseconds in this format. */
    public String format(long epochMillis) {
        return this == EPOCH_MILLIS ? Long.toString(epochMillis) : DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(epochMillis));
    }

    /** Recognises the format of one time field: all digits (optionally signed) is epoch millis, else ISO-8601. */
    public static TimeFormat detect(String field) {
        return isEpochMillis(field) ? EPOCH_MILLIS : ISO_8601;
    }

    /** Parses a field in this format; throws IllegalArgumentException naming the field when it does not fit. */
    public long parse(String field) {
        if (this == EPOCH_MILLIS) {
            if (!isEpochMillis(field)) {
                throw new IllegalArgumentException("open_time '" + field + "' is not epoch milliseconds like the first row");
            }
            try {
                return Long.parseLong(field);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("open_time '" + field + "' is out of range");
            }
        }
        if (field.isEmpty() || field.charAt(field.length() - 1) != 'Z') {
            throw new IllegalArgumentException("open_time '" + field + "' is not ISO-8601 UTC ending in Z like the first row");
        }
        try {
            return Instant.parse(field).toEpochMilli();
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("open_time '" + field + "' is not ISO-8601 UTC");
        }
    }

    private static boolean isEpochMillis(String field) {
        int start = field.startsWith("-") ? 1 : 0;
        if (field.length() == start) {
            return false;
        }
        for (int i = start; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
