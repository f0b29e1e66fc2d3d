package com.adaptive.featurestore.analytics;

import com.adaptive.core.backtest.BacktestConfig;
import com.adaptive.core.backtest.BacktestEngine;
import com.adaptive.core.backtest.BacktestResult;
import com.adaptive.core.backtest.TradeLog;
import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.metrics.MetricsCalculator;
import com.adaptive.core.metrics.PerformanceMetrics;
import com.adaptive.core.regime.Regime;
import com.adaptive.core.strategy.IndicatorCache;
import com.adaptive.core.strategy.RegimeChangePolicy;
import com.adaptive.core.strategy.RegimeGating;
import com.adaptive.core.strategy.Strategies;
import com.adaptive.core.strategy.Strategy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Regime performance analytics over one symbol's 1m bars and its stored 5-minute decisions: share of time, dwell
 * times, the decision-to-decision transition matrix, forward returns and volatility after each decision, and
 * S1–S3 run gated and ungated with their metrics split by regime.
 */
public final class RegimeAnalytics {
    /** Forward horizons in minutes. */
    static final int[] HORIZONS = {15, 60};
    private static final long MINUTE = 60_000L;
    private static final long DECISION_MILLIS = 300_000L;
    private static final int BANDS = 600;
    private static final int PRICE_POINTS = 1200;
    private static final int EQUITY_POINTS = 300;
    private static final Regime[] REGIMES = Regime.values();

    private RegimeAnalytics() {
    }

    /**
     * @param bars            1m bars of the range, in time order
     * @param decisionTimes   decision times (bucket closes) of the range, ascending
     * @param decisionRegimes regime ordinal of each decision
     */
    public static RegimeAnalysis analyze(String symbol, long fromMillis, long toMillis, BarSeries bars, long[] decisionTimes,
                                         byte[] decisionRegimes) {
        if (decisionTimes.length != decisionRegimes.length) {
            throw new IllegalArgumentException("decision times and regimes differ in length: " + decisionTimes.length + " vs "
                    + decisionRegimes.length);
        }
        List<StatRow> stats = new ArrayList<>();
        int n = decisionTimes.length;
        int k = REGIMES.length;

        // share of time: each decision stands for the 5 minutes of its bucket
        long[] counts = new long[k];
        for (byte r : decisionRegimes) {
            counts[r]++;
        }
        for (Regime r : REGIMES) {
            stats.add(row(symbol, "share", r, null, null, null, "decisions", counts[r.ordinal()]));
            stats.add(row(symbol, "share", r, null, null, null, "share", n == 0 ? Double.NaN : (double) counts[r.ordinal()] / n));
        }

        // dwell: runs of consecutive decisions (5 minutes apart) in one regime
        List<List<Double>> dwell = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            dwell.add(new ArrayList<>());
        }
        for (int i = 0; i < n; ) {
            int j = i + 1;
            while (j < n && decisionRegimes[j] == decisionRegimes[i] && decisionTimes[j] - decisionTimes[j - 1] == DECISION_MILLIS) {
                j++;
            }
            dwell.get(decisionRegimes[i]).add((j - i) * 5.0);
            i = j;
        }
        for (Regime r : REGIMES) {
            double[] d = dwell.get(r.ordinal()).stream().mapToDouble(Double::doubleValue).sorted().toArray();
            stats.add(row(symbol, "dwell", r, null, null, null, "runs", d.length));
            stats.add(row(symbol, "dwell", r, null, null, null, "mean_minutes", d.length == 0 ? Double.NaN : Arrays.stream(d).average().orElse(Double.NaN)));
            stats.add(row(symbol, "dwell", r, null, null, null, "median_minutes", quantile(d, 0.5)));
            stats.add(row(symbol, "dwell", r, null, null, null, "p90_minutes", quantile(d, 0.9)));
            stats.add(row(symbol, "dwell", r, null, null, null, "max_minutes", d.length == 0 ? Double.NaN : d[d.length - 1]));
        }

        // transitions between consecutive decisions
        long[][] transitions = new long[k][k];
        for (int i = 1; i < n; i++) {
            transitions[decisionRegimes[i - 1]][decisionRegimes[i]]++;
        }
        double[][] probabilities = new double[k][k];
        for (int a = 0; a < k; a++) {
            long total = Arrays.stream(transitions[a]).sum();
            for (int b = 0; b < k; b++) {
                probabilities[a][b] = total == 0 ? Double.NaN : (double) transitions[a][b] / total;
                stats.add(row(symbol, "transition", REGIMES[a], REGIMES[b].name(), null, null, "count", transitions[a][b]));
                stats.add(row(symbol, "transition", REGIMES[a], REGIMES[b].name(), null, null, "probability", probabilities[a][b]));
            }
        }

        forwardStats(symbol, bars, decisionTimes, decisionRegimes, stats);
        byte[] perBar = perBar(bars.openTimeMillis(), decisionTimes, decisionRegimes);
        List<String> strategyIds = new ArrayList<>();
        long[] equityTimes = reduceTimes(bars.openTimeMillis(), EQUITY_POINTS);
        double[][][] equityByRegime = new double[Strategies.IDS.size()][][];
        if (bars.size() > 0) {
            double barMinutes = 1.0;
            for (int s = 0; s < Strategies.IDS.size(); s++) {
                String id = Strategies.IDS.get(s);
                strategyIds.add(id);
                Strategy strategy = Strategies.create(id, Strategies.defaults(id));
                for (boolean gated : new boolean[] {false, true}) {
                    RegimeGating gate = gated ? RegimeGating.allowing(strategy.defaultAllowedRegimes(), RegimeChangePolicy.HOLD) : RegimeGating.off();
                    BacktestEngine engine = new BacktestEngine(BacktestConfig.defaults().withGating(gate));
                    BacktestResult result = engine.run(bars, strategy.bind(bars, IndicatorCache.of(bars)), strategy.warmupBars(), perBar,
                            null, new double[bars.size()], new TradeLog());
                    String gating = gated ? "gated" : "ungated";
                    addMetrics(stats, symbol, "ALL", id, gating, MetricsCalculator.of(result, barMinutes));
                    for (Regime r : REGIMES) {
                        addMetrics(stats, symbol, r.name(), id, gating, MetricsCalculator.ofRegime(result, r.ordinal(), barMinutes));
                    }
                    if (!gated) {
                        equityByRegime[s] = equityByRegime(result.equity(), result.initialCapital(), perBar, bars.openTimeMillis(), equityTimes);
                    }
                }
            }
        }
        return new RegimeAnalysis(symbol, fromMillis, toMillis, bars.size(), n, stats, reduceTimes(bars.openTimeMillis(), PRICE_POINTS),
                reduceCloses(bars, PRICE_POINTS), bands(decisionTimes, decisionRegimes, fromMillis, toMillis), probabilities,
                strategyIds, equityTimes, equityByRegime);
    }

    private static void forwardStats(String symbol, BarSeries bars, long[] decisionTimes, byte[] decisionRegimes, List<StatRow> stats) {
        long[] t = bars.openTimeMillis();
        double[] c = bars.close();
        for (int horizon : HORIZONS) {
            int k = REGIMES.length;
            double[] sum = new double[k], sumSq = new double[k], volSum = new double[k];
            long[] count = new long[k], up = new long[k];
            for (int d = 0; d < decisionTimes.length; d++) {
                // price known at the decision: the close of the bar that closes at the decision time
                int now = exact(t, decisionTimes[d] - MINUTE);
                int later = exact(t, decisionTimes[d] + (horizon - 1) * MINUTE);
                if (now < 0 || later < 0 || later - now != horizon) {
                    continue; // a gap inside the horizon: skip rather than mix horizons
                }
                double ret = Math.log(c[later] / c[now]);
                double s = 0, s2 = 0;
                for (int i = now + 1; i <= later; i++) {
                    double r = Math.log(c[i] / c[i - 1]);
                    s += r;
                    s2 += r * r;
                }
                double var = Math.max(0, s2 / horizon - (s / horizon) * (s / horizon));
                int r = decisionRegimes[d];
                sum[r] += ret;
                sumSq[r] += ret * ret;
                volSum[r] += Math.sqrt(var * MetricsCalculator.MINUTES_PER_YEAR);
                count[r]++;
                up[r] += ret > 0 ? 1 : 0;
            }
            for (Regime reg : REGIMES) {
                int r = reg.ordinal();
                double mean = count[r] == 0 ? Double.NaN : sum[r] / count[r];
                double sd = count[r] < 2 ? Double.NaN : Math.sqrt(Math.max(0, (sumSq[r] - count[r] * mean * mean) / (count[r] - 1)));
                String h = "_" + horizon + "m";
                stats.add(row(symbol, "forward", reg, null, null, null, "count" + h, count[r]));
                stats.add(row(symbol, "forward", reg, null, null, null, "mean_log_return" + h, mean));
                stats.add(row(symbol, "forward", reg, null, null, null, "stdev_log_return" + h, sd));
                stats.add(row(symbol, "forward", reg, null, null, null, "hit_rate" + h, count[r] == 0 ? Double.NaN : (double) up[r] / count[r]));
                stats.add(row(symbol, "forward", reg, null, null, null, "realized_vol_annualized" + h, count[r] == 0 ? Double.NaN : volSum[r] / count[r]));
            }
        }
    }

    /** Regime ordinal per bar: the latest decision at or before the bar's close, -1 before the first (no lookahead). */
    static byte[] perBar(long[] openTimes, long[] decisionTimes, byte[] decisionRegimes) {
        byte[] out = new byte[openTimes.length];
        int d = 0;
        byte current = -1;
        for (int i = 0; i < openTimes.length; i++) {
            while (d < decisionTimes.length && decisionTimes[d] <= openTimes[i] + MINUTE) {
                current = decisionRegimes[d++];
            }
            out[i] = current;
        }
        return out;
    }

    private static void addMetrics(List<StatRow> stats, String symbol, String regime, String strategy, String gating, PerformanceMetrics m) {
        for (String metric : List.of("total_return", "sharpe", "max_drawdown", "win_rate", "profit_factor", "exposure")) {
            stats.add(new StatRow(symbol, "strategy", regime, null, strategy, gating, metric, m.get(metric)));
        }
        stats.add(new StatRow(symbol, "strategy", regime, null, strategy, gating, "trade_count", m.tradeCount()));
        stats.add(new StatRow(symbol, "strategy", regime, null, strategy, gating, "bars", m.bars()));
    }

    private static double[][] equityByRegime(double[] equity, double start, byte[] perBar, long[] openTimes, long[] sampleTimes) {
        double[][] out = new double[REGIMES.length][sampleTimes.length];
        double[] cumulative = new double[REGIMES.length];
        double previous = start;
        int s = 0;
        for (int i = 0; i < equity.length; i++) {
            if (perBar[i] >= 0) {
                cumulative[perBar[i]] += equity[i] - previous;
            }
            previous = equity[i];
            while (s < sampleTimes.length && sampleTimes[s] <= openTimes[i]) {
                for (int r = 0; r < REGIMES.length; r++) {
                    out[r][s] = cumulative[r];
                }
                s++;
            }
        }
        for (; s < sampleTimes.length; s++) {
            for (int r = 0; r < REGIMES.length; r++) {
                out[r][s] = cumulative[r];
            }
        }
        return out;
    }

    private static byte[] bands(long[] decisionTimes, byte[] decisionRegimes, long from, long to) {
        int[][] votes = new int[BANDS][REGIMES.length];
        double width = (double) (to - from) / BANDS;
        for (int d = 0; d < decisionTimes.length; d++) {
            int b = (int) ((decisionTimes[d] - DECISION_MILLIS - from) / width);
            if (b >= 0 && b < BANDS) {
                votes[b][decisionRegimes[d]]++;
            }
        }
        byte[] out = new byte[BANDS];
        for (int b = 0; b < BANDS; b++) {
            int best = -1, most = 0;
            for (int r = 0; r < REGIMES.length; r++) {
                if (votes[b][r] > most) {
                    most = votes[b][r];
                    best = r;
                }
            }
            out[b] = (byte) best;
        }
        return out;
    }

    private static long[] reduceTimes(long[] t, int points) {
        if (t.length <= points) {
            return t.clone();
        }
        long[] out = new long[points];
        for (int i = 0; i < points; i++) {
            out[i] = t[(int) ((long) i * (t.length - 1) / (points - 1))];
        }
        return out;
    }

    private static double[] reduceCloses(BarSeries bars, int points) {
        double[] c = bars.close();
        if (c.length <= points) {
            return c.clone();
        }
        double[] out = new double[points];
        for (int i = 0; i < points; i++) {
            out[i] = c[(int) ((long) i * (c.length - 1) / (points - 1))];
        }
        return out;
    }

    private static int exact(long[] t, long time) {
        int i = Arrays.binarySearch(t, time);
        return i >= 0 ? i : -1;
    }

    private static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))];
    }

    private static StatRow row(String symbol, String section, Regime regime, String to, String strategy, String gating, String metric,
                               double value) {
        return new StatRow(symbol, section, regime.name(), to, strategy, gating, metric, value);
    }
}
