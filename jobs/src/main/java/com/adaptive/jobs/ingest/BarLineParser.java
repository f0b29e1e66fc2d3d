package com.adaptive.jobs.ingest;

import com.adaptive.core.bar.BarInterval;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Parses and validates one line of a bar file: numbers parse and are finite, high is at least max(open, close),
 * low at most min(open, close), volume is not negative, and open_time is aligned to the interval.
 */
public final class BarLineParser {
    private static final String[] NAMES = {"open_time", "open", "high", "low", "close", "volume"};
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
            1e13, 1e14, 1e15};
    private static final long MICROS_THRESHOLD = 100_000_000_000_000L; // epoch ms stay below this until the year 5138

    private final BarInterval interval;
    private final int[] starts = new int[13];
    private final int[] ends = new int[13];
    private final double[] v = new double[5];

    public BarLineParser(BarInterval interval) {
        this.interval = interval;
    }

    public ParsedLine parse(RawLine line) {
        String text = line.text();
        int fields = split(text, line.format().fields());
        if (fields != line.format().fields()) {
            return reject(line, "wrong_field_count", "expected " + line.format().fields() + " fields, found " + fields);
        }
        long openTime;
        String time = text.substring(starts[0], ends[0]).strip();
        try {
            openTime = line.format() == BarFileFormat.BINANCE_KLINE ? binanceTime(time) : projectTime(time);
        } catch (RuntimeException e) {
            return reject(line, "bad_time", "open_time '" + time + "' is not ISO-8601 UTC or epoch milliseconds");
        }
        for (int f = 1; f <= 5; f++) {
            try {
                v[f - 1] = decimal(text, starts[f], ends[f]);
            } catch (NumberFormatException e) {
                return reject(line, "bad_number", NAMES[f] + " '" + text.substring(starts[f], ends[f]).strip() + "' is not a number");
            }
            if (!Double.isFinite(v[f - 1])) {
                return reject(line, "non_finite", NAMES[f] + " is " + text.substring(starts[f], ends[f]).strip());
            }
        }
        double open = v[0], high = v[1], low = v[2], close = v[3], volume = v[4];
        if (high < Math.max(open, close)) {
            return reject(line, "high_below_open_close", "high " + high + " is below " + (open > close ? "open " + open : "close " + close));
        }
        if (low > Math.min(open, close)) {
            return reject(line, "low_above_open_close", "low " + low + " is above " + (open < close ? "open " + open : "close " + close));
        }
        if (volume < 0) {
            return reject(line, "negative_volume", "volume " + volume + " is negative");
        }
        if (!interval.isAligned(openTime)) {
            return reject(line, "misaligned_time", "open_time " + time + " is not aligned to " + interval.label());
        }
        return new ParsedLine.Bar(line, openTime, open, high, low, close, volume);
    }

    private static ParsedLine reject(RawLine line, String reason, String detail) {
        return new ParsedLine.Rejected(line, reason, line.file() + ": line " + line.lineNumber() + ": " + detail);
    }

    /** Splits on commas into starts/ends; returns the field count (stops counting past {@code max + 1}). */
    private int split(String text, int max) {
        int count = 0;
        int start = 0;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            if (i == length || text.charAt(i) == ',') {
                if (count <= max) {
                    starts[Math.min(count, 12)] = start;
                    ends[Math.min(count, 12)] = i;
                }
                count++;
                start = i + 1;
            }
        }
        return count;
    }

    /**
     * {@code Double.parseDouble} of {@code text[from, to)} stripped, without the substring: a plain decimal of at most
     * 15 digits is an exact integer over an exact power of ten, and that one division rounds as the JDK does;
     * anything else (exponents, blanks, more digits, words) goes to the JDK. The JDK's parse and the substrings were
     * half the parse step's CPU.
     */
    static double decimal(String text, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int point = -1;
        for (; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                if (++digits > 15) {
                    return Double.parseDouble(text.substring(from, to).strip());
                }
            } else if (c == '.' && point < 0) {
                point = i;
            } else {
                return Double.parseDouble(text.substring(from, to).strip());
            }
        }
        if (digits == 0) {
            return Double.parseDouble(text.substring(from, to).strip());
        }
        int scale = point < 0 ? 0 : to - point - 1;
        double value = scale == 0 ? mantissa : mantissa / POWERS_OF_TEN[scale];
        return negative ? -value : value;
    }

    private static long binanceTime(String field) {
        long value = Long.parseLong(field);
        return value >= MICROS_THRESHOLD ? value / 1000 : value;
    }

    static long projectTime(String field) {
        if (!field.isEmpty() && Character.isDigit(field.charAt(0)) && field.indexOf('-') < 0) {
            return Long.parseLong(field);
        }
        // The bundled files use exactly yyyy-MM-ddTHH:mm:ssZ; parse that shape by hand, anything else via Instant.
        if (field.length() == 20 && field.charAt(10) == 'T' && field.charAt(19) == 'Z') {
            int year = digits(field, 0, 4), month = digits(field, 5, 7), day = digits(field, 8, 10);
            int hour = digits(field, 11, 13), minute = digits(field, 14, 16), second = digits(field, 17, 19);
            if (hour > 23 || minute > 59 || second > 59) {
                throw new DateTimeParseException("bad time of day", field, 11);
            }
            long days = LocalDate.of(year, month, day).toEpochDay();
            return ((days * 24 + hour) * 60 + minute) * 60_000L + second * 1000L;
        }
        return java.time.Instant.parse(field).toEpochMilli();
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeParseException("not a digit", s, i);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
