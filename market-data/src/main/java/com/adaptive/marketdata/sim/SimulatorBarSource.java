package com.adaptive.marketdata.sim;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.sim.RegimeSimulator;
import com.adaptive.core.sim.SimulatedMarket;
import com.adaptive.core.sim.SimulatorConfig;
import com.adaptive.marketdata.resample.Resampler;
import com.adaptive.marketdata.source.BarSource;
import com.adaptive.marketdata.source.ClosedBars;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bars from core's {@link RegimeSimulator}, for demos and tests without network: deterministic by seed, labelled
 * regime switching (trend, range, high volatility, transitions).
 *
 * <p>Each symbol has its own seed and start price; its path starts at {@link SimulatorConfig#startTimeMillis()} and
 * is the same on every call, so any range is a slice of one fixed history (bars before the start do not exist).
 * 1m is simulated; longer intervals are resampled from it with {@link Resampler}. Only closed bars by the clock are
 * returned, like a real exchange. At most {@link #MAX_BARS} minutes (about two years) from the start.
 */
public final class SimulatorBarSource implements BarSource {
    /** Name stored with the bars. */
    public static final String NAME = "simulator";
    /** Longest history simulated per symbol, in 1m bars. */
    public static final int MAX_BARS = 2 * 366 * 1440;
    private static final int PAGE_BARS = 10_000;

    /** A simulated symbol: its seed and first price. */
    public record SimulatedSymbol(long seed, double startPrice) {
    }

    private final Map<String, SimulatedSymbol> symbols;
    private final SimulatorConfig config;
    private final Clock clock;
    private final Map<String, SimulatedMarket> cache = new HashMap<>();

    public SimulatorBarSource(Map<String, SimulatedSymbol> symbols, SimulatorConfig config, Clock clock) {
        if (symbols.isEmpty()) {
            throw new IllegalArgumentException("the simulator needs at least one symbol");
        }
        this.symbols = Map.copyOf(symbols);
        this.config = config;
        this.clock = clock;
    }

    /** BTC-USD (seed {@code seed}, from 30,000) and ETH-USD (seed {@code seed + 1}, from 2,000) with core's defaults. */
    public static SimulatorBarSource btcEth(long seed, Clock clock) {
        return new SimulatorBarSource(Map.of("BTC-USD", new SimulatedSymbol(seed, 30_000),
                "ETH-USD", new SimulatedSymbol(seed + 1, 2_000)), SimulatorConfig.DEFAULTS, clock);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** All intervals: 1m is simulated, the rest resampled from it here. */
    @Override
    public Set<BarInterval> nativeIntervals() {
        return EnumSet.allOf(BarInterval.class);
    }

    @Override
    public Set<String> symbols() {
        return symbols.keySet();
    }

    /** The simulated 1m history with its true regime labels, at least {@code bars} long (for measuring classifiers). */
    public synchronized SimulatedMarket market(String symbol, int bars) {
        SimulatedSymbol s = symbols.get(symbol);
        if (s == null) {
            throw new IllegalArgumentException("unknown symbol '" + symbol + "' for source " + NAME + ": expected one of "
                    + symbols.keySet().stream().sorted().toList());
        }
        if (bars > MAX_BARS) {
            throw new IllegalArgumentException("the simulator covers at most " + MAX_BARS + " 1m bars from "
                    + Instant.ofEpochMilli(config.startTimeMillis()) + ", asked for " + bars);
        }
        SimulatedMarket cached = cache.get(symbol);
        if (cached == null || cached.bars().size() < bars) {
            SimulatorConfig perSymbol = new SimulatorConfig(config.startTimeMillis(), s.startPrice(), config.baseVolPerBar(),
                    config.trendDriftMin(), config.trendDriftMax(), config.rangeReversionMin(), config.rangeReversionMax(),
                    config.highVolMultipleMin(), config.highVolMultipleMax(), config.trendBars(), config.rangeBars(),
                    config.highVolBars(), config.transitionBars());
            // simulate in whole days and keep the longest: the path is a prefix property of the seed, so a longer
            // run repeats every bar of a shorter one
            int rounded = Math.min(MAX_BARS, Math.max(bars, cached == null ? 0 : 2 * cached.bars().size()) + 1440);
            cached = new RegimeSimulator(perSymbol).simulate(s.seed(), rounded);
            cache.put(symbol, cached);
        }
        return cached;
    }

    @Override
    public Iterator<BarSeries> pages(String symbol, BarInterval interval, long fromMillis, long toMillis) {
        if (!symbols.containsKey(symbol)) {
            market(symbol, 1); // throws the unknown-symbol message
        }
        long endMillis = ClosedBars.effectiveEndMillis(NAME, interval, fromMillis, toMillis, clock);
        long start = Math.max(fromMillis, config.startTimeMillis());
        List<BarSeries> pages = new ArrayList<>();
        if (endMillis > start) {
            int minutes = (int) Math.min(MAX_BARS, (endMillis - config.startTimeMillis() + 59_999) / 60_000);
            BarSeries oneMinute = market(symbol, minutes).bars();
            BarSeries bars = interval == BarInterval.M1 ? oneMinute
                    : Resampler.resample(oneMinute.slice(oneMinute.indexAtOrAfter(interval.bucketStart(start)),
                    oneMinute.indexAtOrAfter(endMillis)), BarInterval.M1, interval).bars();
            int lo = bars.indexAtOrAfter(start);
            int hi = bars.indexAtOrAfter(endMillis);
            for (int i = lo; i < hi; i += PAGE_BARS) {
                pages.add(bars.slice(i, Math.min(hi, i + PAGE_BARS)));
            }
        }
        return pages.iterator();
    }
}
