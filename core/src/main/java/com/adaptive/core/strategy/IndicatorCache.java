package com.adaptive.core.strategy;

import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.indicator.AtrIndicator;
import com.adaptive.core.indicator.BollingerBands;
import com.adaptive.core.indicator.BollingerIndicator;
import com.adaptive.core.indicator.DonchianChannel;
import com.adaptive.core.indicator.DonchianIndicator;
import com.adaptive.core.indicator.EmaIndicator;
import com.adaptive.core.indicator.RsiIndicator;
import com.adaptive.core.indicator.SessionVwapIndicator;
import com.adaptive.core.indicator.SmaIndicator;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Indicator columns of one bar series, each computed once per distinct parameter value and shared by every
 * strategy bound to the series (the optimizer's many combinations included). Thread-safe; returned arrays are
 * shared and must be treated as read-only.
 */
public final class IndicatorCache {
    private final BarSeries bars;
    private final ConcurrentHashMap<String, Object> columns = new ConcurrentHashMap<>();
    private final AtomicInteger computations = new AtomicInteger();

    public IndicatorCache(BarSeries bars) {
        this.bars = bars;
    }

    /** A cache that the caller will not share: the same API, used when a strategy is bound once. */
    public static IndicatorCache of(BarSeries bars) {
        return new IndicatorCache(bars);
    }

    public BarSeries bars() {
        return bars;
    }

    /** How many indicator columns were actually computed (not served from the cache). */
    public int computations() {
        return computations.get();
    }

    public double[] emaOfClose(int periodBars) {
        return get("ema:" + periodBars, () -> EmaIndicator.compute(bars.close(), periodBars));
    }

    public double[] smaOfVolume(int periodBars) {
        return get("smaVolume:" + periodBars, () -> SmaIndicator.compute(bars.volume(), periodBars));
    }

    public double[] atr(int periodBars) {
        return get("atr:" + periodBars, () -> AtrIndicator.compute(bars.high(), bars.low(), bars.close(), periodBars));
    }

    public double[] rsi(int periodBars) {
        return get("rsi:" + periodBars, () -> RsiIndicator.compute(bars.close(), periodBars));
    }

    public double[] sessionVwap() {
        return get("sessionVwap", () -> SessionVwapIndicator.compute(bars.openTimeMillis(), bars.high(), bars.low(),
                bars.close(), bars.volume()));
    }

    public BollingerBands bollinger(int periodBars, double k) {
        return get("bollinger:" + periodBars + ":" + k, () -> BollingerIndicator.compute(bars.close(), periodBars, k));
    }

    public DonchianChannel donchian(int periodBars) {
        return get("donchian:" + periodBars, () -> DonchianIndicator.compute(bars.high(), bars.low(), periodBars));
    }

    /**
     * A value a strategy derives from indicator columns it already took from this cache (e.g. per-bar signal bits of
     * one parameter pair), computed once per key and shared like the indicators; {@code compute} must not use the
     * cache. Not counted in {@link #computations()}, which counts indicator columns.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(String key, Supplier<T> compute) {
        return (T) columns.computeIfAbsent("derived:" + key, k -> compute.get());
    }

    @SuppressWarnings("unchecked")
    private <T> T get(String key, Supplier<T> compute) {
        return (T) columns.computeIfAbsent(key, k -> {
            computations.incrementAndGet();
            return compute.get();
        });
    }
}
