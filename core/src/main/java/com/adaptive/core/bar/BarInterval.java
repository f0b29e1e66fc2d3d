package com.adaptive.core.bar;

import java.util.Locale;

/** A bar length aligned to the Unix epoch in UTC, such as {@code 1m} or {@code 1h}. */
public enum BarInterval {
    M1("1m", 60_000L),
    M3("3m", 180_000L),
    M5("5m", 300_000L),
    M15("15m", 900_000L),
    H1("1h", 3_600_000L),
    D1("1d", 86_400_000L);

    private final String label;
    private final long millis;

    BarInterval(String label, long millis) {
        this.label = label;
        this.millis = millis;
    }

    /** The short label used in files, tables and the command line, e.g. {@code 3m}. */
    public String label() {
        return label;
    }

    public long millis() {
        return millis;
    }

    /** True when {@code openTimeMillis} starts a bucket of this interval counted from the epoch. */
    public boolean isAligned(long openTimeMillis) {
        return Math.floorMod(openTimeMillis, millis) == 0;
    }

    /** The open time of the bucket that contains {@code timeMillis}. */
    public long bucketStart(long timeMillis) {
        return timeMillis - Math.floorMod(timeMillis, millis);
    }

    /** Parses a label such as {@code 1m}; the message lists the known labels. */
    public static BarInterval parse(String label) {
        String wanted = label == null ? "" : label.trim().toLowerCase(Locale.ROOT);
        for (BarInterval interval : values()) {
            if (interval.label.equals(wanted)) {
                return interval;
            }
        }
        throw new IllegalArgumentException("unknown interval '" + label + "': expected one of 1m, 3m, 5m, 15m, 1h, 1d");
    }

    @Override
    public String toString() {
        return label;
    }
}
