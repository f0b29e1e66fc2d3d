package com.adaptive.featurestore.offline;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * UTC calendar months, the anchors of every offline build: a row of month M is always computed from a fresh
 * indicator state started a view's warm-up before M begins, whichever build computes it.
 */
public final class Months {
    private Months() {
    }

    /** Start of the UTC month holding {@code millis}. */
    public static long start(long millis) {
        YearMonth m = YearMonth.from(Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC));
        return m.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** Start of the UTC month after the one holding {@code millis}. */
    public static long next(long millis) {
        YearMonth m = YearMonth.from(Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC)).plusMonths(1);
        return m.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** The partition key {@code yyyy-MM} of the month holding {@code millis}. */
    public static String key(long millis) {
        return YearMonth.from(Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC)).toString();
    }

    /** Starts of every month from the one holding {@code firstMillis} to the one holding {@code lastMillis}, inclusive. */
    public static List<Long> between(long firstMillis, long lastMillis) {
        List<Long> starts = new ArrayList<>();
        for (long m = start(firstMillis); m <= lastMillis; m = next(m)) {
            starts.add(m);
        }
        return starts;
    }
}
