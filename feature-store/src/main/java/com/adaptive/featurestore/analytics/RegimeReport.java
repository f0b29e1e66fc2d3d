package com.adaptive.featurestore.analytics;

import com.adaptive.core.regime.Regime;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The regime analytics report as one self-contained HTML page (inline SVG, no scripts, no network): per symbol
 * price with regime bands, the transition heatmap, equity by regime of S1–S3, and the figures as tables.
 */
public final class RegimeReport {
    static final String[] COLORS = {"#2e7d32", "#1565c0", "#9e9e9e", "#c62828"};
    private static final int W = 960;

    private RegimeReport() {
    }

    public static String html(String title, List<RegimeAnalysis> analyses, Instant generatedAt) {
        StringBuilder h = new StringBuilder(64_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title)).append("</title>\n")
                .append("<meta name=\"adaptive-report\" content=\"regime-analytics\">\n<style>body{font-family:sans-serif;margin:24px;color:#222}")
                .append("table{border-collapse:collapse;margin:8px 0 20px}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right;font-size:13px}")
                .append("th{background:#f4f4f4}td:first-child,th:first-child{text-align:left}.legend span{display:inline-block;margin-right:14px}")
                .append(".sw{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:middle}</style></head><body>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n<p>Generated ").append(generatedAt).append(". Regimes are the stored 5-minute decisions of table <code>regimes</code>; figures are in table <code>regime_stats</code>.</p>\n");
        h.append("<p class=\"legend\">");
        for (Regime r : Regime.values()) {
            h.append("<span><i class=\"sw\" style=\"background:").append(COLORS[r.ordinal()]).append("\"></i>").append(r.name()).append("</span>");
        }
        h.append("</p>\n");
        for (RegimeAnalysis a : analyses) {
            h.append("<h2>").append(esc(a.symbol())).append("</h2>\n<p>").append(Instant.ofEpochMilli(a.fromMillis())).append(" .. ")
                    .append(Instant.ofEpochMilli(a.toMillis())).append(": ").append(String.format(Locale.ROOT, "%,d", a.bars()))
                    .append(" bars, ").append(String.format(Locale.ROOT, "%,d", a.decisions())).append(" decisions</p>\n");
            h.append("<h3>Price with regime bands</h3>\n").append(priceChart(a));
            h.append("<h3>Share of time and dwell</h3>\n").append(table(a, "share", List.of("share", "decisions")))
                    .append(table(a, "dwell", List.of("runs", "mean_minutes", "median_minutes", "p90_minutes", "max_minutes")));
            h.append("<h3>Transitions (P(next decision | this decision))</h3>\n").append(heatmap(a));
            h.append("<h3>Forward returns and volatility after a decision</h3>\n").append(table(a, "forward", List.of("count_60m",
                    "mean_log_return_15m", "mean_log_return_60m", "stdev_log_return_60m", "hit_rate_60m", "realized_vol_annualized_60m")));
            h.append("<h3>Equity by regime (ungated; cumulative equity change earned while in each regime)</h3>\n").append(equityCharts(a));
            h.append("<h3>S1–S3 by regime, gated and ungated</h3>\n").append(strategyTable(a));
        }
        return h.append("</body></html>\n").toString();
    }

    private static String priceChart(RegimeAnalysis a) {
        int height = 220;
        StringBuilder s = new StringBuilder("<svg width=\"" + W + "\" height=\"" + height + "\" xmlns=\"http://www.w3.org/2000/svg\">");
        byte[] bands = a.bandRegimes();
        double bw = (double) W / bands.length;
        for (int b = 0; b < bands.length; b++) {
            if (bands[b] >= 0) {
                s.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"0\" width=\"%.2f\" height=\"%d\" fill=\"%s\" fill-opacity=\"0.25\"/>",
                        b * bw, bw + 0.3, height, COLORS[bands[b]]));
            }
        }
        s.append(polyline(a.priceTimes(), a.prices(), a.fromMillis(), a.toMillis(), height, "#111")).append("</svg>\n");
        return s.toString();
    }

    private static String polyline(long[] times, double[] values, long from, long to, int height, String color) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (values.length == 0) {
            return "";
        }
        double span = max > min ? max - min : 1;
        StringBuilder p = new StringBuilder("<polyline fill=\"none\" stroke=\"" + color + "\" stroke-width=\"1.2\" points=\"");
        for (int i = 0; i < values.length; i++) {
            double x = (double) (times[i] - from) / Math.max(1, to - from) * W;
            double y = height - 8 - (values[i] - min) / span * (height - 16);
            p.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        return p.append("\"/>").toString();
    }

    private static String heatmap(RegimeAnalysis a) {
        Regime[] regimes = Regime.values();
        int cell = 70, left = 140, top = 24;
        StringBuilder s = new StringBuilder("<svg width=\"" + (left + cell * regimes.length + 10) + "\" height=\""
                + (top + cell * regimes.length + 10) + "\" xmlns=\"http://www.w3.org/2000/svg\" font-size=\"11\">");
        for (int j = 0; j < regimes.length; j++) {
            s.append("<text x=\"").append(left + j * cell + cell / 2).append("\" y=\"16\" text-anchor=\"middle\">").append(short4(regimes[j])).append("</text>");
        }
        for (int i = 0; i < regimes.length; i++) {
            s.append("<text x=\"").append(left - 6).append("\" y=\"").append(top + i * cell + cell / 2 + 4).append("\" text-anchor=\"end\">")
                    .append(regimes[i].name()).append("</text>");
            for (int j = 0; j < regimes.length; j++) {
                double p = a.transitionProbabilities()[i][j];
                double shade = Double.isNaN(p) ? 0 : p;
                int level = (int) Math.round(255 - 200 * shade);
                s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"rgb(%d,%d,255)\" stroke=\"#fff\"/>",
                        left + j * cell, top + i * cell, cell, cell, level, level));
                s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"%s\">%s</text>",
                        left + j * cell + cell / 2, top + i * cell + cell / 2 + 4, shade > 0.6 ? "#fff" : "#000",
                        Double.isNaN(p) ? "–" : String.format(Locale.ROOT, "%.3f", p)));
            }
        }
        return s.append("</svg>\n").toString();
    }

    private static String equityCharts(RegimeAnalysis a) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < a.strategies().size(); k++) {
            double[][] series = a.equityByRegime()[k];
            if (series == null) {
                continue;
            }
            int height = 140;
            s.append("<div><b>").append(a.strategies().get(k)).append("</b><br><svg width=\"").append(W).append("\" height=\"").append(height)
                    .append("\" xmlns=\"http://www.w3.org/2000/svg\">");
            double min = 0, max = 0;
            for (double[] line : series) {
                for (double v : line) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            // one shared scale, so regimes compare by height; a zero line for reference
            double[] scale = new double[] {min, max};
            for (int r = 0; r < series.length; r++) {
                s.append(scaledLine(a.equityTimes(), series[r], a.fromMillis(), a.toMillis(), height, scale, COLORS[r]));
            }
            double zeroY = height - 8 - (0 - min) / (max > min ? max - min : 1) * (height - 16);
            s.append(String.format(Locale.ROOT, "<line x1=\"0\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#999\" stroke-dasharray=\"4 3\"/>", W, zeroY, zeroY));
            s.append("</svg></div>\n");
        }
        return s.toString();
    }

    private static String scaledLine(long[] times, double[] values, long from, long to, int height, double[] scale, String color) {
        double span = scale[1] > scale[0] ? scale[1] - scale[0] : 1;
        StringBuilder p = new StringBuilder("<polyline fill=\"none\" stroke=\"" + color + "\" stroke-width=\"1.5\" points=\"");
        for (int i = 0; i < values.length; i++) {
            double x = (double) (times[i] - from) / Math.max(1, to - from) * W;
            double y = height - 8 - (values[i] - scale[0]) / span * (height - 16);
            p.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        return p.append("\"/>").toString();
    }

    private static String table(RegimeAnalysis a, String section, List<String> metrics) {
        StringBuilder s = new StringBuilder("<table><tr><th>regime</th>");
        metrics.forEach(m -> s.append("<th>").append(m).append("</th>"));
        s.append("</tr>");
        for (Regime r : Regime.values()) {
            s.append("<tr><td>").append(r.name()).append("</td>");
            for (String m : metrics) {
                s.append("<td>").append(fmt(value(a, section, r.name(), null, null, m))).append("</td>");
            }
            s.append("</tr>");
        }
        return s.append("</table>\n").toString();
    }

    private static String strategyTable(RegimeAnalysis a) {
        List<String> metrics = List.of("total_return", "sharpe", "max_drawdown", "win_rate", "trade_count", "exposure");
        StringBuilder s = new StringBuilder("<table><tr><th>strategy</th><th>gating</th><th>regime</th>");
        metrics.forEach(m -> s.append("<th>").append(m).append("</th>"));
        s.append("</tr>");
        for (String id : a.strategies()) {
            for (String gating : List.of("ungated", "gated")) {
                for (String regime : List.of("ALL", "TRENDING", "RANGING", "TRANSITION", "HIGH_VOLATILITY")) {
                    s.append("<tr><td>").append(id).append("</td><td>").append(gating).append("</td><td>").append(regime).append("</td>");
                    for (String m : metrics) {
                        s.append("<td>").append(fmt(value(a, "strategy", regime, id, gating, m))).append("</td>");
                    }
                    s.append("</tr>");
                }
            }
        }
        return s.append("</table>\n").toString();
    }

    private static double value(RegimeAnalysis a, String section, String regime, String strategy, String gating, String metric) {
        for (StatRow r : a.stats()) {
            if (r.section().equals(section) && r.regime().equals(regime) && r.metric().equals(metric)
                    && java.util.Objects.equals(r.strategy(), strategy) && java.util.Objects.equals(r.gating(), gating)) {
                return r.value();
            }
        }
        return Double.NaN;
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e12) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return String.format(Locale.ROOT, Math.abs(v) < 0.01 ? "%.6f" : "%.4f", v);
    }

    private static String short4(Regime r) {
        return switch (r) {
            case TRENDING -> "TREND";
            case RANGING -> "RANGE";
            case TRANSITION -> "TRANS";
            case HIGH_VOLATILITY -> "HIGH_VOL";
        };
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
