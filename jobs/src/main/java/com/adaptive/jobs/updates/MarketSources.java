package com.adaptive.jobs.updates;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.jobs.runtime.AdaptiveProperties;
import com.adaptive.marketdata.binance.BinanceBarSource;
import com.adaptive.marketdata.binance.BinanceConfig;
import com.adaptive.marketdata.coinbase.CoinbaseBarSource;
import com.adaptive.marketdata.coinbase.CoinbaseConfig;
import com.adaptive.marketdata.http.RetryingHttpClient;
import com.adaptive.marketdata.quality.QualityThresholds;
import com.adaptive.marketdata.robinhood.RobinhoodConfig;
import com.adaptive.marketdata.sim.SimulatorBarSource;
import com.adaptive.marketdata.source.BarSource;
import com.adaptive.marketdata.source.SymbolMap;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The configured market-data sources ({@code adaptive.sources}), checked when the context starts: an unknown symbol or
 * interval, a bad URL or threshold fails every verb with an IllegalArgumentException naming the setting (exit 2).
 *
 * <p>Table {@code bars} is keyed by (symbol, interval, open_time) without the source, so two enabled sources may not
 * feed the same (symbol, interval): their bars would overwrite each other as revisions. That is refused too.
 */
@Component
public class MarketSources {
    public static final String BINANCE = BinanceBarSource.NAME;
    public static final String COINBASE = CoinbaseBarSource.NAME;
    public static final String SIMULATOR = SimulatorBarSource.NAME;
    /** Source order in summaries and in the job's loop. */
    private static final List<String> ORDER = List.of(BINANCE, COINBASE, SIMULATOR);
    private static final long CONNECT_TIMEOUT_MILLIS = 10_000;

    private final AdaptiveProperties.Sources settings;
    private final Map<String, List<UpdateTarget>> targetsBySource = new LinkedHashMap<>();
    private final Map<String, BarSource> sources = new HashMap<>();
    private final QualityThresholds thresholds;
    private final Clock simulatorClock;
    private final URI binanceUrl;
    private final URI coinbaseUrl;
    private final URI robinhoodUrl;

    public MarketSources(AdaptiveProperties properties) {
        this.settings = properties.sources();
        List<String> known = properties.symbols();
        binanceUrl = url(settings.binance().baseUrl(), BinanceConfig.DEFAULT_BASE_URL, "adaptive.sources.binance.base-url");
        coinbaseUrl = url(settings.coinbase().baseUrl(), CoinbaseConfig.DEFAULT_BASE_URL, "adaptive.sources.coinbase.base-url");
        robinhoodUrl = url(settings.robinhood().baseUrl(), RobinhoodConfig.DEFAULT_BASE_URL, "adaptive.sources.robinhood.base-url");
        collect(BINANCE, settings.binance().enabled(), settings.binance().symbols(), settings.binance().intervals(),
                known, BinanceConfig.DEFAULT_SYMBOLS);
        collect(COINBASE, settings.coinbase().enabled(), settings.coinbase().symbols(), settings.coinbase().intervals(),
                known, CoinbaseConfig.DEFAULT_SYMBOLS);
        collect(SIMULATOR, settings.simulator().enabled(), settings.simulator().symbols(), settings.simulator().intervals(),
                known, null);
        for (String symbol : settings.robinhood().symbols()) {
            checkSymbol(symbol, "robinhood", known, RobinhoodConfig.DEFAULT_SYMBOLS);
        }
        simulatorClock = Clock.fixed(instant(settings.simulator().now(), "adaptive.sources.simulator.now"), ZoneOffset.UTC);
        thresholds = thresholds(settings.quality());
        refuseTwoSourcesForOneSeries();
    }

    /** The thresholds every fetched batch is judged against (staleness is switched off for backfills by the job). */
    public QualityThresholds thresholds() {
        return thresholds;
    }

    /** Bars of a stored interval to read before a batch, so the checker's robust sigma rests on enough returns. */
    public int lookbackBars() {
        return settings.quality().lookbackBars();
    }

    public AdaptiveProperties.Sources settings() {
        return settings;
    }

    /** Enabled targets in a stable order (source, symbol, interval), narrowed by the optional filters (null = all). */
    public List<UpdateTarget> targets(String source, String symbol, String interval) {
        BarInterval wanted = interval == null ? null : BarInterval.parse(interval);
        if (source != null && !ORDER.contains(source)) {
            throw new IllegalArgumentException("unknown source '" + source + "': expected one of " + ORDER);
        }
        if (source != null && !targetsBySource.containsKey(source)) {
            throw new IllegalArgumentException("source " + source + " is not enabled (adaptive.sources." + source + ".enabled)");
        }
        List<UpdateTarget> out = new ArrayList<>();
        for (List<UpdateTarget> targets : targetsBySource.values()) {
            for (UpdateTarget t : targets) {
                if ((source == null || t.source().equals(source)) && (symbol == null || t.symbol().equals(symbol))
                        && (wanted == null || t.interval() == wanted)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** The enabled target that feeds (symbol, interval), if any. */
    public UpdateTarget targetFor(String symbol, BarInterval interval) {
        return targets(null, symbol, interval.label()).stream().findFirst().orElse(null);
    }

    /** The source behind a target, created on first use. */
    public synchronized BarSource source(String name) {
        return sources.computeIfAbsent(name, this::create);
    }

    /** The clock that decides which bars of a source are closed: a fixed one for the simulator, else the system's. */
    public Clock clock(String source) {
        return SIMULATOR.equals(source) ? simulatorClock : Clock.systemUTC();
    }

    public URI robinhoodUrl() {
        return robinhoodUrl;
    }

    private BarSource create(String name) {
        return switch (name) {
            case BINANCE -> {
                BinanceConfig config = BinanceConfig.defaults().withBaseUrl(binanceUrl);
                yield new BinanceBarSource(config, RetryingHttpClient.create(config.retry(), CONNECT_TIMEOUT_MILLIS), clock(name));
            }
            case COINBASE -> {
                CoinbaseConfig config = CoinbaseConfig.defaults().withBaseUrl(coinbaseUrl);
                yield new CoinbaseBarSource(config, RetryingHttpClient.create(config.retry(), CONNECT_TIMEOUT_MILLIS), clock(name));
            }
            case SIMULATOR -> SimulatorBarSource.btcEth(settings.simulator().seed(), simulatorClock);
            default -> throw new IllegalArgumentException("unknown source '" + name + "': expected one of " + ORDER);
        };
    }

    private void collect(String source, boolean enabled, List<String> symbols, List<String> intervals, List<String> known,
                         SymbolMap map) {
        List<UpdateTarget> targets = new ArrayList<>();
        for (String symbol : symbols) {
            checkSymbol(symbol, source, known, map);
            for (String label : intervals) {
                BarInterval interval;
                try {
                    interval = BarInterval.parse(label);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown interval '" + label + "' in adaptive.sources." + source
                            + ".intervals: expected one of 1m, 3m, 5m, 15m, 1h, 1d");
                }
                targets.add(new UpdateTarget(source, symbol, interval));
            }
        }
        if (enabled) {
            targets.sort(Comparator.comparing(UpdateTarget::symbol).thenComparing(UpdateTarget::interval));
            targetsBySource.put(source, List.copyOf(targets));
        }
    }

    private static void checkSymbol(String symbol, String source, List<String> known, SymbolMap map) {
        if (!known.contains(symbol)) {
            throw new IllegalArgumentException("unknown symbol '" + symbol + "' in adaptive.sources." + source
                    + ".symbols: configured symbols are " + known + " (adaptive.symbols)");
        }
        if (map != null && !map.canonicalSymbols().contains(symbol)) {
            throw new IllegalArgumentException("symbol '" + symbol + "' in adaptive.sources." + source + ".symbols has no "
                    + source + " name: it maps " + map.canonicalSymbols().stream().sorted().toList());
        }
        if (map == null && !Set.of("BTC-USD", "ETH-USD").contains(symbol)) {
            throw new IllegalArgumentException("symbol '" + symbol + "' in adaptive.sources.simulator.symbols is not simulated: "
                    + "the simulator has [BTC-USD, ETH-USD]");
        }
    }

    private void refuseTwoSourcesForOneSeries() {
        Map<String, String> feeder = new HashMap<>();
        for (List<UpdateTarget> targets : targetsBySource.values()) {
            for (UpdateTarget t : targets) {
                String series = t.symbol() + " " + t.interval().label();
                String previous = feeder.putIfAbsent(series, t.source());
                if (previous != null) {
                    throw new IllegalArgumentException("bars " + series + " are configured from both " + previous + " and "
                            + t.source() + " (adaptive.sources): table bars keeps one source per symbol and interval; "
                            + "disable one or drop the symbol or interval from it");
                }
            }
        }
    }

    private static URI url(String text, URI fallback, String setting) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            URI uri = URI.create(text.strip().replaceAll("/+$", ""));
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("not http(s)");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " '" + text + "' is not an http(s) URL");
        }
    }

    private static Instant instant(String text, String setting) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(setting + " '" + text + "' is not an ISO-8601 instant such as 2024-01-03T00:00:00Z");
        }
    }

    private static QualityThresholds thresholds(AdaptiveProperties.Quality q) {
        try {
            return new QualityThresholds(q.maxMissingShare(), q.maxDuplicates(), q.maxZeroVolumeRunBars(), q.jumpSigmas(),
                    q.maxPriceJumpShare(), q.staleAfterBars());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("adaptive.sources.quality: " + e.getMessage());
        }
    }
}
