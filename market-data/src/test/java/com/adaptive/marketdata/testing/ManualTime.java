package com.adaptive.marketdata.testing;

import com.adaptive.marketdata.http.Sleeper;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when told or when something sleeps on it; records every sleep. */
public final class ManualTime extends Clock implements Sleeper {
    private long nowMillis;
    private final List<Long> sleeps = new ArrayList<>();

    public ManualTime(Instant start) {
        this.nowMillis = start.toEpochMilli();
    }

    @Override
    public synchronized void sleepMillis(long millis) {
        sleeps.add(millis);
        nowMillis += Math.max(0, millis);
    }

    public synchronized void advanceMillis(long millis) {
        nowMillis += millis;
    }

    public synchronized List<Long> sleeps() {
        return List.copyOf(sleeps);
    }

    @Override
    public synchronized long millis() {
        return nowMillis;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
