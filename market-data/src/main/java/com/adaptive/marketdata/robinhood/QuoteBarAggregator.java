package com.adaptive.marketdata.robinhood;

import com.adaptive.core.bar.BarInterval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folds quote mids into 1m bars per symbol (open first mid, high max, low min, close last, volume 0).
 *
 * <p>A bar is emitted once its minute is over: when a quote of a later minute arrives, or when {@link #closeBefore}
 * is told the clock has passed it. A minute without quotes yields no bar (a gap). A quote older than the minute
 * being built (late or out of order) is dropped and counted, because its bar may already be emitted.
 */
public final class QuoteBarAggregator {
    private final Map<String, Builder> open = new TreeMap<>();
    private final Map<String, Long> lastEmittedMinute = new TreeMap<>();
    private long lateQuotesDropped;

    private static final class Builder {
        long minute;
        double o;
        double h;
        double l;
        double c;
        int n;
    }

    /** Adds a quote; returns the bars it closed (at most one). */
    public List<QuoteBar> add(Quote quote) {
        long minute = BarInterval.M1.bucketStart(quote.timeMillis());
        double mid = quote.mid();
        Builder b = open.get(quote.symbol());
        List<QuoteBar> closed = new ArrayList<>(1);
        Long emitted = lastEmittedMinute.get(quote.symbol());
        if ((b != null && minute < b.minute) || (emitted != null && minute <= emitted)) {
            lateQuotesDropped++;
            return closed;
        }
        if (b != null && minute > b.minute) {
            closed.add(bar(quote.symbol(), b));
            b = null;
        }
        if (b == null) {
            b = new Builder();
            b.minute = minute;
            b.o = mid;
            b.h = mid;
            b.l = mid;
            open.put(quote.symbol(), b);
        }
        b.h = Math.max(b.h, mid);
        b.l = Math.min(b.l, mid);
        b.c = mid;
        b.n++;
        return closed;
    }

    /** Emits every bar whose minute ends at or before {@code nowMillis}. */
    public List<QuoteBar> closeBefore(long nowMillis) {
        List<QuoteBar> closed = new ArrayList<>();
        open.entrySet().removeIf(e -> {
            if (e.getValue().minute + BarInterval.M1.millis() <= nowMillis) {
                closed.add(bar(e.getKey(), e.getValue()));
                return true;
            }
            return false;
        });
        return closed;
    }

    /** Quotes dropped because they arrived after a later minute had started. */
    public long lateQuotesDropped() {
        return lateQuotesDropped;
    }

    private QuoteBar bar(String symbol, Builder b) {
        lastEmittedMinute.put(symbol, b.minute);
        return new QuoteBar(symbol, b.minute, b.o, b.h, b.l, b.c, 0, b.n, QuoteBar.SOURCE);
    }
}
