package com.adaptive.marketdata.source;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.bar.BarSeriesBuilder;

import java.util.Iterator;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One source of closed OHLCV bars (an exchange API or the simulator), addressed by canonical symbol.
 *
 * <p>Contract for every implementation: bars come back in ascending open time, without duplicates, with
 * {@code from <= openTime < to}, aligned to the interval, and <em>closed</em> ({@code openTime + interval <= now}
 * by the source's clock), so the still-forming latest bar is never returned. Missing bars are simply absent.
 */
public interface BarSource {

    /** Short source name stored with the bars, e.g. {@code binance}. */
    String name();

    /** Intervals this source serves natively; anything else must be resampled from 1m by the caller. */
    Set<BarInterval> nativeIntervals();

    /** Canonical symbols this source is configured for, e.g. {@code BTC-USD}. */
    Set<String> symbols();

    /**
     * Pages of closed bars in {@code [fromMillis, toMillis)}, fetched lazily as the iterator advances; every page is
     * non-empty, pages ascend and never overlap.
     *
     * @throws IllegalArgumentException for an unknown symbol, an interval that is not native or an empty range
     */
    Iterator<BarSeries> pages(String symbol, BarInterval interval, long fromMillis, long toMillis);

    /** The same pages as a sequential stream; close is a no-op, nothing is held open between pages. */
    default Stream<BarSeries> pageStream(String symbol, BarInterval interval, long fromMillis, long toMillis) {
        Iterator<BarSeries> pages = pages(symbol, interval, fromMillis, toMillis);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** All closed bars in {@code [fromMillis, toMillis)} as one series. */
    default BarSeries fetch(String symbol, BarInterval interval, long fromMillis, long toMillis) {
        BarSeriesBuilder all = new BarSeriesBuilder();
        Iterator<BarSeries> pages = pages(symbol, interval, fromMillis, toMillis);
        while (pages.hasNext()) {
            BarSeries page = pages.next();
            for (int i = 0; i < page.size(); i++) {
                all.add(page.openTimeMillis()[i], page.open()[i], page.high()[i], page.low()[i], page.close()[i],
                        page.volume()[i]);
            }
        }
        return all.build();
    }
}
