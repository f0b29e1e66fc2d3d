package com.adaptive.featurestore.view;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.indicator.BollingerBands;
import com.adaptive.core.indicator.DonchianChannel;
import com.adaptive.core.indicator.Indicators;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The registry of declared feature views. Every version ever declared stays here, so its table stays readable;
 * builds use the latest version of each name unless told otherwise.
 */
public final class FeatureViews {
    private final List<FeatureView> views;

    public FeatureViews(List<FeatureView> views) {
        Map<String, FeatureView> byId = new LinkedHashMap<>();
        for (FeatureView v : views) {
            FeatureView previous = byId.put(v.id(), v);
            if (previous != null) {
                throw new IllegalArgumentException("feature view " + v.id() + " is declared twice");
            }
        }
        this.views = views.stream().sorted(Comparator.comparing(FeatureView::name).thenComparingInt(FeatureView::version)).toList();
    }

    /** The project's views: {@code trend} and {@code volatility} on 1m bars. */
    public static FeatureViews standard() {
        return new FeatureViews(List.of(
                trend(1, Map.of("ema_fast_bars", "12", "ema_slow_bars", "26", "rsi_bars", "14", "slope_bars", "60")),
                volatility(1, Map.of("atr_bars", "14", "realized_vol_bars", "60", "bollinger_bars", "20", "bollinger_k", "2.0",
                        "donchian_bars", "60"))));
    }

    /**
     * View {@code trend}: EMAs of close, their spread, Wilder RSI and the least-squares slope of close in basis
     * points of the close per bar. Warm-up 400 bars: the EMAs' and RSI's seed weight is below 1e-9 by then.
     */
    public static FeatureView trend(int version, Map<String, String> parameters) {
        Params p = new Params("trend:" + version, Map.copyOf(parameters));
        return new FeatureView("trend", version, "EMA fast/slow and spread, RSI, close slope",
                List.of(BarInterval.parse("1m")), List.of("ema_fast", "ema_slow", "ema_spread", "rsi", "close_slope_bps"),
                parameters, 400, Duration.ofMinutes(15), p::trend);
    }

    /** View {@code volatility}: ATR (absolute and over close), realized vol, Bollinger width and %b, Donchian position. */
    public static FeatureView volatility(int version, Map<String, String> parameters) {
        Params p = new Params("volatility:" + version, Map.copyOf(parameters));
        return new FeatureView("volatility", version, "ATR, realized volatility, Bollinger width and %b, Donchian position",
                List.of(BarInterval.parse("1m")), List.of("atr", "atr_pct", "realized_vol", "bb_width", "bb_pctb", "donchian_pos"),
                parameters, 300, Duration.ofMinutes(15), p::volatility);
    }

    /** A view's parameters as its computer reads them. */
    private record Params(String viewId, Map<String, String> values) {
        int intValue(String key) {
            String value = values.get(key);
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException | NullPointerException e) {
                throw new IllegalArgumentException("parameter " + key + " of feature view " + viewId + " must be an integer, was: " + value);
            }
        }

        double doubleValue(String key) {
            String value = values.get(key);
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException | NullPointerException e) {
                throw new IllegalArgumentException("parameter " + key + " of feature view " + viewId + " must be a number, was: " + value);
            }
        }

        double[][] trend(BarSeries bars) {
            double[] close = bars.close();
            double[] fast = Indicators.ema(close, intValue("ema_fast_bars"));
            double[] slow = Indicators.ema(close, intValue("ema_slow_bars"));
            double[] rsi = Indicators.rsi(close, intValue("rsi_bars"));
            double[] slope = Indicators.linearRegressionSlope(close, intValue("slope_bars"));
            double[] spread = new double[close.length];
            double[] slopeBps = new double[close.length];
            for (int i = 0; i < close.length; i++) {
                spread[i] = fast[i] / slow[i] - 1.0;
                slopeBps[i] = slope[i] / close[i] * 10_000.0;
            }
            return new double[][] {fast, slow, spread, rsi, slopeBps};
        }

        double[][] volatility(BarSeries bars) {
            double[] close = bars.close();
            double[] atr = Indicators.atr(bars.high(), bars.low(), close, intValue("atr_bars"));
            double[] vol = Indicators.realizedVolatility(close, intValue("realized_vol_bars"));
            double k = doubleValue("bollinger_k");
            BollingerBands bb = Indicators.bollinger(close, intValue("bollinger_bars"), k);
            DonchianChannel dc = Indicators.donchian(bars.high(), bars.low(), intValue("donchian_bars"));
            int n = close.length;
            double[] atrPct = new double[n];
            double[] width = new double[n];
            double[] pctb = new double[n];
            double[] pos = new double[n];
            for (int i = 0; i < n; i++) {
                atrPct[i] = atr[i] / close[i];
                width[i] = (bb.upper()[i] - bb.lower()[i]) / bb.middle()[i];
                double band = bb.upper()[i] - bb.lower()[i];
                pctb[i] = band > 0 ? (close[i] - bb.lower()[i]) / band : Double.NaN;
                double channel = dc.upper()[i] - dc.lower()[i];
                pos[i] = channel > 0 ? (close[i] - dc.lower()[i]) / channel : Double.NaN;
            }
            return new double[][] {atr, atrPct, vol, width, pctb, pos};
        }
    }

    /** Every declared view, by name then version. */
    public List<FeatureView> all() {
        return views;
    }

    /** The latest version of each name. */
    public List<FeatureView> latest() {
        Map<String, FeatureView> last = new LinkedHashMap<>();
        views.forEach(v -> last.put(v.name(), v));
        return List.copyOf(last.values());
    }

    /**
     * The view named by {@code spec}: {@code name} (its latest version) or {@code name:version}; unknown ones get an
     * IllegalArgumentException listing the declared views.
     */
    public FeatureView find(String spec) {
        String s = spec == null ? "" : spec.strip();
        int colon = s.indexOf(':');
        String name = colon < 0 ? s : s.substring(0, colon);
        Optional<FeatureView> found;
        if (colon < 0) {
            found = views.stream().filter(v -> v.name().equals(name)).reduce((a, b) -> b);
        } else {
            int version;
            try {
                version = Integer.parseInt(s.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("feature view '" + spec + "': version must be an integer");
            }
            found = views.stream().filter(v -> v.name().equals(name) && v.version() == version).findFirst();
        }
        return found.orElseThrow(() -> new IllegalArgumentException("unknown feature view '" + spec + "': declared views are "
                + views.stream().map(FeatureView::id).collect(Collectors.joining(", "))));
    }

    /** Views for a comma-separated list of specs; blank means the latest version of every view. */
    public List<FeatureView> select(String specs) {
        if (specs == null || specs.isBlank()) {
            return latest();
        }
        List<FeatureView> out = new ArrayList<>();
        for (String spec : specs.split(",")) {
            if (!spec.isBlank()) {
                out.add(find(spec));
            }
        }
        return out;
    }
}
